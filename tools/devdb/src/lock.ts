import fs from 'node:fs/promises';
import os from 'node:os';

/**
 * A lock file so that several processes provisioning at once (jest, `npm start`, setup) build a
 * cached artifact once: the others wait for the holder instead of building it again.
 *
 * The holder touches the file every few seconds; a lock whose holder is gone (its PID is dead on
 * this host) or that has not been touched for `staleAfterMs` is stale and is taken over. Taking
 * over a lock has a small race (two waiters may both decide it is stale); the cost is at worst a
 * duplicate build, which is harmless because artifacts are written to temp names and renamed.
 */
export interface LockOptions {
  /** Called once, with who holds the lock, when another live process holds it and we start waiting. */
  onWait?: (holder: string) => void;
  staleAfterMs?: number;
  waitTimeoutMs?: number;
  pollMs?: number;
}

const HEARTBEAT_MS = 5_000;

export async function acquireLock(
  lockPath: string,
  options: LockOptions = {},
): Promise<() => Promise<void>> {
  const staleAfterMs = options.staleAfterMs ?? 60_000;
  const deadline = Date.now() + (options.waitTimeoutMs ?? 20 * 60_000);
  const pollMs = options.pollMs ?? 500;
  const identity = `${process.pid} ${os.hostname()} ${new Date().toISOString()}`;
  let announced = false;

  for (;;) {
    try {
      await fs.writeFile(lockPath, identity, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lockPath);
    if (holder && (await isStale(lockPath, holder, staleAfterMs))) {
      // Re-read just before removing, so a lock that changed hands meanwhile is not removed.
      if ((await readHolder(lockPath)) === holder) await fs.rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for the lock ${lockPath} (held by ${holder})`);
    if (!announced && holder) {
      announced = true;
      const [pid, host, since] = holder.split(' ');
      options.onWait?.(`pid ${pid} on ${host} since ${since}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }

  const heartbeat = setInterval(() => {
    const now = new Date();
    fs.utimes(lockPath, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return async () => {
    clearInterval(heartbeat);
    if ((await readHolder(lockPath)) === identity) await fs.rm(lockPath, { force: true });
  };
}

async function readHolder(lockPath: string): Promise<string | undefined> {
  try {
    return await fs.readFile(lockPath, 'utf8');
  } catch {
    return undefined; // released between our attempts
  }
}

async function isStale(lockPath: string, holder: string, staleAfterMs: number): Promise<boolean> {
  const [pid, host] = holder.split(' ');
  if (host === os.hostname() && !isAlive(Number(pid))) return true;
  try {
    const { mtimeMs } = await fs.stat(lockPath);
    return Date.now() - mtimeMs > staleAfterMs;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
