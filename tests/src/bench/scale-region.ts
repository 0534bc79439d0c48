import { MEMBER_CODES } from '@expertpool/shared';
import { startRegion } from '../region/start-region';
import { LoadResult } from './load';
import { cpuDuring } from './process-cpu';
import { MixedResult, mixedLoad, requestsWithin, searchSender } from './scale-load';
import { databasePids } from './scale-processes';
import { scaleQueries } from './scale-queries';

export interface FanoutOptions {
  mongodbUri: string;
  /** Demo experts per country. */
  experts: number;
  requests: number;
  budgetMs: number;
  log: (line: string) => void;
}

export interface FanoutRun {
  concurrency: number;
  gateway: MixedResult;
  slowest: { code: string; result: LoadResult };
}

export interface FanoutResult {
  experts: number;
  runs: FanoutRun[];
  /** Every country's direct p50 one at a time, to see the spread the slowest is taken from. */
  directSerialP50: { code: string; p50: number }[];
  gatewayCpuMsPerRequest: number;
  countriesCpuMsPerRequest: number;
  /** The database server's, when the bench started it (else NaN). */
  databaseCpuMsPerRequest: number;
  /** Distinct errors through the gateway, at most three (a country that timed out, say). */
  gatewayErrors: string[];
}

/**
 * The region-wide text search through the gateway (two phases: every country's statistics, then
 * every country's ranked page scored with their sum, docs/ARCHITECTURE.md §7.6) against the
 * slowest country asked directly, at concurrency 1 and 16 in the same run. On one machine the 11
 * countries share its cores, so a fan-out costs about the sum of their work; deployed, each
 * country answers on its own hardware and the fan-out tends to the slowest plus the gateway.
 */
export async function regionFanout(options: FanoutOptions): Promise<FanoutResult> {
  const { experts, log } = options;
  log(`region: 11 countries × ${experts} experts: starting…`);
  const region = await startRegion({
    mongodbUri: options.mongodbUri,
    seedExperts: experts,
    dbPrefix: `bench_region_${experts}`,
  });
  try {
    const auth = await region.bearer({ role: 'secretariat' });
    const queries = scaleQueries('TH');
    // Eight rounds at least: the fan-out's p99 is what a fan-out adds, so it needs the samples.
    const rounds = { min: queries.length * 8, of: queries.length };
    const gatewayErrors: string[] = [];
    const viaGateway = searchSender(region.gateway.url, queries, auth, gatewayErrors);
    const direct = (code: string) => searchSender(region.countries.get(code)!.url, queries, auth);

    log('region: warming up the gateway and every country…');
    const warm = await mixedLoad(queries, viaGateway, queries.length * 2, 1);
    for (const code of MEMBER_CODES) await mixedLoad(queries, direct(code), queries.length * 2, 1);
    const n = requestsWithin(
      options.requests,
      (warm.seconds * 1000) / warm.requests,
      options.budgetMs,
      rounds,
    );

    log(`region: ${n} fan-out searches one at a time…`);
    const countryPids = [...region.countries.values()].map((s) => s.process.pid!);
    const database = databasePids(region.services().map((s) => s.process.pid!));
    let serial: MixedResult | undefined;
    const pids = [region.gateway.process.pid!, ...countryPids, ...database];
    const [gatewayMs, ...rest] = await cpuDuring(pids, async () => {
      serial = await mixedLoad(queries, viaGateway, n, 1);
    });
    const sum = (ms: number[]) => ms.reduce((total, x) => total + x, 0);
    const countryMs = rest.slice(0, countryPids.length);
    const databaseMs = rest.slice(countryPids.length);
    const perCountry = Math.max(rounds.min, Math.round(n / 2 / rounds.of) * rounds.of);
    const directSerial: { code: string; result: MixedResult }[] = [];
    for (const code of MEMBER_CODES) {
      log(`region: ${perCountry} searches against ${code} directly, one at a time…`);
      directSerial.push({ code, result: await mixedLoad(queries, direct(code), perCountry, 1) });
    }
    const slowest = [...directSerial].sort((a, b) => b.result.p50 - a.result.p50)[0];

    log(`region: ${n} fan-out searches, 16 in flight, and the same against ${slowest.code}…`);
    const gateway16 = await mixedLoad(queries, viaGateway, n, 16);
    const slowest16 = await mixedLoad(queries, direct(slowest.code), n, 16);
    return {
      experts,
      runs: [
        {
          concurrency: 1,
          gateway: serial!,
          slowest: { code: slowest.code, result: slowest.result },
        },
        { concurrency: 16, gateway: gateway16, slowest: { code: slowest.code, result: slowest16 } },
      ],
      directSerialP50: directSerial.map(({ code, result }) => ({ code, p50: result.p50 })),
      gatewayCpuMsPerRequest: gatewayMs / n,
      countriesCpuMsPerRequest: sum(countryMs) / n,
      databaseCpuMsPerRequest: database.length ? sum(databaseMs) / n : NaN,
      gatewayErrors,
    };
  } finally {
    await region.stop();
  }
}
