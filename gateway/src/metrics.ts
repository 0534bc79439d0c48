import {
  CountryOutcome,
  Counter,
  Gauge,
  Histogram,
  LATENCY_BUCKETS,
  metricsRegistry,
} from '@expertpool/shared';
import { BreakerState } from './routing/circuit-breaker';

/** The gateway's own metrics (docs/ARCHITECTURE.md §11.3); request counts are shared/src/metrics. */
const countryFetches = new Counter({
  name: 'expertpool_gateway_country_requests_total',
  help: 'Requests to member states, by country and outcome (OK, TIMEOUT, UNAVAILABLE, SKIPPED by the breaker).',
  labelNames: ['country', 'outcome'] as const,
  registers: [metricsRegistry],
});

const countryLatency = new Histogram({
  name: 'expertpool_gateway_country_request_duration_seconds',
  help: 'Time a member state took to answer (or to time out), by country and outcome; skipped requests are not timed.',
  labelNames: ['country', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

const refusals = new Counter({
  name: 'expertpool_gateway_refusals_total',
  help: 'Requests refused before planning, by limit: depth, fragment_depth, page_size, cost, size, cost_budget, rate_address, rate_token.',
  labelNames: ['limit'] as const,
  registers: [metricsRegistry],
});

const STATE_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** Where the breaker gauge reads its states at each scrape: the gateways' country clients. */
const breakerSources = new Set<() => Iterable<[string, BreakerState]>>();

new Gauge({
  name: 'expertpool_gateway_breaker_state',
  help: 'Circuit breaker per country: 0 closed, 1 half-open (one probe allowed), 2 open (skipped).',
  labelNames: ['country'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const source of breakerSources)
      for (const [country, state] of source()) this.set({ country }, STATE_VALUE[state]);
  },
});

export function observeCountryAnswer(
  country: string,
  outcome: CountryOutcome,
  latencyMs: number,
): void {
  countryFetches.inc({ country, outcome });
  if (outcome !== 'SKIPPED') countryLatency.observe({ country, outcome }, latencyMs / 1000);
}

export type RefusedLimit =
  | 'depth'
  | 'fragment_depth'
  | 'page_size'
  | 'cost'
  | 'size'
  | 'cost_budget'
  | 'rate_address'
  | 'rate_token';

export function countRefusal(limit: RefusedLimit): void {
  refusals.inc({ limit });
}

/** Registers a client's breakers with the gauge; the returned function removes them. */
export function watchBreakers(states: () => Iterable<[string, BreakerState]>): () => void {
  breakerSources.add(states);
  return () => breakerSources.delete(states);
}
