import { parseCommandLine, runCli } from '@expertpool/shared';
import { exportChunks } from '../import/export-records';
import { countryArg } from './args';
import { databaseSettings, openStore } from './database';
import { writeOutput } from './write-output';

const USAGE = `Usage: npm run export -- --country CC [--out FILE]

Writes country CC's expert records as a JSON array (sorted by the agency's reference), to FILE
or to standard output. The file imports back unchanged: into the same database every record is
"unchanged", into an empty one it recreates the same records with the same ids.

  --country CC   the member state whose records to export (e.g. MY)
  --out FILE     where to write (replaced only once the export is complete); default stdout
  --help         this text

Environment: MONGODB_URI (required), MONGODB_DB (default expertpool_<cc>).`;

interface ExportCommand {
  country: string;
  out?: string;
}

export function parseExportArgs(argv: readonly string[]): ExportCommand | 'help' {
  const { values } = parseCommandLine(
    argv,
    { country: 'value', out: 'value', help: 'flag' },
    { positionalHint: 'to write a file use --out FILE' },
  );
  if (values.help) return 'help';
  return { country: countryArg(values.country), out: values.out };
}

async function main(argv: readonly string[]): Promise<void> {
  const command = parseExportArgs(argv);
  if (command === 'help') {
    console.log(USAGE);
    return;
  }
  const { country, out } = command;
  const settings = databaseSettings(process.env, country);
  const { client, store } = await openStore(settings, country);
  try {
    const chunks = await writeOutput(exportChunks(store), out);
    // One chunk per record, and the closing bracket.
    const count = Math.max(0, chunks - 1);
    if (out !== undefined)
      console.error(`exported ${count} ${country} record${count === 1 ? '' : 's'} to ${out}`);
  } finally {
    await client.close();
  }
}

if (require.main === module) runCli('export', () => main(process.argv.slice(2)));
