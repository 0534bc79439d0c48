#!/usr/bin/env node
/**
 * `npm run db`: starts a development database, prints `export MONGODB_URI='<uri>'` on stdout (a
 * line a POSIX shell accepts: `eval "$(npm run -s db)"` or paste it) and keeps it up until
 * SIGINT/SIGTERM. If the database dies first, it says so and exits 1, so nobody keeps working
 * against a URI that no longer answers. `--engine` picks one engine; by default it is the same
 * one `npm start` picks (priority 'speed', docs/adr/0001-emulator-databases.md). `--build-only`:
 * only make sure FerretDB is built (for setup to prebuild it), then exit. Progress goes to stderr
 * so stdout stays machine-readable.
 */
import { parseArgs } from 'node:util';
import { ensureFerretdb, provisionDatabase } from './index';
import { LOCAL_ENGINES, type LocalEngine } from './types';

const USAGE = `usage: devdb [--engine ${LOCAL_ENGINES.join('|')}] [--build-only]`;
const log = (line: string) => process.stderr.write(`[devdb] ${line}\n`);

class UsageError extends Error {}

/** Strict: an unknown option, an operand or an unknown engine is refused, never ignored. */
function readOptions(args: string[]) {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        'build-only': { type: 'boolean' },
        engine: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const engine = values.engine;
  if (engine !== undefined && !(LOCAL_ENGINES as readonly string[]).includes(engine))
    throw new UsageError(
      `--engine: "${engine}" is not an engine; one of ${LOCAL_ENGINES.join(', ')}`,
    );
  return { ...values, engine: engine as LocalEngine | undefined };
}

/** The value in single quotes, which a POSIX shell takes literally (a `'` is closed and escaped). */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
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

  const db = await provisionDatabase({ log, priority: 'speed', engine: options.engine });
  process.stdout.write(`export MONGODB_URI=${shellQuote(db.uri)}\n`);
  // An external database holds nothing open here; keep the process alive until a signal anyway.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  let stopping = false;
  void db.process?.exited.then((how) => {
    if (stopping) return;
    log(
      `the database (${db.kind}, pid ${db.process?.pid}) stopped (${how}); ${db.uri} no longer answers`,
    );
    process.exit(1);
  });
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
  log(error instanceof UsageError ? `${error.message}\n${USAGE}` : error.message);
  process.exit(error instanceof UsageError ? 2 : 1);
});
