import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseCommandLine, runCli } from '@expertpool/shared';
import { exportChunks } from '../import/export-records';
import { countryArg } from './args';
import { databaseSettings, openStore } from './database';

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

async function writeAll(
  chunks: AsyncIterable<string>,
  stream: NodeJS.WritableStream,
): Promise<number> {
  let count = -1;
  for await (const chunk of chunks) {
    count++;
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  return Math.max(0, count);
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
    if (out === undefined) {
      await writeAll(exportChunks(store), process.stdout);
      return;
    }
    // Written beside the target and renamed at the end: a failed export never leaves a
    // truncated file where a good one was.
    const partial = `${out}.partial-${process.pid}`;
    const file = createWriteStream(partial);
    try {
      await once(file, 'open');
      const count = await writeAll(exportChunks(store), file);
      file.end();
      await once(file, 'finish');
      await rename(partial, out);
      console.error(`exported ${count} ${country} record${count === 1 ? '' : 's'} to ${out}`);
    } catch (error) {
      file.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  } finally {
    await client.close();
  }
}

if (require.main === module) runCli('export', () => main(process.argv.slice(2)));
