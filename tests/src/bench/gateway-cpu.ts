import { RunningRegion } from '../region/start-region';
import { postGraphQL, runLoad } from './load';
import { cpuDuring } from './process-cpu';
import { SEARCH, SEARCH_FILTERS } from './queries';

export interface CpuRow extends Record<string, string | number> {
  measurement: string;
  requests: number;
  errors: number;
  'gateway CPU ms/req': number;
  'countries CPU ms/req': number;
}

/**
 * What one search costs the gateway's own process, one request at a time: region-wide (every
 * country asked, pages merged) against the same searches limited to one country. The difference
 * is the routing layer's per-country work (see docs/ARCHITECTURE.md §4).
 */
export async function gatewayCpu(
  region: RunningRegion,
  auth: Record<string, string>,
  requests: number,
  oneCountry = 'TH',
): Promise<CpuRow[]> {
  const gatewayPid = region.gateway.process.pid!;
  const countryPids = [...region.countries.values()].map((s) => s.process.pid!);
  const measure = async (measurement: string, countries: string[] | undefined) => {
    const send = (i: number) => {
      const filter = SEARCH_FILTERS[i % SEARCH_FILTERS.length];
      return postGraphQL(
        region.gateway.url,
        SEARCH,
        { filter: countries ? { ...filter, countries } : filter, first: 20 },
        auth,
      );
    };
    // Warm-up: plans cached and the JIT settled, so the figure is the steady state.
    await runLoad(send, Math.max(100, requests / 2), 1);
    let result: Awaited<ReturnType<typeof runLoad>> | undefined;
    const [gateway, ...countries_] = await cpuDuring([gatewayPid, ...countryPids], async () => {
      result = await runLoad(send, requests, 1);
    });
    const countriesMs = countries_.reduce((sum, ms) => sum + ms, 0);
    return {
      measurement,
      requests,
      errors: result!.errors,
      'gateway CPU ms/req': gateway / requests,
      'countries CPU ms/req': countriesMs / requests,
    };
  };
  return [
    await measure(`search, all ${region.countries.size} countries`, undefined),
    await measure(`search, ${oneCountry} only (filter.countries)`, [oneCountry]),
  ];
}
