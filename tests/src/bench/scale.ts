import { UsageError } from '@expertpool/shared';
import { table } from './load';
import { SizeResult, countryAtSize } from './scale-country';
import { FanoutResult, regionFanout } from './scale-region';
import { scaleQueries } from './scale-queries';

export interface ScaleOptions {
  /** `--sizes`, comma-separated experts per size; default 1,000, 10,000 and 50,000. */
  sizes?: string;
  /** Requests per measurement, trimmed to the time budget at large sizes. */
  requests: number;
  /** Demo experts per country for the region fan-out. */
  regionExperts: number;
  log: (line: string) => void;
}

const DEFAULT_SIZES = [1000, 10_000, 50_000];
/** SEED_EXPERTS' own cap (subgraphs/country/src/config.ts). */
const MAX_SIZE = 200_000;
/** What one measurement may take: keeps the whole run near ten minutes on two cores. */
const BUDGET_MS = 20_000;
const COUNTRY = 'TH';
/** The target: p50 at 10,000 experts at most twice p50 at 1,000 (issue 10, point 8). */
const TARGET_RATIO = 2;

export function parseSizes(raw: string | undefined): number[] {
  if (raw === undefined) return DEFAULT_SIZES;
  const sizes = raw.split(',').map((s) => s.trim());
  if (!sizes.every((s) => /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= MAX_SIZE))
    throw new UsageError(
      `--sizes must be whole numbers from 1 to ${MAX_SIZE}, comma-separated (got "${raw}")`,
    );
  return [...new Set(sizes.map(Number))].sort((a, b) => a - b);
}

/**
 * `npm run bench -- --scale`: whether a search's cost stays flat as a country grows (one country
 * at each size, searched directly), and what the region's two-phase fan-out adds over its
 * slowest country, in one run (issue 10, point 8; docs/ARCHITECTURE.md §7.6).
 */
export async function scaleBench(mongodbUri: string, options: ScaleOptions): Promise<void> {
  const sizes = parseSizes(options.sizes);
  const results: SizeResult[] = [];
  for (const experts of sizes)
    results.push(
      await countryAtSize({
        mongodbUri,
        country: COUNTRY,
        experts,
        requests: options.requests,
        budgetMs: BUDGET_MS,
        log: options.log,
      }),
    );
  const fanout = await regionFanout({
    mongodbUri,
    experts: options.regionExperts,
    requests: options.requests,
    budgetMs: BUDGET_MS,
    log: options.log,
  });
  printSizes(results);
  printFanout(fanout);
}

function printSizes(results: SizeResult[]): void {
  const base = results[0];
  console.log(
    `\nOne country (${COUNTRY}) searched directly as the secretariat: text search ordered by ` +
      `RELEVANCE, first: 20, the ${scaleQueries(COUNTRY).length} queries below in turn, after warm-up\n`,
  );
  console.log(
    table(
      results.flatMap((r) =>
        [r.serial, r.parallel].map((load, i) => ({
          experts: r.experts,
          concurrency: i === 0 ? 1 : r.parallelConcurrency,
          requests: load.requests,
          errors: load.errors,
          'req/s': load.rps,
          'p50 ms': load.p50,
          'p99 ms': load.p99,
          [`p50 / p50@${base.experts}`]: load.p50 / (i === 0 ? base.serial.p50 : base.parallel.p50),
        })),
      ),
    ),
  );

  console.log(`\nEach query one at a time (p50 ms, and the matches it reports as totalCount)\n`);
  const queries = scaleQueries(COUNTRY);
  console.log(
    table(
      queries.map((q, k) => {
        const row: Record<string, string | number> = { kind: q.kind, query: q.text };
        for (const r of results) row[`p50@${r.experts}`] = r.serial.kinds[k].p50;
        for (const r of results) row[`p99@${r.experts}`] = r.serial.kinds[k].p99;
        for (const r of results) row[`matches@${r.experts}`] = r.matches[k];
        return row;
      }),
    ),
  );

  console.log(
    `\nCost per search one at a time and the country's memory, from the kernel (/proc/<pid>/stat, ` +
      `/proc/<pid>/status VmRSS and VmHWM; "after start" still holds what seeding left)\n`,
  );
  console.log(
    table(
      results.map((r) => ({
        experts: r.experts,
        'start + seed s': r.startSeconds,
        'first search ms': r.firstMs,
        'country CPU ms/req': r.cpuMsPerRequest,
        'database CPU ms/req': r.databaseCpuMsPerRequest,
        'RSS MB after start': r.rssAfterStartMb,
        'RSS MB after run': r.rssAfterRunMb,
        'peak RSS MB': r.peakMb,
      })),
    ),
  );

  const at1k = results.find((r) => r.experts === 1000);
  const at10k = results.find((r) => r.experts === 10_000);
  if (at1k && at10k) {
    const ratio = at10k.serial.p50 / at1k.serial.p50;
    console.log(
      `\np50@10000 / p50@1000 = ${ratio.toFixed(2)} one at a time ` +
        `(target <= ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}); ` +
        `${(at10k.parallel.p50 / at1k.parallel.p50).toFixed(2)} at concurrency ${at1k.parallelConcurrency}`,
    );
  }
  for (const r of results)
    if (r.errors.length) console.log(`errors at ${r.experts}: ${r.errors.join(' | ')}`);
  const trimmed = results.filter((r) => r.serial.requests < results[0].serial.requests);
  if (trimmed.length)
    console.log(
      `fewer requests at ${trimmed.map((r) => r.experts).join(', ')} experts: ` +
        `each measurement is held to about ${BUDGET_MS / 1000} s`,
    );
}

function printFanout(f: FanoutResult): void {
  console.log(
    `\nRegion: 11 countries × ${f.experts} experts, the same text searches as the secretariat, ` +
      `through the gateway (statistics phase, then ranked pages) and the slowest country directly\n`,
  );
  console.log(
    table(
      f.runs.flatMap(({ concurrency, gateway, slowest }) => [
        {
          measurement: 'fan-out via gateway (2 phases)',
          concurrency,
          requests: gateway.requests,
          errors: gateway.errors,
          'req/s': gateway.rps,
          'p50 ms': gateway.p50,
          'p99 ms': gateway.p99,
        },
        {
          measurement: `slowest country direct (${slowest.code})`,
          concurrency,
          requests: slowest.result.requests,
          errors: slowest.result.errors,
          'req/s': slowest.result.rps,
          'p50 ms': slowest.result.p50,
          'p99 ms': slowest.result.p99,
        },
      ]),
    ),
  );
  console.log(
    '\n' +
      f.runs
        .map(
          (r) =>
            `concurrency ${r.concurrency}: fan-out p50 / slowest country p50 = ` +
            (r.gateway.p50 / r.slowest.result.p50).toFixed(2),
        )
        .join('; ') +
      ` (the 11 countries share this machine's cores)\n` +
      `CPU per fan-out search, one at a time: gateway ${f.gatewayCpuMsPerRequest.toFixed(1)} ms, ` +
      `all countries together ${f.countriesCpuMsPerRequest.toFixed(1)} ms, ` +
      `database ${Number.isNaN(f.databaseCpuMsPerRequest) ? '-' : f.databaseCpuMsPerRequest.toFixed(1)} ms\n` +
      'per-country direct p50 ms, one at a time: ' +
      f.directSerialP50.map((d) => `${d.code} ${d.p50.toFixed(1)}`).join(', '),
  );
  if (f.gatewayErrors.length)
    console.log(`errors through the gateway: ${f.gatewayErrors.join(' | ')}`);
}
