import { readFile } from 'node:fs/promises';
import { MongoClient } from 'mongodb';
import { errorCodeOf, parseCommandLine, runCli } from '@expertpool/shared';
import { RELEASABLE_FIELDS, ReleasePolicy, parsePolicyInput } from '../policy/release-policy';
import { PolicyStore } from '../store/policy-store';
import { UsageError, countryArg } from './args';
import { databaseSettings, redact } from './database';

const USAGE = `Usage: npm run policy -- --country CC [--set FILE]

Prints country CC's release policy as JSON: for each audience, which Expert fields leave the
country (OWN always receives everything). With --set, replaces the policy with the one in FILE
after checking it; nothing is changed when the file is invalid.

FILE holds { "audiences": { "MEMBER": [...], "SECRETARIAT": [...], "PUBLIC": [...] } }, every
audience named, with field names from: ${RELEASABLE_FIELDS.join(', ')}.

  --country CC   the member state whose policy to read or change (e.g. MY)
  --set FILE     the new policy
  --by NAME      who is changing it, recorded as updatedBy (default: $USER)
  --help         this text

Environment: MONGODB_URI (required), MONGODB_DB (default expertpool_<cc>).`;

export interface PolicyCommand {
  country: string;
  set?: string;
  by?: string;
}

export function parsePolicyArgs(argv: readonly string[]): PolicyCommand | 'help' {
  const { values } = parseCommandLine(
    argv,
    { country: 'value', set: 'value', by: 'value', help: 'flag' },
    { positionalHint: 'to change the policy use --set FILE' },
  );
  if (values.help) return 'help';
  const country = countryArg(values.country);
  if (values.by !== undefined && values.set === undefined)
    throw new UsageError('--by only goes with --set');
  return { country, set: values.set, by: values.by };
}

/** The policy as the CLI prints it (and as --set reads it back). */
export function policyJson(country: string, policy: ReleasePolicy): string {
  return JSON.stringify(
    {
      country,
      isDefault: policy.isDefault,
      updatedAt: policy.updatedAt?.toISOString() ?? null,
      updatedBy: policy.updatedBy,
      audiences: policy.audiences,
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

/** Runs a parsed command against a store; returns what to print. */
export async function runPolicyCommand(
  command: PolicyCommand,
  policies: PolicyStore,
  read?: (p: string) => Promise<string>,
): Promise<string> {
  if (command.set !== undefined) {
    const audiences = await readPolicyFile(command.set, read);
    const by = command.by ?? process.env.USER ?? null;
    return policyJson(command.country, await policies.replace(audiences, by ? `cli:${by}` : 'cli'));
  }
  return policyJson(command.country, await policies.load());
}

async function main(argv: readonly string[]): Promise<void> {
  const command = parsePolicyArgs(argv);
  if (command === 'help') {
    console.log(USAGE);
    return;
  }
  const settings = databaseSettings(process.env, command.country);
  const client = new MongoClient(settings.uri, { serverSelectionTimeoutMS: 15_000 });
  try {
    await client.connect().catch((error: Error) => {
      throw new Error(
        `cannot use the database ${settings.database} at ${redact(settings.uri)}: ${error.message}`,
      );
    });
    console.log(await runPolicyCommand(command, new PolicyStore(client.db(settings.database))));
  } finally {
    await client.close();
  }
}

if (require.main === module) runCli('policy', () => main(process.argv.slice(2)));
