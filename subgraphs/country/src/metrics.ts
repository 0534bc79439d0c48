import { Db } from 'mongodb';
import { Counter, Gauge, Histogram, LATENCY_BUCKETS, metricsRegistry } from '@expertpool/shared';
import { ImportLogEntry } from './import/import-log';

/**
 * A country's own metrics (docs/ARCHITECTURE.md §11.3); request counts and database latency
 * are shared/src/metrics. Labelled by country: one service serves one, and tests run several
 * in one process.
 */
const searches = new Histogram({
  name: 'expertpool_country_search_duration_seconds',
  help: 'Time to answer one experts search (scoring, sorting and paging), by country and order.',
  labelNames: ['country', 'order'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

const auditWrites = new Counter({
  name: 'expertpool_country_audit_writes_total',
  help: 'Audit entries written for releases to non-OWN callers, by country and outcome (failed: the release was withheld).',
  labelNames: ['country', 'outcome'] as const,
  registers: [metricsRegistry],
});

/** The databases whose import log the import gauges read at each scrape. */
const importLogs = new Map<string, Db>();

const IMPORT_RESULTS = ['inserted', 'updated', 'unchanged', 'rejected'] as const;

/**
 * Imports run as a command (`npm run import`), not in the service, so the service reads their
 * totals from the import log they leave (import/import-log.ts) when scraped. Gauges, not
 * counters: the log is the count, and it survives the service's restarts.
 */
new Gauge({
  name: 'expertpool_country_import_rows',
  help: "Rows of every import in the country's import log, by country and result (inserted, updated, unchanged, rejected).",
  labelNames: ['country', 'result'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [country, db] of importLogs) {
      const [sums] = await db
        .collection<ImportLogEntry>('imports')
        .aggregate<Record<(typeof IMPORT_RESULTS)[number], number>>([
          {
            $group: {
              _id: null,
              ...Object.fromEntries(IMPORT_RESULTS.map((r) => [r, { $sum: `$${r}` }])),
            },
          },
        ])
        .toArray();
      for (const result of IMPORT_RESULTS) this.set({ country, result }, sums?.[result] ?? 0);
    }
  },
});

new Gauge({
  name: 'expertpool_country_imports',
  help: "Import runs in the country's import log, by country.",
  labelNames: ['country'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [country, db] of importLogs)
      this.set({ country }, await db.collection('imports').estimatedDocumentCount());
  },
});

export function timeSearch(country: string, order: string): () => void {
  const end = searches.startTimer({ country, order });
  return () => void end();
}

export function countAuditWrite(country: string, outcome: 'ok' | 'failed'): void {
  auditWrites.inc({ country, outcome });
}

/** The import gauges read this country's log until the returned function is called (stop). */
export function watchImports(country: string, db: Db): () => void {
  importLogs.set(country, db);
  return () => {
    if (importLogs.get(country) === db) importLogs.delete(country);
  };
}
