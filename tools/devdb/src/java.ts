import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheRoot } from './cache-dir';
import { acquireLock } from './lock';
import { runCommand, tail } from './run-command';
import { ServerProcess } from './server-process';
import { BackendUnavailableError, type Log, type RunningDatabase } from './types';
import { waitUntilReady } from './wait-ready';

/** tools/devdb/java: the pom naming the jars and the tiny main class (same path from src/ and dist/). */
const JAVA_DIR = path.resolve(__dirname, '..', 'java');
const POM = path.join(JAVA_DIR, 'pom.xml');
const MAIN_SOURCE = path.join(JAVA_DIR, 'DevMongoServer.java');

/**
 * The last resort: mongo-java-server (in-memory backend) from Maven Central, behind a main class
 * compiled here. It implements less of MongoDB than FerretDB, hence its place at the end.
 */
export async function startJavaServer(env: NodeJS.ProcessEnv, log: Log): Promise<RunningDatabase> {
  const dir = await ensureJavaServer(env, log);
  const classpath = [path.join(dir, 'lib', '*'), path.join(dir, 'classes')].join(path.delimiter);
  // Port 0: the server binds any free port and prints it, so there is no race for the port.
  // stdin stays open: DevMongoServer exits when it closes, i.e. also when this process dies.
  const server = new ServerProcess('java', ['-cp', classpath, 'DevMongoServer', '0'], {
    env,
    keepStdin: true,
  });
  try {
    const port = await announcedPort(server);
    const uri = `mongodb://127.0.0.1:${port}/`;
    await waitUntilReady(uri, server, 'mongo-java-server');
    return {
      uri,
      kind: 'java',
      stop: () => server.stop(),
      process: { pid: server.pid, exited: server.exited },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Fetches the jars and compiles the main class once per version of pom.xml + DevMongoServer.java. */
async function ensureJavaServer(env: NodeJS.ProcessEnv, log: Log): Promise<string> {
  const hash = createHash('sha256')
    .update(await fs.readFile(POM))
    .update(await fs.readFile(MAIN_SOURCE))
    .digest('hex')
    .slice(0, 12);
  const dir = path.join(cacheRoot(env), `mongo-java-server-${hash}`);
  if (await exists(path.join(dir, 'ready'))) return dir;
  await fs.mkdir(path.dirname(dir), { recursive: true });
  const release = await acquireLock(`${dir}.lock`, {
    onWait: (holder) =>
      log(`waiting for another process to finish fetching mongo-java-server (${holder})…`),
  });
  try {
    if (!(await exists(path.join(dir, 'ready')))) await prepare(dir, env, log);
  } finally {
    await release();
  }
  return dir;
}

async function prepare(dir: string, env: NodeJS.ProcessEnv, log: Log): Promise<void> {
  log('fetching mongo-java-server from Maven Central and compiling its launcher (first run only)…');
  const temp = `${dir}.tmp-${process.pid}`;
  // Leftovers of attempts that were killed; we hold the lock, so none is in progress.
  for (const entry of await fs.readdir(path.dirname(dir))) {
    if (entry.startsWith(`${path.basename(dir)}.tmp-`)) {
      await fs.rm(path.join(path.dirname(dir), entry), { recursive: true, force: true });
    }
  }
  try {
    const lib = path.join(temp, 'lib');
    const fetched = await runCommand(
      'mvn',
      ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`],
      { env, timeoutMs: 10 * 60_000 },
    );
    if (fetched.code !== 0)
      throw new BackendUnavailableError(
        `mvn could not fetch mongo-java-server:\n${tail(fetched.stdout + fetched.stderr)}`,
      );
    const classes = path.join(temp, 'classes');
    const compiled = await runCommand(
      'javac',
      ['-d', classes, '-cp', path.join(lib, '*'), MAIN_SOURCE],
      { env, timeoutMs: 5 * 60_000 },
    );
    if (compiled.code !== 0)
      throw new BackendUnavailableError(`javac failed:\n${tail(compiled.stderr)}`);
    await fs.writeFile(path.join(temp, 'ready'), new Date().toISOString());
    // Defensive: with the lock held and no `ready`, nothing complete can be there.
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rename(temp, dir);
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
}

/** Waits for DevMongoServer's "LISTENING <port>" line. */
async function announcedPort(server: ServerProcess, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /LISTENING (\d+)/.exec(server.outputTail(50));
    if (match) return Number(match[1]);
    if (server.hasExited)
      throw new Error(`mongo-java-server exited (${await server.exited}):\n${server.outputTail()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `mongo-java-server did not start within ${timeoutMs / 1000} s:\n${server.outputTail()}`,
  );
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
