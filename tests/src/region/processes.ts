import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** The repository root, from tests/dist/region or tests/src/region. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

export interface Service {
  name: string;
  /** The port it listens on: as asked, or (asked 0) as the service reports once it listens. */
  port: number;
  url: string;
  /** True once the process itself printed that it listens (runMain's "ready at <url>"). */
  ready: boolean;
  /** Its health details listener (HEALTH_PORT), once it printed "health details at <url>". */
  healthUrl?: string;
  process: ChildProcess;
  /** Last lines the process printed, for error messages. */
  output: string[];
}

/** Gets each line a service prints: `<name>: <text>`, and the two apart. */
export type Echo = (line: string, from: { service: string; text: string }) => void;

const READY = /\bready at (http:\/\/[^\s"]+)/;
const HEALTH_DETAILS = /\bhealth details at (http:\/\/[^\s"]+)/;

/**
 * Starts a built service (`node <script>`) with its environment; output is kept, not printed.
 * Port 0 lets the service pick a free port itself and report it: choosing a "free" port here and
 * handing it over would race with every other test doing the same, and a service that lost the
 * race could be mistaken for the one that won it.
 */
export function startService(
  name: string,
  script: string,
  port: number,
  env: Record<string, string>,
  echo?: Echo,
): Service {
  const child = spawn(process.execPath, [join(REPO_ROOT, script)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const service: Service = {
    name,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    ready: false,
    process: child,
    output: [],
  };
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      service.output.push(line);
      if (service.output.length > 50) service.output.shift();
      const health = HEALTH_DETAILS.exec(line);
      if (health) service.healthUrl = health[1];
      const ready = READY.exec(line);
      if (ready && !service.ready) {
        service.url = ready[1];
        service.port = Number(new URL(ready[1]).port);
        service.ready = true;
      }
      echo?.(`${name}: ${line}`, { service: name, text: line });
    }
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return service;
}

/**
 * Waits until the process says it listens, then polls `GET /health` until 200; fails early (with
 * the process's output) if it exits.
 */
export async function waitHealthy(service: Service, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null) {
      throw new Error(
        `${service.name} exited with code ${service.process.exitCode}:\n${service.output.join('\n')}`,
      );
    }
    if (!service.ready) {
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    try {
      const response = await fetch(new URL('/health', service.url), {
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `${service.name} was not healthy within ${timeoutMs} ms:\n${service.output.join('\n')}`,
  );
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
