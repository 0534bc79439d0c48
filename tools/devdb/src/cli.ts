#!/usr/bin/env node
/**
 * `npm run db`: starts a development database, prints `MONGODB_URI=<uri> (<kind>)` on stdout and
 * keeps it up until SIGINT/SIGTERM. `--build-only`: only make sure FerretDB is built (for setup
 * to prebuild it), then exit. Progress goes to stderr so stdout stays machine-readable.
 */
import { parseArgs } from 'node:util';
import { ensureFerretdb, provisionDatabase } from './index';

const USAGE = 'usage: devdb [--build-only]';
const log = (line: string) => process.stderr.write(`[devdb] ${line}\n`);

/** Strict: an unknown option or an operand is refused, never ignored. */
function readOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { 'build-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
}

async function main(args: string[]): Promise<void> {
  const options = readOptions(args);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  if (options['build-only']) {
    log(`FerretDB binary: ${await ensureFerretdb(process.env, log)}`);
    return;
  }

  const db = await provisionDatabase({ log });
  process.stdout.write(`MONGODB_URI=${db.uri} (${db.kind})\n`);
  // An external database holds nothing open here; keep the process alive until a signal anyway.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the database…`);
    db.stop()
      .catch((error: Error) => log(`could not stop cleanly: ${error.message}`))
      .finally(() => {
        clearInterval(keepAlive);
        // exit also runs the library's exit hooks, which kill anything stop() left behind.
        process.exit(0);
      });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => shutdown(signal));
}

main(process.argv.slice(2)).catch((error: Error) => {
  log(error.message);
  process.exit(1);
});
