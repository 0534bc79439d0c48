import { IncomingMessage, ServerResponse } from 'node:http';
import {
  Attributes,
  Span,
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
} from '@opentelemetry/api';

/**
 * Spans through the OpenTelemetry API only (docs/ARCHITECTURE.md §11.2): without an SDK
 * (start.ts, off by default) every call here is a no-op, so code and tests run the same with
 * tracing on or off.
 */
export const tracer = trace.getTracer('expertpool');

/**
 * A request's server span, continuing the caller's trace (W3C `traceparent`), active while `fn`
 * runs so that every span the request makes (country fetches, MongoDB commands) is its child.
 * Ends when the response is sent, with its status.
 */
export function withServerSpan<T>(
  req: IncomingMessage,
  res: ServerResponse,
  attributes: Attributes,
  fn: () => T,
): T {
  const parent = propagation.extract(context.active(), req.headers);
  return tracer.startActiveSpan(
    `${req.method ?? 'GET'} /graphql`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, ...attributes } },
    parent,
    (span) => {
      res.once('close', () => {
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      return fn();
    },
  );
}

/** The active span (the request's, where a request is served), to add attributes to. */
export const activeSpan = (): Span | undefined => trace.getActiveSpan();

/** Headers with the active trace's `traceparent` (and `tracestate`) added, for an outgoing request. */
export function withTraceHeaders(
  headers: Record<string, string>,
  span?: Span,
): Record<string, string> {
  const out = { ...headers };
  const ctx = span ? trace.setSpan(context.active(), span) : context.active();
  propagation.inject(ctx, out);
  return out;
}

export { SpanKind, SpanStatusCode };
export type { Span };
