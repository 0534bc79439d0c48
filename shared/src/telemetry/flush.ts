/**
 * How runMain sends the spans still buffered before the process exits (docs/ARCHITECTURE.md
 * §11.2): start.ts sets it when the SDK runs; without one, nothing to send.
 */
let flush: (() => Promise<void>) | undefined;

export function setTelemetryFlush(fn: () => Promise<void>): void {
  flush = fn;
}

export async function flushTelemetry(): Promise<void> {
  await flush?.().catch(() => undefined);
}
