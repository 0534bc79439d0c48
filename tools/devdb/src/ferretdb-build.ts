import fs from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { cacheRoot } from './cache-dir';
import { acquireLock } from './lock';
import { runCommand, tail } from './run-command';
import { BackendUnavailableError, type Log } from './types';

export const FERRETDB_VERSION = 'v1.24.0';
const MODULE = 'github.com/FerretDB/FerretDB';

/** Where the built FerretDB binary is cached: one build per machine, reused by every checkout. */
export function ferretdbBinaryPath(env: NodeJS.ProcessEnv): string {
  return path.join(cacheRoot(env), `ferretdb-${FERRETDB_VERSION}`, 'ferretdb');
}

/**
 * Returns the cached FerretDB binary, building it first if needed. Only one process builds; the
 * others wait on the lock and then find the binary.
 */
export async function ensureFerretdb(env: NodeJS.ProcessEnv, log: Log): Promise<string> {
  const binary = ferretdbBinaryPath(env);
  if (await isExecutable(binary)) return binary;
  await fs.mkdir(path.dirname(binary), { recursive: true });
  const release = await acquireLock(`${binary}.lock`, {
    onWait: (holder) => log(`waiting for another process to finish building FerretDB (${holder})…`),
  });
  try {
    if (!(await isExecutable(binary))) await build(binary, env, log);
  } finally {
    await release();
  }
  return binary;
}

/**
 * `go install …@v1.24.0` cannot be used: it asks the proxy for the module's version list (for
 * deprecation checks), which the registry mirror here refuses. `go mod download` of the exact
 * version works, so the source is fetched that way and built from a writable copy.
 */
async function build(binary: string, env: NodeJS.ProcessEnv, log: Log): Promise<void> {
  // Find out that Go is missing before announcing a build.
  const go = await runCommand('go', ['env', 'GOVERSION'], { env, timeoutMs: 60_000 });
  if (go.code !== 0) throw new BackendUnavailableError(`\`go env\` failed: ${tail(go.stderr, 3)}`);
  log(
    `building FerretDB ${FERRETDB_VERSION} with ${go.stdout.trim() || 'Go'} (first run only, ~2 min)…`,
  );
  const started = Date.now();
  await removeLeftovers(binary);
  // Work next to the binary (not in the OS temp dir) so a killed build's leftovers are found and
  // removed by the next one.
  const work = `${binary}.build-${process.pid}`;
  await fs.mkdir(work);
  const heartbeat = setInterval(
    () => log(`still building FerretDB… ${Math.round((Date.now() - started) / 1000)} s`),
    30_000,
  );
  heartbeat.unref();
  try {
    const moduleDir = await downloadModule(work, env);
    const source = path.join(work, 'src');
    await fs.cp(moduleDir, source, { recursive: true });
    // The module cache is read-only; the copy must be writable to add version.txt (and to delete it).
    await makeWritable(source);
    // build/version embeds *.txt; without version.txt the binary panics at start-up.
    await fs.writeFile(path.join(source, 'build', 'version', 'version.txt'), FERRETDB_VERSION);

    const temp = `${binary}.tmp-${process.pid}`;
    const built = await runCommand('go', ['build', '-trimpath', '-o', temp, './cmd/ferretdb'], {
      cwd: source,
      env,
      timeoutMs: 20 * 60_000,
    });
    if (built.code !== 0)
      throw new BackendUnavailableError(`go build of FerretDB failed:\n${tail(built.stderr)}`);
    const check = await runCommand(temp, ['--version'], { env, timeoutMs: 30_000 });
    if (check.code !== 0)
      throw new BackendUnavailableError(
        `the built FerretDB does not run:\n${tail(check.stderr || check.stdout)}`,
      );
    // Rename is atomic: other processes see either no binary or a complete one.
    await fs.rename(temp, binary);
    log(
      `built FerretDB ${FERRETDB_VERSION} in ${Math.round((Date.now() - started) / 1000)} s → ${binary}`,
    );
  } finally {
    clearInterval(heartbeat);
    await makeWritable(work).catch(() => undefined);
    await fs.rm(work, { recursive: true, force: true });
    await fs.rm(`${binary}.tmp-${process.pid}`, { force: true });
  }
}

/** Fetches the module source into the Go module cache and returns its directory there. */
async function downloadModule(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  // Run outside any go.mod (cwd is an empty temp dir) so only the named module is involved.
  const result = await runCommand(
    'go',
    ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`],
    { cwd, env, timeoutMs: 10 * 60_000 },
  );
  let info: { Dir?: string; Error?: string } = {};
  try {
    info = JSON.parse(result.stdout) as typeof info;
  } catch {
    // Reported below with go's stderr.
  }
  if (result.code !== 0 || !info.Dir) {
    throw new BackendUnavailableError(
      `go mod download ${MODULE}@${FERRETDB_VERSION} failed: ${info.Error ?? tail(result.stderr)}`,
    );
  }
  return info.Dir;
}

/** Sources and half-written binaries of builds that were killed; we hold the lock, so none runs. */
async function removeLeftovers(binary: string): Promise<void> {
  const name = path.basename(binary);
  for (const entry of await fs.readdir(path.dirname(binary))) {
    if (!entry.startsWith(`${name}.tmp-`) && !entry.startsWith(`${name}.build-`)) continue;
    const leftover = path.join(path.dirname(binary), entry);
    await makeWritable(leftover);
    await fs.rm(leftover, { recursive: true, force: true });
  }
}

async function makeWritable(dir: string): Promise<void> {
  const stat = await fs.lstat(dir);
  if (stat.isSymbolicLink()) return;
  await fs.chmod(dir, stat.mode | 0o200);
  if (!stat.isDirectory()) return;
  for (const entry of await fs.readdir(dir)) await makeWritable(path.join(dir, entry));
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}
