import { basename } from 'node:path';
import { parseCommandLine, runCli } from '@expertpool/shared';
import { logImport } from '../import/import-log';
import { CSV_COLUMNS_HELP } from '../import/parse-csv';
import { createProgressBar } from '../import/progress';
import { formatOfPath, isImportFormat, readImportFile } from '../import/read-source';
import { rejectionLines, summaryTable } from '../import/report';
import { ImportFileError, ImportFormat, IMPORT_FORMATS } from '../import/rows';
import { importRecords } from '../import/run-import';
import { UsageError, countryArg } from './args';
import { databaseSettings, openStore } from './database';

const USAGE = `Usage: npm run import -- --country CC FILE [--dry-run] [--format csv|json|jsonl]

Imports expert records into country CC's database. Every row is validated first; each bad row
is reported with its line number and reason, and valid rows are upserted by the agency's own
reference ("ref"), so importing the same file again changes nothing.

  --country CC      the member state whose records these are (e.g. MY)
  FILE              a .csv, .json (an array of records or {"experts": [...]}) or .jsonl file
  --format F        csv, json or jsonl, when the file's extension does not say
  --dry-run         report what would be inserted, updated, unchanged and rejected; write nothing
  --help            this text

Environment: MONGODB_URI (required), MONGODB_DB (default expertpool_<cc>).
Exit status: 0 all rows imported, 2 some rows rejected (the valid ones were imported), 1 failure.

${CSV_COLUMNS_HELP}`;

/** Files with at least this many rows show progress. */
const LARGE_FILE_ROWS = 1000;

interface ImportCommand {
  country: string;
  file: string;
  format: ImportFormat;
  dryRun: boolean;
}

export function parseImportArgs(argv: readonly string[]): ImportCommand | 'help' {
  const { values, positionals } = parseCommandLine(
    argv,
    { country: 'value', format: 'value', 'dry-run': 'flag', help: 'flag' },
    { allowPositionals: true },
  );
  if (values.help) return 'help';
  const country = countryArg(values.country);
  if (positionals.length === 0)
    throw new UsageError('FILE is required: the .csv, .json or .jsonl file to import');
  if (positionals.length > 1)
    throw new UsageError(`only one FILE may be given; unexpected "${positionals[1]}"`);
  const file = positionals[0];
  const named = values.format;
  let format: ImportFormat | undefined;
  if (named !== undefined) {
    const lower = named.toLowerCase();
    if (!isImportFormat(lower))
      throw new UsageError(`--format: "${named}" is not one of ${IMPORT_FORMATS.join(', ')}`);
    format = lower;
  } else {
    format = formatOfPath(file);
    if (!format)
      throw new UsageError(
        `FILE: cannot tell the format of "${file}" from its extension; add --format ${IMPORT_FORMATS.join('|')}`,
      );
  }
  return { country, file, format, dryRun: values['dry-run'] === true };
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseImportArgs(argv);
  if (command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { country, file, format, dryRun } = command;
  const settings = databaseSettings(process.env, country);
  const rows = await readImportFile(file, format);
  const { client, store } = await openStore(settings, country);
  try {
    const startedAt = new Date();
    const bar =
      rows.length >= LARGE_FILE_ROWS
        ? createProgressBar({
            label: `${dryRun ? 'checking' : 'importing'} ${country}`,
            total: rows.length,
            stream: process.stderr,
          })
        : undefined;
    const summary = await importRecords({
      store,
      rows,
      dryRun,
      onProgress: bar && (({ done }) => bar.update(done)),
    });
    bar?.finish();
    for (const line of rejectionLines(summary)) console.log(line);
    if (summary.rejected > 0) console.log('');
    console.log(
      summaryTable(
        summary,
        `${country} import of ${basename(file)}${dryRun ? ' (dry run)' : ''}`,
        dryRun,
      ),
    );
    if (!dryRun)
      await logImport(
        client.db(settings.database),
        { country, file: basename(file), format, startedAt, finishedAt: new Date() },
        summary,
      );
    return summary.rejected > 0 ? 2 : 0;
  } finally {
    await client.close();
  }
}

if (require.main === module) runCli('import', () => main(process.argv.slice(2)), [ImportFileError]);
