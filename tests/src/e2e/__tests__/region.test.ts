import {
  MEMBER_CODES,
  SearchStatistics,
  SortKey,
  addStatistics,
  compareKeys,
  decodeSortKey,
} from '@expertpool/shared';
import { RunningRegion, startRegion, stopService } from '../../index';
import { ProxyPool } from '../helpers/proxy';
import { gql } from '../helpers/graphql';
import { visibleCount } from '../helpers/demo';

/**
 * The whole region over real HTTP: 11 country processes and the region subgraph behind the
 * gateway, each country behind a counting proxy so routing is observable. Every request carries
 * a secretariat token, so each country shows the experts who consented to the secretariat
 * (tests/src/e2e/__tests__/ownership.test.ts covers the other audiences).
 */
const SEED = 25;
// Generous per-country timeouts: the embedded database (FerretDB on SQLite) is slow, and these
// tests assert routing and merging, not speed (that is `npm run bench`).
const COUNTRY_TIMEOUT_MS = 30_000;
const LATE = 'TL'; // registered only while the region runs
let region: RunningRegion;
const proxies = new ProxyPool();
const gatewayUrl = () => region.gateway.url;
/** Experts of these countries the secretariat may see. */
const visible = (...countries: string[]) => visibleCount(countries, SEED, 'SECRETARIAT');
/** A GraphQL request as the secretariat. */
const ask = async (url: string, query: string, variables: Record<string, unknown> = {}) =>
  gql(url, query, variables, await region.bearer({ role: 'secretariat' }));

const PAGE = `query Page($filter: ExpertFilter, $first: Int, $after: String, $orderBy: ExpertOrder) {
  experts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor score node { id displayName country { code name } } }
    coverage { country status latencyMs }
  }
}`;

async function walk(url: string, variables: Record<string, unknown>, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let guard = 0; guard < 1000; guard++) {
    const res = await ask(url, PAGE, { ...variables, first, after });
    expect(res.errors).toBeUndefined();
    const conn = res.data!.experts;
    totalCount = conn.totalCount;
    ids.push(...conn.edges.map((e: any) => e.node.id));
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

/**
 * The same page asked of a country directly (which knows nothing of the region's Country fields),
 * with the statistics a ranked text search is scored by (docs/ARCHITECTURE.md §7.6).
 */
const DIRECT_PAGE = PAGE.replace('country { code name }', '')
  .replace('$orderBy: ExpertOrder)', '$orderBy: ExpertOrder, $statistics: SearchStatisticsInput)')
  .replace('orderBy: $orderBy)', 'orderBy: $orderBy, statistics: $statistics)');
const STATISTICS = `query($filter: ExpertFilter) { expertSearchStatistics(filter: $filter) {
  documents forms { word token kind edits documents families } areas { area documents }
  named { area words phrase quality } } }`;

/**
 * The reference: every country queried directly, merged by the shared sort key. A text search
 * is scored as one index over the whole region would score it: with every country's statistics
 * added up, gathered here by hand.
 */
async function referenceMerge(
  variables: Record<string, unknown>,
  order: string,
): Promise<string[]> {
  const keyed: { id: string; key: SortKey }[] = [];
  const registered = [...region.countries].filter(([code]) => region.registryCountries()[code]);
  const filter = variables.filter as { text?: string } | undefined;
  let statistics: SearchStatistics | undefined;
  if (filter?.text && order === 'RELEVANCE') {
    const parts = await Promise.all(
      registered.map(async ([, service]) => {
        const res = await ask(service.url, STATISTICS, { filter });
        expect(res.errors).toBeUndefined();
        return res.data!.expertSearchStatistics as SearchStatistics;
      }),
    );
    statistics = addStatistics(parts);
  }
  for (const [, service] of registered) {
    let after: string | null = null;
    for (;;) {
      const res = await ask(service.url, DIRECT_PAGE, {
        ...variables,
        statistics,
        first: 100,
        after,
      });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.experts;
      keyed.push(
        ...conn.edges.map((e: any) => ({
          id: e.node.id,
          key: decodeSortKey(e.cursor, order as any),
        })),
      );
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
  }
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map((k) => k.id);
}

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    seedExperts: SEED,
    dbPrefix: `e2e${process.pid}`,
    timeoutMs: COUNTRY_TIMEOUT_MS,
    registered: MEMBER_CODES.filter((c) => c !== LATE),
    registryUrlFor: proxies.registryUrlFor,
  });
}, 300_000);

afterAll(async () => {
  await region?.stop();
  await proxies.close();
});

test('a country added to the registry file while running appears without a restart', async () => {
  const before = await ask(gatewayUrl(), PAGE, { first: 1 });
  expect(before.data!.experts.coverage.map((c: any) => c.country)).not.toContain(LATE);

  const late = region.countries.get(LATE)!;
  const url = await proxies.registryUrlFor(LATE, late);
  region.writeRegistry({
    ...region.registryCountries(),
    [LATE]: { url, timeoutMs: COUNTRY_TIMEOUT_MS },
  });

  let seen = false;
  for (let i = 0; i < 100 && !seen; i++) {
    const res = await ask(gatewayUrl(), PAGE, { first: 1, filter: { countries: [LATE] } });
    seen =
      res.data?.experts.coverage.some((c: any) => c.country === LATE && c.status === 'OK') &&
      res.data?.experts.totalCount === visible(LATE);
    if (!seen) await new Promise((r) => setTimeout(r, 200));
  }
  expect(seen).toBe(true);
});

test('the region-wide first page mixes all 11 countries instead of grouping them', async () => {
  const res = await ask(gatewayUrl(), PAGE, { first: 100 });
  expect(res.errors).toBeUndefined();
  const countries = res.data!.experts.edges.map((e: any) => e.node.id.slice(0, 2));
  expect(new Set(countries).size).toBe(11);
  expect(res.data!.experts.totalCount).toBe(visible(...MEMBER_CODES));
  // Grouped results would have at most 10 country changes in 100 rows.
  const changes = countries.filter(
    (c: string, i: number) => i > 0 && c !== countries[i - 1],
  ).length;
  expect(changes).toBeGreaterThan(40);
  // Country names come from the region subgraph through the gateway.
  expect(res.data!.experts.edges.every((e: any) => typeof e.node.country.name === 'string')).toBe(
    true,
  );
});

test.each([
  ['RELEVANCE', {}],
  ['RELEVANCE', { filter: { text: 'management' } }],
  ['RELEVANCE', { filter: { text: 'sucession planning director' } }],
  ['RELEVANCE', { filter: { text: 'digital gov' } }],
  ['NAME', {}],
  ['UPDATED', {}],
])(
  'walking all pages (%s %j) yields totalCount distinct ids in the reference merge order',
  async (orderBy, extra) => {
    const variables = { orderBy, ...extra };
    const { ids, totalCount } = await walk(gatewayUrl(), variables, 25);
    expect(totalCount).toBeGreaterThan(0);
    expect(ids.length).toBe(totalCount);
    expect(new Set(ids).size).toBe(totalCount);
    expect(ids).toEqual(await referenceMerge(variables, orderBy));
  },
);

test("one country's own synonym names the area region-wide, and the walk keeps the reference order", async () => {
  const set = await gql(
    gatewayUrl(),
    `mutation($synonyms: [AreaSynonymInput!]!) {
      setAreaSynonyms(country: TH, synonyms: $synonyms) { area { id } lang text } }`,
    { synonyms: [{ area: 'succession-planning', lang: 'en', text: 'bench strength' }] },
    await region.bearer({ role: 'steward', country: 'TH' }),
  );
  expect(set.errors).toBeUndefined();
  const variables = { orderBy: 'RELEVANCE', filter: { text: 'bench strength' } };
  const { ids, totalCount } = await walk(gatewayUrl(), variables, 25);
  // Found in countries that have no such synonym: every holder of the area the secretariat sees.
  expect(new Set(ids.map((id) => id.slice(0, 2))).size).toBeGreaterThan(3);
  const holders = await ask(
    gatewayUrl(),
    `{ experts(filter: { expertiseAreas: ["succession-planning"] }) { totalCount } }`,
  );
  expect(totalCount).toBe(holders.data!.experts.totalCount);
  expect(ids).toEqual(await referenceMerge(variables, 'RELEVANCE'));
});

const NEED_FIELDS = `competencies { area minLevel } languages { tag minCefr } from to mode
  includeCountries excludeCountries`;

test("a programme's training need, passed as is to matchTrainers, ranks candidates from the countries it includes only", async () => {
  const created = await ask(
    gatewayUrl(),
    `mutation($input: ProgrammeInput!) { createProgramme(input: $input) { id need { ${NEED_FIELDS} } } }`,
    {
      input: {
        title: 'Performance management trainers',
        kind: 'TRAINING',
        host: 'TH',
        startDate: '2027-03-01',
        endDate: '2027-03-05',
        competencies: ['performance-management'],
        need: {
          competencies: [{ area: 'performance-management', minLevel: 2 }],
          languages: [{ tag: 'en', minCefr: 'B1' }],
          from: '2027-03-01',
          to: '2027-03-05',
          mode: 'ONSITE',
          excludeCountries: ['SG', 'MY'],
        },
      },
    },
  );
  expect(created.errors).toBeUndefined();
  const need = created.data!.createProgramme.need;
  proxies.reset();
  const res = await ask(
    gatewayUrl(),
    `query($need: TrainingNeedInput!) { matchTrainers(need: $need, first: 50) { totalCount
      edges { score node { id } match { competencies { area { id } minLevel level met } languages { tag cefr met } } }
      coverage { country status } } }`,
    { need },
  );
  expect(res.errors).toBeUndefined();
  const matched = res.data!.matchTrainers;
  // Excluded countries are not asked at all, and not reported as missing either.
  expect(proxies.asked()).not.toContain('SG');
  expect(proxies.asked()).not.toContain('MY');
  expect(matched.coverage.map((c: any) => c.country)).not.toContain('SG');
  expect(matched.edges.length).toBeGreaterThan(0);
  const scores = matched.edges.map((e: any) => e.score);
  expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  for (const edge of matched.edges) {
    expect(['SG', 'MY']).not.toContain(edge.node.id.slice(0, 2));
    // Every candidate holds the competency at the needed level, and the explanation says so.
    expect(edge.match.competencies).toEqual([
      expect.objectContaining({ area: { id: 'performance-management' }, minLevel: 2, met: true }),
    ]);
    expect(edge.match.competencies[0].level).toBeGreaterThanOrEqual(2);
  }
});

test('expert(id) reaches only its owner', async () => {
  const { data } = await ask(region.countries.get('MY')!.url, DIRECT_PAGE, { first: 1 });
  const id = data!.experts.edges[0].node.id;
  proxies.reset();
  const res = await ask(gatewayUrl(), `query($id: ID!) { expert(id: $id) { id displayName } }`, {
    id,
  });
  expect(res.data!.expert.id).toBe(id);
  expect(proxies.asked()).toEqual(['MY']);
});

test('programmes resolve trainers from at least three countries with one request per country', async () => {
  proxies.reset();
  const res = await ask(
    gatewayUrl(),
    `{ programmes { id title engagements { role expert { id displayName position { title } } } } }`,
  );
  expect(res.errors).toBeUndefined();
  const experts = res
    .data!.programmes.flatMap((p: any) => p.engagements.map((e: any) => e.expert))
    .filter(Boolean);
  const owners = new Set(experts.map((e: any) => e.id.slice(0, 2)));
  expect(owners.size).toBeGreaterThanOrEqual(3);
  expect(experts.every((e: any) => typeof e.displayName === 'string')).toBe(true);
  for (const owner of owners) expect(proxies.get(owner as string)!.requests).toBe(1);
  for (const [code, proxy] of proxies.byCountry)
    if (!owners.has(code)) expect(proxy.requests).toBe(0);
});

test('facets are the sum of the countries', async () => {
  const res = await ask(
    gatewayUrl(),
    `{ expertFacets { total byCountry { value count } byBand { value count } coverage { country status } } }`,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.expertFacets.total).toBe(visible(...MEMBER_CODES));
  expect(res.data!.expertFacets.byCountry).toHaveLength(11);
  expect(res.data!.expertFacets.byBand.reduce((s: number, b: any) => s + b.count, 0)).toBe(
    visible(...MEMBER_CODES),
  );
});

test('bad input through the gateway is one BAD_USER_INPUT error, not an outage', async () => {
  const tooMany = await ask(gatewayUrl(), PAGE, { first: 500 });
  // Refused by the gateway before anything runs (no fan-out), hence no data at all.
  expect(tooMany.status).toBe(400);
  expect(tooMany.data).toBeUndefined();
  expect(tooMany.errors).toHaveLength(1);
  expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  expect(tooMany.errors![0].message).toMatch(/first must be from 0 to 100/);

  const forged = Buffer.from(
    JSON.stringify({ g: 1, o: 'RELEVANCE', p: { MY: [{ $ne: null }, 'x'] } }),
  ).toString('base64url');
  const badCursor = await ask(gatewayUrl(), PAGE, { first: 5, after: forged });
  expect(badCursor.errors!.map((e) => e.extensions!.code)).toEqual(['BAD_USER_INPUT']);

  const badId = await ask(gatewayUrl(), `{ expert(id: "MY:{$ne:1}") { id } }`);
  expect(badId.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

  // The region still answers normally afterwards.
  const ok = await ask(gatewayUrl(), PAGE, { first: 5 });
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.experts.edges).toHaveLength(5);
});

test('a country slower than its timeoutMs is marked TIMEOUT and the answer comes within the timeout', async () => {
  const slow = proxies.get('SG')!;
  const timeoutMs = 1000;
  region.writeRegistry({ ...region.registryCountries(), SG: { url: slow.url, timeoutMs } });
  await new Promise((r) => setTimeout(r, 1500)); // the gateway picks the change up from the file
  slow.delayMs = 10_000;
  try {
    // Two countries only, so the answer time is the timeout, not the embedded database's speed.
    const res = await ask(gatewayUrl(), PAGE, { first: 10, filter: { countries: ['SG', 'MY'] } });
    const sg = res.data!.experts.coverage.find((c: any) => c.country === 'SG');
    expect(sg.status).toBe('TIMEOUT');
    expect(res.ms).toBeLessThan(timeoutMs + 1500);
    expect(res.data!.experts.totalCount).toBe(visible('MY'));
    expect(
      res.errors!.some(
        (e) => e.extensions?.code === 'COUNTRY_UNAVAILABLE' && e.extensions?.country === 'SG',
      ),
    ).toBe(true);

    // A text search: SG misses the statistics phase and is not asked for a page it could not
    // rank with the region's statistics; its part is reported missing, MY's is there.
    proxies.reset();
    const text = await ask(gatewayUrl(), PAGE, {
      first: 10,
      filter: { countries: ['SG', 'MY'], text: 'management' },
    });
    expect(text.data!.experts.coverage.find((c: any) => c.country === 'SG').status).toBe('TIMEOUT');
    expect(slow.requests).toBe(1);
    expect(proxies.get('MY')!.requests).toBe(2);
    expect(text.data!.experts.edges.length).toBeGreaterThan(0);
  } finally {
    slow.delayMs = 0;
  }
});

test('a killed country gives partial results marked UNAVAILABLE, the rest intact', async () => {
  await stopService(region.countries.get('KH')!);
  const res = await ask(gatewayUrl(), PAGE, {
    first: 50,
    filter: { countries: ['KH', 'ID', 'TH'] },
  });
  const coverage = Object.fromEntries(
    res.data!.experts.coverage.map((c: any) => [c.country, c.status]),
  );
  expect(coverage).toEqual({ ID: 'OK', KH: 'UNAVAILABLE', TH: 'OK' });
  expect(res.data!.experts.totalCount).toBe(visible('ID', 'TH'));
  expect(res.data!.experts.edges.every((e: any) => !e.node.id.startsWith('KH:'))).toBe(true);
  expect(res.errors!.find((e) => e.extensions?.country === 'KH')!.extensions!.code).toBe(
    'COUNTRY_UNAVAILABLE',
  );
  const byId = await ask(gatewayUrl(), `{ expert(id: "KH:abcdefghij") { id } }`);
  expect(byId.data!.expert).toBeNull();
  expect(byId.errors![0].extensions!.code).toBe('COUNTRY_UNAVAILABLE');
});
