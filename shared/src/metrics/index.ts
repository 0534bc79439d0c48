export { boundedLabel, metricsExposition, metricsRegistry } from './registry';
export { LATENCY_BUCKETS, observeRequest } from './requests';
export { observeDatabase } from './database';
export type { MonitoredClient } from './database';
// The metric types, for the services' own metrics: prom-client is used through shared only.
export { Counter, Gauge, Histogram } from 'prom-client';
