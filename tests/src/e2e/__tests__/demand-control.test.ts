import { ErrorCode } from '@expertpool/shared';
import {
  RunningRegion,
  Service,
  startRegion,
  startService,
  stopService,
  waitHealthy,
} from '../../index';
import { GraphQLResult, gql } from '../helpers/graphql';
import { ProxyPool } from '../helpers/proxy';

/**
 * Demand control over real HTTP (issue 9, findings 1 and 3): a region whose gateway runs with
 * the default limits and budgets, each country behind a counting proxy, replaying the requests
 * that took the region down; and a second gateway over the same registry with small budgets, to
 * see the cost budgets refuse with 429.
 */
const COUNTRIES = ['ID', 'MY', 'SG', 'TH'];
let region: RunningRegion;
let budgeted: Service;
const proxies = new ProxyPool();

/** The gateway's defaults: blank values are unset (startRegion turns limits off otherwise). */
const DEFAULTS = {
  RATE_LIMIT_PER_ADDRESS: '',
  RATE_LIMIT_PER_TOKEN: '',
  COST_PER_MINUTE_PER_ADDRESS: '',
  COST_PER_MINUTE_PER_TOKEN: '',
};

const SEARCH = '{ experts(first: 3) { totalCount coverage { country status } } }';

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: COUNTRIES,
    seedExperts: 10,
    dbPrefix: `demand${process.pid}`,
    timeoutMs: 30_000,
    registryUrlFor: proxies.registryUrlFor,
    env: DEFAULTS,
  });
  budgeted = startService('gateway-budget', 'gateway/dist/main.js', 0, {
    REGISTRY: region.registryPath,
    JWT_SECRET: region.jwtSecret,
    JWT_ISSUERS_FILE: '',
    HEALTH_PORT: '',
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
    MAX_COST: '2000',
    COST_PER_MINUTE_PER_ADDRESS: '4000',
    COST_PER_MINUTE_PER_TOKEN: '2000',
  });
  await waitHealthy(budgeted);
}, 300_000);

afterAll(async () => {
  if (budgeted) await stopService(budgeted);
  await region?.stop();
  await proxies.close();
});

beforeEach(() => proxies.reset());

/** Another user's search still reaches every country, and every breaker is closed. */
async function othersStillServed(): Promise<void> {
  const res = await gql(
    region.gateway.url,
    SEARCH,
    {},
    await region.bearer({ role: 'secretariat' }),
  );
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data!.experts.coverage).toEqual(
    COUNTRIES.map((country) => ({ country, status: 'OK' })),
  );
  const ready = await fetch(`http://127.0.0.1:${region.gateway.port}/health/ready`);
  expect(await ready.json()).toEqual({ status: 'ready' });
}

/** Refused before it ran: a 400, no data, at most one request reaching any country. */
function expectRefusedUpFront(res: GraphQLResult): void {
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  // Refused by the cost estimate, or earlier by a document limit (aliases, tokens).
  expect([
    ErrorCode.QUERY_TOO_COMPLEX,
    'GRAPHQL_VALIDATION_FAILED',
    'GRAPHQL_PARSE_FAILED',
  ]).toContain(res.errors?.[0]?.extensions?.code);
  for (const [country, proxy] of proxies.byCountry)
    expect({ country, atMostOne: proxy.requests <= 1 }).toEqual({ country, atMostOne: true });
}

const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

test('finding 1: 600 aliases of experts(first: 0) without a token are refused within 1 s', async () => {
  const query = aliases(600, 'experts(first: 0) { totalCount }');
  expect(query.length).toBeGreaterThan(20_000);
  const res = await gql(region.gateway.url, query);
  expectRefusedUpFront(res);
  expect(res.ms).toBeLessThan(1000);
  await othersStillServed();
});

test('finding 1: 2,000 expertFacets { total } are refused within 1 s', async () => {
  const res = await gql(region.gateway.url, aliases(2000, 'expertFacets { total }'));
  expectRefusedUpFront(res);
  expect(res.ms).toBeLessThan(1000);
  await othersStillServed();
});

test('the estimate refuses a region-wide request on its own, naming its cost', async () => {
  // Few aliases, each one a different search: nothing to coalesce, 4 countries each.
  const distinct = `{ ${Array.from(
    { length: 10 },
    (_, i) =>
      `a${i}: experts(first: 100, filter: { text: "t${i}" }) { edges { node { id expertise { area { id } } } } }`,
  ).join(' ')} }`;
  const res = await gql(region.gateway.url, distinct);
  expectRefusedUpFront(res);
  expect(res.errors![0].extensions!.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
  expect(res.errors![0].message).toMatch(/^Query cost \d+ exceeds the limit of 50000\.$/);
  expect(proxies.asked()).toEqual([]);
  await othersStillServed();
});

/** `{ ...F0 } fragment F0 on Query { ...F1 } …`, n fragments long. */
const chain = (n: number) =>
  `{ ...F0 } ${Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Query { ${i === n - 1 ? 'countries { code }' : `...F${i + 1}`} }`,
  ).join(' ')}`;

test('finding 3: a chain of 3,000 fragments is a 400 refusal, not a 500', async () => {
  const res = await gql(region.gateway.url, chain(3000));
  expectRefusedUpFront(res);
  expect(proxies.asked()).toEqual([]);
  // A chain short enough for every document limit is refused by MAX_FRAGMENT_DEPTH (50).
  const short = await gql(region.gateway.url, chain(60));
  expectRefusedUpFront(short);
  expect(short.errors![0].extensions!.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
  expect(short.errors![0].message).toBe(
    'Fragments spread fragments 60 deep, beyond the limit of 50.',
  );
  const within = await gql(region.gateway.url, chain(50));
  expect(within.status).toBe(200);
  expect(within.data!.countries.length).toBeGreaterThan(0);
  await othersStillServed();
});

describe('cost budgets (MAX_COST 2000; 4000 a minute per address, 2000 per token)', () => {
  // 4 countries × (experts 100 + 20 edges × (edge 1 + node 1)) = 560; the budgets refill at
  // 33 and 67 a second, far slower than these requests follow each other.
  const query = '{ experts(first: 20) { edges { node { id } } } }';

  test('over the token budget, then the address budget: 429 RATE_LIMITED with Retry-After', async () => {
    const token = await region.bearer({ role: 'secretariat' });
    for (let i = 0; i < 3; i++) {
      const res = await gql(budgeted.url, query, {}, token);
      expect({ i, status: res.status, errors: res.errors }).toEqual({
        i,
        status: 200,
        errors: undefined,
      });
    }
    const response = await fetch(budgeted.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...token },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as { errors: { message: string; extensions: any }[] };
    expect(body.errors[0].extensions.code).toBe(ErrorCode.RATE_LIMITED);
    expect(body.errors[0].message).toMatch(/with this token: this request costs 560/);

    // The address has 4000 - 3 × 560 left: four more without the token, then refused.
    for (let i = 0; i < 4; i++) expect((await gql(budgeted.url, query)).status).toBe(200);
    const byAddress = await gql(budgeted.url, query);
    expect(byAddress.status).toBe(429);
    expect(byAddress.errors![0].message).toMatch(/from this address/);

    // Free requests are never refused by cost.
    expect((await gql(budgeted.url, '{ __typename }')).status).toBe(200);
    await othersStillServed();
  });
});
