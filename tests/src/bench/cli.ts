import { provisionDatabase } from '@expertpool/devdb';
import {
  MEMBER_CODES,
  UsageError,
  parseCommandLine,
  runCli,
  wholeNumberArg,
} from '@expertpool/shared';
import { startRegion } from '../region/start-region';
import { CpuRow, gatewayCpu } from './gateway-cpu';
import { LOOKUP, SEARCH, SEARCH_FILTERS } from './queries';
import { postGraphQL, runLoad, table } from './load';
import { relevanceBench } from './relevance';
import { scaleBench } from './scale';

const USAGE = `Usage: npm run bench -- [--subgraph | --cpu | --scale] [--sizes N,N,...] [--experts N] [--requests N] [--concurrency N] [--db DB]

  (no option)       the region through the gateway versus countries directly, and the
                    gateway's CPU per search (region-wide and one country)
  --subgraph        one country subgraph at 10,000 experts
  --cpu             only the gateway's CPU per search, on npm start's data (200 per country)
  --relevance       ranking quality on a judged query set (nDCG@10, recall@20, zero results),
                    the region through the gateway against one reference index, on npm
                    start's data (200 per country)
  --scale           one country's text search at 1,000, 10,000 and 50,000 experts (--sizes),
                    then the region's two-phase fan-out (--experts per country, default 1,000)
  --sizes N,N,...   experts per size for --scale
  --experts N       demo experts per country
  --requests N      requests per measurement
  --concurrency N   requests in flight (the region bench)
  --db DB           ferretdb, java or memory-server; default: the fastest available`;

const OPTIONS = {
  subgraph: 'flag',
  cpu: 'flag',
  relevance: 'flag',
  scale: 'flag',
  sizes: 'value',
  experts: 'value',
  requests: 'value',
  concurrency: 'value',
  db: 'value',
  help: 'flag',
} as const;

/** Largest values: SEED_EXPERTS caps a country's demo experts. */
const MAX = { experts: 200_000, requests: 1_000_000, concurrency: 1000 };

const args = () => parseCommandLine(process.argv.slice(2), OPTIONS).values;

function option(name: keyof typeof MAX, fallback: number): number {
  return wholeNumberArg(name, args()[name], fallback, 1, MAX[name]);
}

const log = (line: string) => console.error(`[bench] ${line}`);

async function subgraphBench(uri: string) {
  const experts = option('experts', 10_000);
  const requests = option('requests', 400);
  log(`starting one country (TH) with ${experts} experts (seeding takes a while on first run)…`);
  const region = await startRegion({
    mongodbUri: uri,
    countries: ['TH'],
    seedExperts: experts,
    dbPrefix: `bench_sub_${experts}`,
  });
  try {
    const url = region.countries.get('TH')!.url;
    // TH's own steward searches the whole collection; the secretariat adds what a release outside
    // the country costs: consent filter, release policy read and one audit entry per request.
    const callers = [
      { caller: 'TH steward (OWN)', auth: await region.bearer({ role: 'steward', country: 'TH' }) },
      { caller: 'secretariat', auth: await region.bearer({ role: 'secretariat' }) },
    ];
    const rows = [];
    for (const concurrency of [1, 8]) {
      for (const { caller, auth } of callers) {
        for (const filter of SEARCH_FILTERS) {
          await runLoad(() => postGraphQL(url, SEARCH, { filter, first: 20 }, auth), 5, 1); // warm-up
          const r = await runLoad(
            () => postGraphQL(url, SEARCH, { filter, first: 20 }, auth),
            Math.round(requests / SEARCH_FILTERS.length),
            concurrency,
          );
          rows.push({
            concurrency,
            caller,
            filter: JSON.stringify(filter).slice(0, 60),
            'req/s': r.rps,
            'p50 ms': r.p50,
            'p99 ms': r.p99,
            errors: r.errors,
          });
        }
      }
    }
    console.log(`\nOne country subgraph (TH), ${experts} experts, search with first: 20\n`);
    console.log(table(rows));
  } finally {
    await region.stop();
  }
}

/** Database names of the bench region with `experts` per country: `<prefix>_<cc>`. */
const benchRegionPrefix = (experts: number) => `bench_region_${experts}`;

/** The whole region with `experts` demo experts per country (kept between runs, by size). */
function startBenchRegion(uri: string, experts: number) {
  log(`starting the region: 11 countries × ${experts} experts…`);
  return startRegion({
    mongodbUri: uri,
    seedExperts: experts,
    dbPrefix: benchRegionPrefix(experts),
  });
}

async function regionBench(uri: string) {
  const experts = option('experts', 1000);
  const requests = option('requests', 800);
  const concurrency = option('concurrency', 16);
  const region = await startBenchRegion(uri, experts);
  try {
    const filterOf = (i: number) => SEARCH_FILTERS[i % SEARCH_FILTERS.length];
    // As the secretariat: every service verifies the token and applies consent and policy.
    const auth = await region.bearer({ role: 'secretariat' });
    const search = (url: string) => (i: number) =>
      postGraphQL(url, SEARCH, { filter: filterOf(i), first: 20 }, auth);
    log('warming up…');
    await runLoad(search(region.gateway.url), 64, 4);

    log('fan-out search through the gateway…');
    const fanout = await runLoad(search(region.gateway.url), requests, concurrency);
    const direct: { code: string; r: Awaited<ReturnType<typeof runLoad>> }[] = [];
    for (const code of MEMBER_CODES) {
      log(`the same search against ${code} directly…`);
      const url = region.countries.get(code)!.url;
      await runLoad(search(url), 16, 4);
      direct.push({ code, r: await runLoad(search(url), Math.round(requests / 4), concurrency) });
    }
    const slowest = direct.sort((a, b) => b.r.p50 - a.r.p50)[0];

    // One request at a time: how much the gateway adds on top of the countries' own work. On one
    // machine the 11 countries share its cores, so a fan-out costs about the sum of their times;
    // deployed, each country answers on its own hardware and the fan-out tends to the slowest.
    log('one request at a time: fan-out versus every country directly…');
    const serial = Math.max(40, Math.round(requests / 10));
    const fanoutSerial = await runLoad(search(region.gateway.url), serial, 1);
    const directSerial = [];
    for (const code of MEMBER_CODES)
      directSerial.push(await runLoad(search(region.countries.get(code)!.url), serial, 1));
    const sumDirect = directSerial.reduce((sum, r) => sum + r.p50, 0);
    const slowestSerial = Math.max(...directSerial.map((r) => r.p50));

    const ids: string[] = [];
    for (const code of MEMBER_CODES) {
      const res = await fetch(region.countries.get(code)!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ query: '{ experts(first: 20) { edges { node { id } } } }' }),
      });
      const body = (await res.json()) as {
        data: { experts: { edges: { node: { id: string } }[] } };
      };
      ids.push(...body.data.experts.edges.map((e) => e.node.id));
    }
    const lookup = (urlFor: (id: string) => string) => (i: number) =>
      postGraphQL(urlFor(ids[i % ids.length]), LOOKUP, { id: ids[i % ids.length] }, auth);
    log('expert(id) through the gateway and directly…');
    await runLoad(
      lookup(() => region.gateway.url),
      64,
      4,
    );
    const routed = await runLoad(
      lookup(() => region.gateway.url),
      requests,
      concurrency,
    );
    const directLookup = await runLoad(
      lookup((id) => region.countries.get(id.slice(0, 2))!.url),
      requests,
      concurrency,
    );
    const routedSerial = await runLoad(
      lookup(() => region.gateway.url),
      serial,
      1,
    );
    const directLookupSerial = await runLoad(
      lookup((id) => region.countries.get(id.slice(0, 2))!.url),
      serial,
      1,
    );

    const row = (name: string, r: typeof fanout) => ({
      measurement: name,
      requests: r.requests,
      errors: r.errors,
      'req/s': r.rps,
      'p50 ms': r.p50,
      'p99 ms': r.p99,
    });
    console.log(
      `\nRegion: 11 countries × ${experts} experts, concurrency ${concurrency}, search first: 20\n`,
    );
    console.log(
      table([
        row('search, fan-out via gateway', fanout),
        row(`search, slowest country direct (${slowest.code})`, slowest.r),
        row('search, fan-out via gateway, concurrency 1', fanoutSerial),
        {
          measurement: 'search, slowest country direct, concurrency 1',
          requests: serial * 11,
          errors: 0,
          'req/s': NaN,
          'p50 ms': slowestSerial,
          'p99 ms': NaN,
        },
        {
          measurement: 'search, sum of the 11 countries direct, conc. 1',
          requests: serial * 11,
          errors: 0,
          'req/s': NaN,
          'p50 ms': sumDirect,
          'p99 ms': NaN,
        },
        row('expert(id) via gateway', routed),
        row('expert(id) direct to owner', directLookup),
        row('expert(id) via gateway, concurrency 1', routedSerial),
        row('expert(id) direct to owner, concurrency 1', directLookupSerial),
      ]),
    );
    console.log(
      `\nratios: fan-out p50 / slowest country p50 = ${(fanout.p50 / slowest.r.p50).toFixed(2)} (target <= 1.5); ` +
        `routed lookup p50 / direct p50 = ${(routed.p50 / directLookup.p50).toFixed(2)} (target <= 1.5)\n` +
        `one at a time: fan-out p50 / slowest country p50 = ${(fanoutSerial.p50 / slowestSerial).toFixed(2)}; ` +
        `fan-out p50 / sum of the countries' p50 = ${(fanoutSerial.p50 / sumDirect).toFixed(2)} (all 11 countries share this machine's cores); ` +
        `routed lookup p50 / direct p50 = ${(routedSerial.p50 / directLookupSerial.p50).toFixed(2)}`,
    );
    console.log(
      '\nper-country direct search p50 ms: ' +
        direct.map((d) => `${d.code} ${d.r.p50.toFixed(1)}`).join(', '),
    );
    printCpu(await gatewayCpu(region, auth, Math.max(200, serial)));
  } finally {
    await region.stop();
  }
}

function printCpu(rows: CpuRow[]): void {
  const [all, one] = rows;
  console.log(
    '\nCPU per search from process accounting (/proc/<pid>/stat), one request at a time\n',
  );
  console.log(table(rows));
  const ratio = all['gateway CPU ms/req'] / one['gateway CPU ms/req'];
  console.log(`\ngateway CPU: region-wide / one country = ${ratio.toFixed(2)} (target <= 3)`);
}

/** `--cpu`: what one search costs the gateway's process, on the data `npm start` serves. */
async function cpuBench(uri: string) {
  const experts = option('experts', 200);
  const requests = option('requests', 400);
  const region = await startBenchRegion(uri, experts);
  try {
    printCpu(await gatewayCpu(region, await region.bearer({ role: 'secretariat' }), requests));
  } finally {
    await region.stop();
  }
}

/** `--relevance`: ranking quality on `npm start`'s data (relevance.ts). */
async function relevance(uri: string) {
  const experts = option('experts', 200);
  const region = await startBenchRegion(uri, experts);
  try {
    await relevanceBench(region, uri, benchRegionPrefix(experts), experts, log);
  } finally {
    await region.stop();
  }
}

/**
 * Without MONGODB_URI the benchmark provisions for speed (a real mongod if it can be had, else
 * mongo-java-server before FerretDB: see ProvisionOptions.priority), so it measures this code
 * rather than an emulator's document decoding. `--db ferretdb|java|memory-server` picks one.
 */
function chooseDatabase(): void {
  const choice = args().db;
  if (choice === undefined) return;
  if (!['ferretdb', 'java', 'memory-server'].includes(choice))
    throw new UsageError(`--db must be ferretdb, java or memory-server (got "${choice}")`);
  process.env.EXPERTPOOL_DB = choice;
}

async function main() {
  if (args().help) {
    console.log(USAGE);
    return;
  }
  chooseDatabase();
  const database = await provisionDatabase({ priority: 'speed', log });
  log(`database: ${database.kind}`);
  console.log(
    `database: ${database.kind}${database.kind === 'external' ? '' : " (an emulator: absolute numbers are the emulator's; ratios are what to compare)"}`,
  );
  try {
    if (args().subgraph) await subgraphBench(database.uri);
    else if (args().cpu) await cpuBench(database.uri);
    else if (args().relevance) await relevance(database.uri);
    else if (args().scale)
      await scaleBench(database.uri, {
        sizes: args().sizes,
        requests: option('requests', 200),
        regionExperts: option('experts', 1000),
        log,
      });
    else await regionBench(database.uri);
  } finally {
    await database.stop();
  }
}

runCli('bench', main);
