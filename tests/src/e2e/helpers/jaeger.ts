import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@expertpool/devdb';
import { goTool } from '../../jest/tools';

/** A span as Jaeger's query API returns it. */
export interface JaegerSpan {
  traceID: string;
  spanID: string;
  operationName: string;
  references: { refType: string; spanID: string }[];
  tags: { key: string; value: unknown }[];
  processID: string;
}

export interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
  processes: Record<string, { serviceName: string }>;
}

export interface RunningJaeger {
  /** Where services send OTLP over HTTP (OTEL_EXPORTER_OTLP_ENDPOINT). */
  otlpEndpoint: string;
  /** Traces of `service` whose spans carry these tags. */
  traces(service: string, tags: Record<string, string>): Promise<JaegerTrace[]>;
  output: string[];
  stop(): Promise<void>;
}

/**
 * A real Jaeger v2 (an OpenTelemetry collector with Jaeger's storage and query API) on
 * 127.0.0.1: an OTLP/HTTP receiver, an in-memory store and the query API, each on a free port,
 * and nothing else (its own telemetry off).
 */
export async function startJaeger(): Promise<RunningJaeger> {
  const [otlp, query, grpc] = [await freePort(), await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), 'expertpool-jaeger-'));
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    `service:
  extensions: [jaeger_storage, jaeger_query]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
  telemetry:
    metrics:
      level: none
    logs:
      level: warn
extensions:
  jaeger_query:
    storage:
      traces: memstore
    http:
      endpoint: 127.0.0.1:${query}
    grpc:
      endpoint: 127.0.0.1:${grpc}
  jaeger_storage:
    backends:
      memstore:
        memory:
          max_traces: 10000
receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:${otlp}
processors:
  batch:
    timeout: 100ms
exporters:
  jaeger_storage_exporter:
    trace_storage: memstore
`,
  );
  const child: ChildProcess = spawn(goTool('jaeger'), [`--config=file:${config}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const api = `http://127.0.0.1:${query}/api`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`jaeger exited with code ${child.exitCode}:\n${output.join('\n')}`);
    }
    const ready = await fetch(`${api}/services`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`jaeger did not answer within 30 s:\n${output.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    otlpEndpoint: `http://127.0.0.1:${otlp}`,
    output,
    async traces(service, tags) {
      const search = new URLSearchParams({ service, tags: JSON.stringify(tags), limit: '20' });
      const response = await fetch(`${api}/traces?${search}`);
      if (!response.ok)
        throw new Error(`jaeger answered ${response.status}: ${await response.text()}`);
      return ((await response.json()) as { data: JaegerTrace[] | null }).data ?? [];
    },
    stop,
  };
}

/** The value of a span's tag. */
export const tagOf = (span: JaegerSpan, key: string): unknown =>
  span.tags.find((t) => t.key === key)?.value;
