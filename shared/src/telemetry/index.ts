// start.ts (the SDK) is not here: only the services' telemetry.ts load it, first (§11.2).
export {
  activeSpan,
  tracer,
  withServerSpan,
  withTraceHeaders,
  SpanKind,
  SpanStatusCode,
} from './tracing';
export type { Span } from './tracing';
export { tracingPlugin } from './apollo-plugin';
export { flushTelemetry } from './flush';
