import { readFile } from 'node:fs/promises';
import { errorCodeOf, parseCommandLine, runCli, wholeNumberArg } from '@expertpool/shared';
import { AuditRetentionKeeper } from '../audit/retention';
import {
  AuditRetention,
  DEFAULT_AUDIT_RETENTION_DAYS,
  MAX_AUDIT_RETENTION_DAYS,
  MIN_AUDIT_RETENTION_DAYS,
} from '../policy/audit-retention';
import { RELEASABLE_FIELDS, ReleasePolicy, parsePolicyInput } from '../policy/release-policy';
import { AuditStore } from '../store/audit-store';
import { PolicyStore } from '../store/policy-store';
import { RetentionStore } from '../store/retention-store';
import { UsageError, countryArg } from './args';
import { databaseSettings, openDatabase } from './database';

const USAGE = `Usage: npm run policy -- --country CC [--set FILE] [--audit-retention DAYS]

Prints country CC's release policy as JSON: for each audience, which Expert fields leave the
country (OWN always receives everything), and how long its audit log is kept. With --set,
replaces the release policy with the one in FILE after checking it; nothing is changed when the
file is invalid. With --audit-retention, sets how many days audit entries are kept and applies it
to the TTL index on audit.at at once.

FILE holds { "audiences": { "MEMBER": [...], "SECRETARIAT": [...], "PUBLIC": [...] } }, every
audience named, with field names from: ${RELEASABLE_FIELDS.join(', ')}.

  --country CC   the member state whose policy to read or change (e.g. MY)
  --set FILE     the new policy
  --audit-retention DAYS
                 keep audit entries DAYS days, ${MIN_AUDIT_RETENTION_DAYS} to ${MAX_AUDIT_RETENTION_DAYS} (default ${DEFAULT_AUDIT_RETENTION_DAYS}); older ones
                 are deleted, so export what must be kept longer first (npm run audit)
  --by NAME      who is changing it, recorded as updatedBy (default: $USER)
  --help         this text

Environment: MONGODB_URI (required), MONGODB_DB (default expertpool_<cc>).`;

export interface PolicyCommand {
  country: string;
  set?: string;
  auditRetention?: number;
  by?: string;
}

/** What the policy CLI reads and changes. */
export interface PolicyStores {
  policies: PolicyStore;
  retention: AuditRetentionKeeper;
}

export function parsePolicyArgs(argv: readonly string[]): PolicyCommand | 'help' {
  const { values } = parseCommandLine(
    argv,
    { country: 'value', set: 'value', 'audit-retention': 'value', by: 'value', help: 'flag' },
    { positionalHint: 'to change the policy use --set FILE' },
  );
  if (values.help) return 'help';
  const country = countryArg(values.country);
  const raw = values['audit-retention'];
  const auditRetention =
    raw === undefined
      ? undefined
      : wholeNumberArg(
          'audit-retention',
          raw,
          DEFAULT_AUDIT_RETENTION_DAYS,
          MIN_AUDIT_RETENTION_DAYS,
          MAX_AUDIT_RETENTION_DAYS,
        );
  if (values.by !== undefined && values.set === undefined && auditRetention === undefined)
    throw new UsageError('--by only goes with --set or --audit-retention');
  return {
    country,
    set: values.set,
    ...(auditRetention === undefined ? {} : { auditRetention }),
    by: values.by,
  };
}

/** The policy as the CLI prints it (and as --set reads it back: --set reads only `audiences`). */
export function policyJson(
  country: string,
  policy: ReleasePolicy,
  retention: AuditRetention,
): string {
  return JSON.stringify(
    {
      country,
      isDefault: policy.isDefault,
      updatedAt: policy.updatedAt?.toISOString() ?? null,
      updatedBy: policy.updatedBy,
      audiences: policy.audiences,
      auditRetention: {
        days: retention.days,
        isDefault: retention.isDefault,
        updatedAt: retention.updatedAt?.toISOString() ?? null,
        updatedBy: retention.updatedBy,
      },
    },
    null,
    2,
  );
}

/** Reads a policy file: invalid JSON or an invalid policy is a UsageError naming the file. */
export async function readPolicyFile(path: string, read = (p: string) => readFile(p, 'utf8')) {
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    throw new UsageError(`--set: cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--set: ${path} is not JSON: ${(error as Error).message}`);
  }
  try {
    return parsePolicyInput(json);
  } catch (error) {
    if (errorCodeOf(error) === 'BAD_USER_INPUT')
      throw new UsageError(`--set: ${path}: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * Runs a parsed command against the stores; returns what to print and, after a change of the
 * audit retention, how it is enforced (for standard error). A bad file changes nothing at all.
 */
export async function runPolicyCommand(
  command: PolicyCommand,
  { policies, retention }: PolicyStores,
  read?: (p: string) => Promise<string>,
): Promise<{ json: string; note?: string }> {
  const by = command.by ?? process.env.USER ?? null;
  const updatedBy = by ? `cli:${by}` : 'cli';
  const audiences = command.set === undefined ? undefined : await readPolicyFile(command.set, read);
  const policy = audiences ? await policies.replace(audiences, updatedBy) : await policies.load();
  if (command.auditRetention === undefined)
    return { json: policyJson(command.country, policy, await retention.load()) };
  const kept = await retention.set(command.auditRetention, updatedBy);
  return {
    json: policyJson(command.country, policy, kept.retention),
    note:
      kept.enforcement === 'TTL_INDEX'
        ? `audit entries are kept ${kept.retention.days} days by the TTL index on audit.at`
        : `audit entries are kept ${kept.retention.days} days; this database has no TTL indexes, so each country service deletes expired entries hourly (deleted now: those older than ${kept.retention.days} days)`,
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const command = parsePolicyArgs(argv);
  if (command === 'help') {
    console.log(USAGE);
    return;
  }
  const { client, db } = await openDatabase(databaseSettings(process.env, command.country));
  try {
    const retention = new AuditRetentionKeeper(new AuditStore(db), new RetentionStore(db));
    const { json, note } = await runPolicyCommand(command, {
      policies: new PolicyStore(db),
      retention,
    });
    console.log(json);
    if (note !== undefined) console.error(note);
  } finally {
    await client.close();
  }
}

if (require.main === module) runCli('policy', () => main(process.argv.slice(2)));
