import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';

/** Debian's redis-server (scripts/ensure-tools.mjs installs it). */
export const REDIS_SERVER = '/usr/bin/redis-server';

export interface RedisServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function startOn(port: number): Promise<RedisServer | undefined> {
  // In memory only, on loopback: nothing written to disk, nothing reachable from elsewhere.
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections'))
        resolve({
          url: `redis://127.0.0.1:${port}`,
          process: child,
          async stop() {
            if (child.exitCode !== null || child.signalCode !== null) return;
            const exited = once(child, 'exit');
            child.kill('SIGTERM');
            await exited;
          },
        });
    });
    child.once('exit', () => resolve(undefined));
  });
}

/**
 * A real redis-server for the tests, on a free loopback port. The port is probed first (Redis
 * cannot report a port it picked itself), so a start that lost the port to another process is
 * retried on another.
 */
export async function startRedis(): Promise<RedisServer> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const started = await startOn(await freePort());
    if (started) return started;
  }
  throw new Error(`${REDIS_SERVER} did not start on a free port in 5 attempts`);
}
