import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The repository root, from tests/dist/region or tests/src/region. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

export interface Service {
  name: string;
  port: number;
  url: string;
  process: ChildProcess;
  /** Last lines the process printed, for error messages. */
  output: string[];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a built service (`node <script>`) with its environment; output is kept, not printed. */
export function startService(name: string, script: string, port: number, env: Record<string, string>, echo?: (line: string) => void): Service {
  const child = spawn(process.execPath, [join(REPO_ROOT, script)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 50) output.shift();
      echo?.(`${name}: ${line}`);
    }
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { name, port, url: `http://127.0.0.1:${port}/graphql`, process: child, output };
}

/** Polls `GET /health` until 200, failing early (with the process's output) if it exits. */
export async function waitHealthy(service: Service, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null) {
      throw new Error(`${service.name} exited with code ${service.process.exitCode}:\n${service.output.join('\n')}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${service.port}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${service.name} was not healthy within ${timeoutMs} ms:\n${service.output.join('\n')}`);
}

/** Stops a service by its PID (SIGTERM, then SIGKILL after a grace period). */
export async function stopService(service: Service, graceMs = 5000): Promise<void> {
  const child = service.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
