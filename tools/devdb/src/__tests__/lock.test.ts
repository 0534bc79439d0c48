import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { acquireLock } from '../lock';

describe('acquireLock', () => {
  let dir: string;
  let lockPath: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'devdb-lock-test-'));
    lockPath = path.join(dir, 'build.lock');
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('makes a second holder wait until the first releases', async () => {
    const release = await acquireLock(lockPath);
    const waited: string[] = [];
    let secondHasIt = false;
    const second = acquireLock(lockPath, {
      pollMs: 20,
      onWait: (holder) => waited.push(holder),
    }).then((r) => {
      secondHasIt = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(secondHasIt).toBe(false);
    expect(waited).toEqual([expect.stringContaining(`pid ${process.pid} on ${os.hostname()}`)]);

    await release();
    await (
      await second
    )();
    await expect(fs.access(lockPath)).rejects.toThrow();
  });

  it('takes over a lock whose holder is dead', async () => {
    // PIDs are below 2^22 on Linux, so this one cannot be alive.
    await fs.writeFile(lockPath, `99999999 ${os.hostname()} 2020-01-01T00:00:00.000Z`);
    const release = await acquireLock(lockPath, { pollMs: 20, waitTimeoutMs: 2_000 });
    expect(await fs.readFile(lockPath, 'utf8')).toContain(String(process.pid));
    await release();
  });

  it('takes over a lock nobody has touched for too long', async () => {
    await fs.writeFile(lockPath, `1 some-other-host 2020-01-01T00:00:00.000Z`);
    const old = new Date(Date.now() - 10 * 60_000);
    await fs.utimes(lockPath, old, old);
    const release = await acquireLock(lockPath, {
      pollMs: 20,
      waitTimeoutMs: 2_000,
      staleAfterMs: 60_000,
    });
    await release();
  });
});
