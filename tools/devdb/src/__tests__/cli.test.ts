/** `npm run db` as a real process: a line a shell accepts, and a clear end when the database dies. */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { localEnv } from './env';

// The built CLI (npm test builds first); the first run on a machine may fetch mongo-java-server.
const CLI = path.resolve(__dirname, '../../dist/cli.js');
jest.setTimeout(5 * 60_000);

interface Run {
  pid: number;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function runDb(args: string[]): Run {
  const env = localEnv('');
  delete env.EXPERTPOOL_DB;
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('close', resolve));
  return { pid: child.pid!, stdout: () => stdout, stderr: () => stderr, exit };
}

async function firstLine(run: Run): Promise<string> {
  for (;;) {
    if (run.stdout().includes('\n')) return run.stdout().split('\n')[0];
    const ended = await Promise.race([run.exit, new Promise((r) => setTimeout(r, 100, 'wait'))]);
    if (ended !== 'wait') throw new Error(`npm run db ended early:\n${run.stderr()}`);
  }
}

test('prints an export line a shell accepts, and exits 1 with a message when its database dies', async () => {
  const run = runDb(['--engine', 'java']);
  try {
    const line = await firstLine(run);
    expect(line).toMatch(/^export MONGODB_URI='mongodb:\/\/127\.0\.0\.1:\d+\/'$/);
    const uri = execFileSync('sh', ['-c', `${line}; printf %s "$MONGODB_URI"`], {
      encoding: 'utf8',
    });
    expect(uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    // One line on stderr says which engine and why.
    expect(run.stderr().trim().split('\n')).toEqual([
      `[devdb] database: mongo-java-server at ${uri} (chosen with --engine)`,
    ]);

    // The database is the CLI's child process, found by the CLI's PID (never by name).
    const [databasePid] = execFileSync('ps', ['-o', 'pid=', '--ppid', String(run.pid)], {
      encoding: 'utf8',
    })
      .trim()
      .split(/\s+/)
      .map(Number);
    process.kill(databasePid, 'SIGKILL');
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain(
      `the database (java, pid ${databasePid}) stopped (signal SIGKILL); ${uri} no longer answers`,
    );
  } finally {
    if ((await Promise.race([run.exit, Promise.resolve('running')])) === 'running')
      process.kill(run.pid, 'SIGTERM');
    await run.exit;
  }
});

test('an unknown --engine is a usage error naming the engines', async () => {
  const run = runDb(['--engine', 'mongo']);
  expect(await run.exit).toBe(2);
  expect(run.stdout()).toBe('');
  expect(run.stderr()).toContain(
    '--engine: "mongo" is not an engine; one of memory-server, ferretdb, java',
  );
  expect(run.stderr()).toContain('usage: devdb [--engine memory-server|ferretdb|java]');
});
