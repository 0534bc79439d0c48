import { extname } from 'node:path';
import { parseCommandLine, runCli } from '@expertpool/shared';
import { exportCsvChunks } from '../import/export-csv';
import { exportChunks } from '../import/export-records';
import { UsageError, countryArg } from './args';
import { databaseSettings, openStore } from './database';
import { writeOutput } from './write-output';

const USAGE = `Usage: npm run export -- --country CC [--format json|csv] [--out FILE]

Writes country CC's expert records, sorted by the agency's reference, to FILE or to standard
output. The file imports back unchanged: into the same database every record is "unchanged",
into an empty one it recreates the same records with the same ids.

  --country CC   the member state whose records to export (e.g. MY)
  --format F     json (default): an array of records, as a .json import reads them;
                 csv: exactly the import's CSV layout (every column, UTF-8 with a byte order
                 mark, CRLF), to edit in a spreadsheet and import again
                 (default: csv when FILE ends in .csv, else json)
  --out FILE     where to write (replaced only once the export is complete); default stdout
  --help         this text

Environment: MONGODB_URI (required), MONGODB_DB (default expertpool_<cc>).`;

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportCommand {
  country: string;
  format: ExportFormat;
  out?: string;
}

export function parseExportArgs(argv: readonly string[]): ExportCommand | 'help' {
  const { values } = parseCommandLine(
    argv,
    { country: 'value', format: 'value', out: 'value', help: 'flag' },
    { positionalHint: 'to write a file use --out FILE' },
  );
  if (values.help) return 'help';
  const country = countryArg(values.country);
  const named = values.format?.trim().toLowerCase();
  if (named !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(named))
    throw new UsageError(`--format: "${values.format}" is not one of ${EXPORT_FORMATS.join(', ')}`);
  const byExtension =
    values.out !== undefined && extname(values.out).toLowerCase() === '.csv' ? 'csv' : 'json';
  return { country, format: (named as ExportFormat | undefined) ?? byExtension, out: values.out };
}

async function main(argv: readonly string[]): Promise<void> {
  const command = parseExportArgs(argv);
  if (command === 'help') {
    console.log(USAGE);
    return;
  }
  const { country, format, out } = command;
  const settings = databaseSettings(process.env, country);
  const { client, store } = await openStore(settings, country);
  try {
    const chunks = await writeOutput(
      format === 'csv' ? exportCsvChunks(store) : exportChunks(store),
      out,
    );
    // One chunk per record, and the closing bracket (JSON) or the header (CSV).
    const count = Math.max(0, chunks - 1);
    if (out !== undefined)
      console.error(`exported ${count} ${country} record${count === 1 ? '' : 's'} to ${out}`);
  } finally {
    await client.close();
  }
}

if (require.main === module) runCli('export', () => main(process.argv.slice(2)));
