import { errorCodeOf, parseCommandLine, runCli } from '@expertpool/shared';
import { parseAuditRange } from '../audit/date-range';
import { AUDIT_EXPORT_FORMATS, AuditExportFormat, auditExportLines } from '../audit/export-format';
import { DEFAULT_AUDIT_RETENTION_DAYS } from '../policy/audit-retention';
import { AuditStore } from '../store/audit-store';
import { UsageError, countryArg } from './args';
import { databaseSettings, openDatabase } from './database';
import { writeOutput } from './write-output';

const USAGE = `Usage: npm run audit -- export --country CC [--from DATE] [--to DATE] [--format jsonl|csv] [--out FILE]

Writes country CC's audit log (every release of expert data to a caller outside the country),
oldest first, so a data-protection officer can keep entries beyond the retention period (default
${DEFAULT_AUDIT_RETENTION_DAYS} days; npm run policy -- --audit-retention DAYS changes it). Nothing is changed.

  --country CC      the member state whose log to export (e.g. MY)
  --from DATE       entries at or after DATE: YYYY-MM-DD, or a date-time with a zone
  --to DATE         entries up to DATE (a bare date includes that whole day)
  --format FORMAT   jsonl: one JSON entry per line (default); csv: RFC 4180 with a header row,
                    lists separated by ";", cells a spreadsheet would run as formulas prefixed
                    with "'"; --out FILE.csv picks csv
  --out FILE        where to write (replaced only once the export is complete); default stdout
  --help            this text

Columns: id, at, subject, callerCountry, role, audience, purpose, operation, expertIds, fields,
requestId.
Environment: MONGODB_URI (required), MONGODB_DB (default expertpool_<cc>).
(npm run audit, not npm audit: that is npm's own check of dependencies.)`;

export interface AuditExportCommand {
  country: string;
  from?: Date;
  to?: Date;
  format: AuditExportFormat;
  out?: string;
}

function formatArg(raw: string | undefined, out: string | undefined): AuditExportFormat {
  if (raw === undefined) return out?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl';
  const format = raw.trim().toLowerCase();
  if (!(AUDIT_EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format: "${raw}" is not one of ${AUDIT_EXPORT_FORMATS.join(', ')}`);
  return format as AuditExportFormat;
}

/** The range as the graph's auditLog reads it; its refusal becomes a usage error here. */
function rangeArgs(from: string | undefined, to: string | undefined) {
  try {
    return parseAuditRange(from, to);
  } catch (error) {
    if (errorCodeOf(error) === 'BAD_USER_INPUT')
      throw new UsageError(`--${(error as Error).message}`);
    throw error;
  }
}

export function parseAuditArgs(argv: readonly string[]): AuditExportCommand | 'help' {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      country: 'value',
      from: 'value',
      to: 'value',
      format: 'value',
      out: 'value',
      help: 'flag',
    },
    { allowPositionals: true },
  );
  if (values.help) return 'help';
  if (positionals.length !== 1 || positionals[0] !== 'export')
    throw new UsageError(
      positionals.length === 0
        ? 'name the command: npm run audit -- export --country CC ...'
        : `unknown command "${positionals.join(' ')}"; the command is export`,
    );
  const country = countryArg(values.country);
  const format = formatArg(values.format, values.out);
  return { country, ...rangeArgs(values.from, values.to), format, out: values.out };
}

/** Writes the export; returns how many entries it holds. */
export async function runAuditExport(
  command: AuditExportCommand,
  audit: AuditStore,
): Promise<number> {
  const lines = auditExportLines(audit.inRange(command), command.format);
  const written = await writeOutput(lines, command.out);
  return command.format === 'csv' ? written - 1 : written;
}

async function main(argv: readonly string[]): Promise<void> {
  const command = parseAuditArgs(argv);
  if (command === 'help') {
    console.log(USAGE);
    return;
  }
  const { client, db } = await openDatabase(databaseSettings(process.env, command.country));
  try {
    const count = await runAuditExport(command, new AuditStore(db));
    console.error(
      `exported ${count} ${command.country} audit entr${count === 1 ? 'y' : 'ies'}${command.out ? ` to ${command.out}` : ''}`,
    );
  } finally {
    await client.close();
  }
}

if (require.main === module) runCli('audit', () => main(process.argv.slice(2)));
