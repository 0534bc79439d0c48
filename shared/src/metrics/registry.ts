import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics (docs/ARCHITECTURE.md §11.3), served as text on the
 * service's internal listener at `/metrics` (health.ts). One registry per process: a service is
 * one process; services started in-process by tests share it, which their tests allow for.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'expertpool_process_' });

/** The exposition for a scrape, and its content type. */
export async function metricsExposition(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}

/**
 * A label whose values come from callers (operation names) kept to `max` distinct values, the
 * rest counted as `other`: a client inventing a name per request must not make a series per
 * request in every scraper.
 */
export function boundedLabel(max: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= max) return 'other';
    seen.add(value);
    return value;
  };
}
