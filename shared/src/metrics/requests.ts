import { Counter, Histogram } from 'prom-client';
import { RequestScope } from '../log/request-scope';
import { boundedLabel, metricsRegistry } from './registry';

/** Seconds: from a cached country's few milliseconds to the gateway's longest country timeout. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const requests = new Counter({
  name: 'expertpool_graphql_requests_total',
  help: 'GraphQL requests answered, by operation name and HTTP status.',
  labelNames: ['operation', 'status'] as const,
  registers: [metricsRegistry],
});

const errors = new Counter({
  name: 'expertpool_graphql_errors_total',
  help: 'Error codes in GraphQL answers (refusals included), by operation name and code.',
  labelNames: ['operation', 'code'] as const,
  registers: [metricsRegistry],
});

const duration = new Histogram({
  name: 'expertpool_graphql_request_duration_seconds',
  help: 'Time from the request arriving to its answer being sent, by operation name.',
  labelNames: ['operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

const operationLabel = boundedLabel(200);

/** Counts a finished request of the HTTP front (serve.ts), as its log line describes it. */
export function observeRequest(scope: RequestScope, status: number): void {
  const operation = operationLabel(scope.operation ?? 'anonymous');
  requests.inc({ operation, status: String(status) });
  for (const code of scope.errorCodes) errors.inc({ operation, code });
  duration.observe({ operation }, (performance.now() - scope.started) / 1000);
}
