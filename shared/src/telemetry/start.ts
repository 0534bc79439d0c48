import { NodeSDK } from '@opentelemetry/sdk-node';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { setTelemetryFlush } from './flush';

type Env = Record<string, string | undefined>;

/**
 * Whether traces are exported (docs/ARCHITECTURE.md §11.2): off unless an OTLP endpoint or a
 * traces exporter is named, as the OpenTelemetry variables name them. A service nobody traces
 * pays nothing, and does not try to reach a collector on localhost:4318 that is not there.
 */
export function tracingEnabled(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim();
  if (exporter) return exporter !== 'none';
  return Boolean(
    env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim(),
  );
}

let sdk: NodeSDK | undefined;

/**
 * Starts the OpenTelemetry SDK, configured by the standard OTEL_* variables (exporter, endpoint,
 * headers, sampler, batch delays, resource attributes), when tracingEnabled. Must run before the
 * MongoDB driver is loaded, which its instrumentation patches: each service's main.ts imports
 * its telemetry.ts first. `service` names the service unless OTEL_SERVICE_NAME does.
 */
export function startTelemetry(service: string, env: Env = process.env): void {
  if (sdk || !tracingEnabled(env)) return;
  // Traces only: metrics are Prometheus's (§11.3) and logs are stdout's (§11.1).
  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  sdk = new NodeSDK({
    ...(env.OTEL_SERVICE_NAME?.trim() ? {} : { serviceName: service }),
    instrumentations: [new MongoDBInstrumentation()],
  });
  sdk.start();
  const started = sdk;
  setTelemetryFlush(() => started.shutdown());
}
