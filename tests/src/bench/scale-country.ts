import { startRegion } from '../region/start-region';
import { cpuDuring } from './process-cpu';
import { MixedResult, mixedLoad, requestsWithin, searchOnce, searchSender } from './scale-load';
import { residentMb } from './scale-memory';
import { databasePids } from './scale-processes';
import { scaleQueries } from './scale-queries';

export interface SizeOptions {
  mongodbUri: string;
  country: string;
  experts: number;
  /** Requests per measurement, before the time budget trims them. */
  requests: number;
  /** Time one measurement may take, estimated from the warm-up. */
  budgetMs: number;
  log: (line: string) => void;
}

export interface SizeResult {
  experts: number;
  /** Start-up to healthy, seeding included (an empty database is seeded on start). */
  startSeconds: number;
  /** The very first search after start: what building the country's derived search state costs. */
  firstMs: number;
  /** totalCount of each query, in the order of scaleQueries. */
  matches: number[];
  serial: MixedResult;
  parallel: MixedResult;
  parallelConcurrency: number;
  cpuMsPerRequest: number;
  /** The database server's CPU per request meanwhile, when the bench started it (else NaN). */
  databaseCpuMsPerRequest: number;
  /** Distinct errors seen, at most three. */
  errors: string[];
  /** The country process's memory after start (seeding included) and after the measurements. */
  rssAfterStartMb: number;
  rssAfterRunMb: number;
  peakMb: number;
}

/**
 * One country subgraph with `experts` demo experts, searched directly as the secretariat (consent
 * filter and release policy applied, as for any caller outside the country): the cost of one
 * country's ranked text search at that size (issue 10, point 8; docs/ARCHITECTURE.md §7.6).
 */
export async function countryAtSize(options: SizeOptions): Promise<SizeResult> {
  const { country, experts, log } = options;
  log(`${country} with ${experts} experts: starting (an empty database is seeded first)…`);
  const t0 = performance.now();
  const region = await startRegion({
    mongodbUri: options.mongodbUri,
    countries: [country],
    seedExperts: experts,
    dbPrefix: `bench_scale_${experts}`,
  });
  try {
    const startSeconds = (performance.now() - t0) / 1000;
    const service = region.countries.get(country)!;
    const pid = service.process.pid!;
    const rssAfterStartMb = residentMb(pid).rss;
    const auth = await region.bearer({ role: 'secretariat' });
    const queries = scaleQueries(country);

    log(`${country} ${experts}: warming up…`);
    const matches: number[] = [];
    let firstMs = NaN;
    const errors: string[] = [];
    for (const q of queries) {
      const t = performance.now();
      const answer = await searchOnce(service.url, q.text, auth);
      if (Number.isNaN(firstMs)) firstMs = performance.now() - t;
      matches.push(answer.totalCount ?? NaN);
      if (answer.error !== undefined) errors.push(answer.error);
    }
    const send = searchSender(service.url, queries, auth, errors);
    const warm = await mixedLoad(queries, send, queries.length * 2, 1);
    const msPerRequest = (warm.seconds * 1000) / warm.requests;
    // At least four rounds over the queries, so each kind has a median of its own.
    const n = requestsWithin(options.requests, msPerRequest, options.budgetMs, {
      min: queries.length * 4,
      of: queries.length,
    });

    log(`${country} ${experts}: ${n} searches one at a time…`);
    let serial: MixedResult | undefined;
    const database = databasePids(region.services().map((s) => s.process.pid!));
    const [cpuMs, ...databaseMs] = await cpuDuring([pid, ...database], async () => {
      serial = await mixedLoad(queries, send, n, 1);
    });
    const parallelConcurrency = 8;
    log(`${country} ${experts}: ${n} searches, ${parallelConcurrency} in flight…`);
    const parallel = await mixedLoad(queries, send, n, parallelConcurrency);
    const after = residentMb(pid);
    return {
      experts,
      startSeconds,
      firstMs,
      matches,
      serial: serial!,
      parallel,
      parallelConcurrency,
      cpuMsPerRequest: cpuMs / n,
      databaseCpuMsPerRequest: database.length
        ? databaseMs.reduce((sum, ms) => sum + ms, 0) / n
        : NaN,
      errors,
      rssAfterStartMb,
      rssAfterRunMb: after.rss,
      peakMb: after.peak,
    };
  } finally {
    await region.stop();
  }
}
