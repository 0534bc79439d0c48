import { basename } from 'node:path';
import { parseCommandLine, runCli } from '@expertpool/shared';
import { logImport } from '../import/import-log';
import { CSV_COLUMNS_HELP } from '../import/parse-csv';
import { createProgressBar } from '../import/progress';
import { formatOfPath, isImportFormat, readImportFile } from '../import/read-source';
import { rejectionLines, summaryTable, syncLines } from '../import/report';
import { ImportFileError, ImportFormat, IMPORT_FORMATS } from '../import/rows';
import { importRecords } from '../import/run-import';
import { DEFAULT_MAX_REMOVE_SHARE, SyncOptions } from '../import/sync';
import { UsageError, countryArg } from './args';
import { databaseSettings, openStore } from './database';

const USAGE = `Usage: npm run import -- --country CC FILE [--dry-run] [--format csv|json|jsonl]
                         [--sync [--max-remove-share S] [--force]]

Imports expert records into country CC's database. Every row is validated first; each bad row
is reported with its line number and reason, and valid rows are upserted by the agency's own
reference ("ref"), so importing the same file again changes nothing.

  --country CC      the member state whose records these are (e.g. MY)
  FILE              a .csv, .json (an array of records or {"experts": [...]}) or .jsonl file
  --format F        csv, json or jsonl, when the file's extension does not say
  --dry-run         report what would be inserted, updated, unchanged, rejected (and, with
                    --sync, removed); write nothing
  --sync            also remove CC's records whose ref is not in FILE (through the same path as
                    the removeExpert mutation), listing each by ref and id; a rejected row's ref
                    counts as in FILE, and records without a ref are never removed
  --max-remove-share S
                    with --sync, the most it removes without --force, as a share of the stored
                    records: 0.1 or 10% (default ${DEFAULT_MAX_REMOVE_SHARE * 100}%); above it nothing is written
  --force           with --sync, remove more than --max-remove-share
  --help            this text

Environment: MONGODB_URI (required), MONGODB_DB (default expertpool_<cc>).
Exit status: 0 all rows imported, 2 some rows rejected (the valid ones were imported), 1 failure
(a refused --sync included).

${CSV_COLUMNS_HELP}`;

/** Files with at least this many rows show progress. */
const LARGE_FILE_ROWS = 1000;

interface ImportCommand {
  country: string;
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  sync?: SyncOptions;
}

/** A share as 0-1 from "0.1" or "10%". */
function shareArg(raw: string): number {
  const text = raw.trim();
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  const share = percent ? n / 100 : n;
  if (text === '' || !Number.isFinite(share) || share < 0 || share > 1)
    throw new UsageError(
      `--max-remove-share: "${raw}" is not a share from 0 to 1 (e.g. 0.1) or a percentage (e.g. 10%)`,
    );
  return share;
}

export function parseImportArgs(argv: readonly string[]): ImportCommand | 'help' {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      country: 'value',
      format: 'value',
      'dry-run': 'flag',
      sync: 'flag',
      'max-remove-share': 'value',
      force: 'flag',
      help: 'flag',
    },
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
  const dryRun = values['dry-run'] === true;
  if (values.sync !== true) {
    for (const option of ['max-remove-share', 'force'] as const)
      if (values[option] !== undefined) throw new UsageError(`--${option} applies to --sync only`);
    return { country, file, format, dryRun };
  }
  const maxShare = values['max-remove-share'];
  return {
    country,
    file,
    format,
    dryRun,
    sync: {
      maxRemoveShare: maxShare === undefined ? DEFAULT_MAX_REMOVE_SHARE : shareArg(maxShare),
      force: values.force === true,
    },
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseImportArgs(argv);
  if (command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { country, file, format, dryRun, sync } = command;
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
      sync,
      onProgress: bar && (({ done }) => bar.update(done)),
    });
    bar?.finish();
    for (const line of rejectionLines(summary)) console.log(line);
    if (summary.rejected > 0) console.log('');
    const synced = syncLines(summary, dryRun);
    for (const line of synced) console.log(line);
    if (synced.length > 0) console.log('');
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
    if (summary.sync?.refused && !dryRun) return 1;
    return summary.rejected > 0 ? 2 : 0;
  } finally {
    await client.close();
  }
}

if (require.main === module) runCli('import', () => main(process.argv.slice(2)), [ImportFileError]);
