import { rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureFerretdb, FERRETDB_VERSION } from './ferretdb-build';
import { freePort } from './free-port';
import { onProcessExit } from './process-exit';
import { ServerProcess } from './server-process';
import type { Log, RunningDatabase } from './types';
import { waitUntilReady } from './wait-ready';

/**
 * FerretDB v1 with its SQLite backend: a MongoDB-compatible server that needs nothing but the Go
 * toolchain, for machines where mongod cannot be downloaded.
 */
export async function startFerretdb(
  env: NodeJS.ProcessEnv,
  log: Log,
  dataDir?: string,
): Promise<RunningDatabase> {
  const binary = await ensureFerretdb(env, log);
  const ownsDataDir = !dataDir;
  const dir = dataDir
    ? path.resolve(dataDir)
    : await fs.mkdtemp(path.join(os.tmpdir(), 'expertpool-ferretdb-data-'));
  await fs.mkdir(dir, { recursive: true });
  try {
    // The free port can be taken between choosing and binding it; try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const uri = `mongodb://127.0.0.1:${port}/`;
      const server = new ServerProcess(binary, argumentsFor(dir, port), { env, cwd: dir });
      try {
        await waitUntilReady(uri, server, `FerretDB ${FERRETDB_VERSION}`);
      } catch (error) {
        await server.stop();
        if (attempt < 3 && /address already in use/.test(server.outputTail())) continue;
        throw error;
      }
      // If stop() is never called, the server is killed at exit (ServerProcess) and then its
      // temp data goes too (cleanups run in the order they were registered).
      const forgetDataDir = ownsDataDir
        ? onProcessExit(() => rmSync(dir, { recursive: true, force: true }))
        : () => false;
      return {
        uri,
        kind: 'ferretdb',
        dataDir: dir,
        process: { pid: server.pid, exited: server.exited },
        stop: async () => {
          await server.stop();
          forgetDataDir();
          if (ownsDataDir) await fs.rm(dir, { recursive: true, force: true });
        },
      };
    }
  } catch (error) {
    if (ownsDataDir) await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function argumentsFor(dataDir: string, port: number): string[] {
  return [
    '--handler=sqlite',
    // A file: URL (percent-encoded, so any path works) naming a directory, hence the trailing
    // slash: FerretDB keeps one SQLite file per database in it.
    `--sqlite-url=${pathToFileURL(dataDir).href}/`,
    `--listen-addr=127.0.0.1:${port}`,
    // state.json (instance UUID, telemetry state) would otherwise be written to the current directory.
    `--state-dir=${dataDir}`,
    // The debug/metrics HTTP listener defaults to the fixed port 8088, which a second instance
    // could not bind; nothing here uses it.
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=warn',
  ];
}
