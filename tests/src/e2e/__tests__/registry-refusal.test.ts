import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { generateSecret, signDevToken } from '@expertpool/shared';
import { Service, startService, stopService, waitHealthy } from '../../index';
import { gql } from '../helpers/graphql';

/**
 * A country whose schema does not match the composed `experts` schema is refused with a clear
 * log line and never queried; the rest of the region keeps answering. A broken registry edit is
 * ignored (with a log line) and the region keeps the registry it had.
 */
const SEED = 8;
const DB = `refusal${process.pid}`;
const TIMEOUT_MS = 30_000; // the embedded database is slow; these tests are about routing
const JWT_SECRET = generateSecret();
// MY's own steward: every MY expert is visible, so counts are about routing, not consent.
// Signed in beforeAll: signing is asynchronous.
let AUTH: Record<string, string>;

/** An `experts` subgraph that is not this project's: same entity name and key, other fields. */
const FAKE_TYPE_DEFS = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

  type Query {
    experts(first: Int): [Expert!]!
    expert(id: ID!): Expert
  }

  type Expert @key(fields: "id") {
    id: ID!
    nickname: String
    salary: Int
  }
`);

const started: Service[] = [];
let dir: string;
let registryPath: string;
let region: Service;
let my: Service;
let gateway: Service;
let fake: ApolloServer;
let fakeUrl: string;
/** Every operation the fake country received. */
const fakeQueries: string[] = [];
const fakeDataQueries = () => fakeQueries.filter((q) => !q.includes('_service'));

function writeRegistry(text: string): void {
  // Write then rename, as an operator's tooling would.
  writeFileSync(`${registryPath}.tmp`, text);
  renameSync(`${registryPath}.tmp`, registryPath);
}

async function waitForOutput(
  service: Service,
  match: (line: string) => boolean,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = service.output.find(match);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `no such line from ${service.name} within ${timeoutMs} ms:\n${service.output.join('\n')}`,
  );
}

// The details are on the gateway's health details listener (HEALTH_PORT); its public port says
// only "degraded".
const readiness = async () =>
  (await fetch(`${gateway.healthUrl}/ready`)).json() as Promise<{
    status: string;
    countries: { country: string; schema: string; reason: string | null }[];
  }>;

const PAGE = /* GraphQL */ `
  query Page($filter: ExpertFilter) {
    experts(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          displayName
        }
      }
      coverage {
        country
        status
      }
    }
  }
`;

beforeAll(async () => {
  AUTH = {
    authorization: `Bearer ${await signDevToken({ role: 'steward', country: 'MY' }, JWT_SECRET, 3600)}`,
  };
  fake = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: FAKE_TYPE_DEFS,
      resolvers: {
        Query: {
          experts: () => [{ id: 'PH:fake0001', nickname: 'fake', salary: 1 }],
          expert: () => null,
        },
      },
    }),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      { requestDidStart: async ({ request }) => void fakeQueries.push(request.query ?? '') },
    ],
  });
  ({ url: fakeUrl } = await startStandaloneServer(fake, {
    listen: { port: 0, host: '127.0.0.1' },
  }));

  const mongodbUri = process.env.MONGODB_URI!;
  region = startService('region', 'subgraphs/region/dist/main.js', 0, {
    MONGODB_URI: mongodbUri,
    MONGODB_DB: `${DB}_region`,
    JWT_SECRET,
  });
  started.push(region);
  my = startService('MY', 'subgraphs/country/dist/main.js', 0, {
    MONGODB_URI: mongodbUri,
    MONGODB_DB: `${DB}_my`,
    COUNTRY: 'MY',
    SEED_EXPERTS: String(SEED),
    JWT_SECRET,
  });
  started.push(my);
  await Promise.all([waitHealthy(region), waitHealthy(my)]);

  dir = mkdtempSync(join(tmpdir(), 'expertpool-refusal-'));
  registryPath = join(dir, 'registry.json');
  writeRegistry(
    JSON.stringify({
      region: { url: region.url },
      // The impostor is listed first: it must not become the region's experts schema.
      countries: {
        PH: { url: fakeUrl, timeoutMs: TIMEOUT_MS },
        MY: { url: my.url, timeoutMs: TIMEOUT_MS },
      },
    }),
  );
  gateway = startService('gateway', 'gateway/dist/main.js', 0, {
    REGISTRY: registryPath,
    JWT_SECRET,
    HEALTH_PORT: '0',
  });
  started.push(gateway);
  await waitHealthy(gateway);
}, 240_000);

afterAll(async () => {
  await Promise.all(started.map((s) => stopService(s)));
  await fake?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the incompatible country is refused with a log line saying why', async () => {
  const line = await waitForOutput(gateway, (l) => l.includes('PH') && l.includes('REFUSED'));
  expect(line).toContain('schema differs');
  expect(line).toContain(fakeUrl);
  await waitForOutput(gateway, (l) => l.includes('MY') && l.includes('accepted'));
  // The gateway only ever asked the fake for its schema.
  expect(fakeQueries.length).toBeGreaterThan(0);
  expect(fakeDataQueries()).toEqual([]);
});

test('a query naming the refused country answers with the others and marks it UNAVAILABLE', async () => {
  const res = await gql(gateway.url, PAGE, { filter: { countries: ['MY', 'PH'] } }, AUTH);
  const conn = res.data!.experts;
  expect(conn.totalCount).toBe(SEED);
  expect(conn.edges).toHaveLength(SEED);
  expect(
    conn.edges.every(
      (e: any) => e.node.id.startsWith('MY:') && typeof e.node.displayName === 'string',
    ),
  ).toBe(true);
  expect(conn.coverage).toEqual([
    { country: 'MY', status: 'OK' },
    { country: 'PH', status: 'UNAVAILABLE' },
  ]);
  const unavailable = (res.errors ?? []).filter(
    (e) => e.extensions?.code === 'COUNTRY_UNAVAILABLE',
  );
  expect(unavailable).toHaveLength(1);
  expect(unavailable[0].extensions?.country).toBe('PH');
  expect(unavailable[0].message).toMatch(/PH is refused by the gateway: schema differs/);
  expect(unavailable[0].path).toEqual(['experts']);
  expect(fakeDataQueries()).toEqual([]);
});

test('nothing is routed to the refused country: not region-wide queries, facets nor ids', async () => {
  const all = await gql(gateway.url, PAGE, {}, AUTH);
  expect(all.data!.experts.totalCount).toBe(SEED);
  expect(all.data!.experts.coverage).toContainEqual({ country: 'MY', status: 'OK' });
  // Left out, and the answer says so.
  expect(all.data!.experts.coverage).toContainEqual({ country: 'PH', status: 'UNAVAILABLE' });

  const facets = await gql(
    gateway.url,
    '{ expertFacets(filter: { countries: [PH, MY] }) { total coverage { country status } } }',
    {},
    AUTH,
  );
  expect(facets.data!.expertFacets.total).toBe(SEED);
  expect(facets.data!.expertFacets.coverage).toContainEqual({
    country: 'PH',
    status: 'UNAVAILABLE',
  });

  const one = await gql(
    gateway.url,
    'query($id: ID!) { expert(id: $id) { id } }',
    {
      id: 'PH:fake0001',
    },
    AUTH,
  );
  expect(one.data!.expert).toBeNull();
  expect(one.errors?.[0]?.extensions).toMatchObject({ code: 'COUNTRY_UNAVAILABLE', country: 'PH' });

  expect(fakeDataQueries()).toEqual([]);
});

test('GET /health/ready lists the refused country and its reason', async () => {
  const ready = await readiness();
  expect(ready.status).toBe('degraded');
  expect(ready.countries.map((c) => [c.country, c.schema])).toEqual([
    ['MY', 'accepted'],
    ['PH', 'refused'],
  ]);
  expect(ready.countries.find((c) => c.country === 'PH')!.reason).toMatch(/schema differs/);
});

test('a registry rewritten with invalid JSON is ignored with a log line; queries keep working', async () => {
  writeRegistry('{ "region": { "url": ');
  const line = await waitForOutput(gateway, (l) => l.includes('registry change ignored'));
  expect(line).toMatch(/not valid JSON/);

  const res = await gql(gateway.url, PAGE, { filter: { countries: ['MY'] } }, AUTH);
  expect(res.errors).toBeUndefined();
  expect(res.data!.experts.totalCount).toBe(SEED);
  expect(res.data!.experts.coverage).toEqual([{ country: 'MY', status: 'OK' }]);

  // The region is the one it had: MY accepted, PH still refused.
  const ready = await readiness();
  expect(ready.countries.map((c) => [c.country, c.schema])).toEqual([
    ['MY', 'accepted'],
    ['PH', 'refused'],
  ]);
  expect(gateway.process.exitCode).toBeNull();
  expect(fakeDataQueries()).toEqual([]);
});
