import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { generateSecret, signDevToken } from '@expertpool/shared';
import { Service, startService, stopService, waitHealthy } from '../../index';
import { visibleCount } from '../helpers/demo';
import { GraphQLResult, gql } from '../helpers/graphql';

/**
 * Plain mode (SUPERGRAPH=<file>): with no registry the gateway is an ordinary federation gateway
 * over a fixed supergraph. Here the supergraph names ONE country instance as the `experts`
 * subgraph, so every answer (coverage included) comes straight from that instance; the gateway
 * must answer exactly as a stock Apollo Gateway over the same supergraph does.
 */
const COUNTRY = 'MY';
// The region's demo trainers are the first 20 experts of a country: with 20 they all exist.
const SEED = 20;
const DB = `plain${process.pid}`;
const JWT_SECRET = generateSecret();
// Every request is the secretariat's: both gateways forward the token and the country decides.
// Signed in beforeAll: signing is asynchronous.
let AUTH: Record<string, string>;
/** The demo experts of MY who consented to the secretariat. */
const VISIBLE = visibleCount([COUNTRY], SEED, 'SECRETARIAT');

const started: Service[] = [];
let dir: string;
let country: Service;
let gateway: Service;
let stock: ApolloServer;
let stockUrl: string;

async function sdlOf(url: string): Promise<string> {
  const res = await gql<{ _service: { sdl: string } }>(url, '{ _service { sdl } }', {}, AUTH);
  expect(res.errors).toBeUndefined();
  return res.data!._service.sdl;
}

beforeAll(async () => {
  AUTH = {
    authorization: `Bearer ${await signDevToken({ role: 'secretariat' }, JWT_SECRET, 3600)}`,
  };
  const mongodbUri = process.env.MONGODB_URI!;
  const region = startService('region', 'subgraphs/region/dist/main.js', 0, {
    MONGODB_URI: mongodbUri,
    MONGODB_DB: `${DB}_region`,
    JWT_SECRET,
  });
  started.push(region);
  country = startService(COUNTRY, 'subgraphs/country/dist/main.js', 0, {
    MONGODB_URI: mongodbUri,
    MONGODB_DB: `${DB}_${COUNTRY.toLowerCase()}`,
    COUNTRY,
    SEED_EXPERTS: String(SEED),
    JWT_SECRET,
  });
  started.push(country);
  await Promise.all([waitHealthy(region), waitHealthy(country)]);

  const composed = composeServices([
    { name: 'region', url: region.url, typeDefs: parse(await sdlOf(region.url)) },
    { name: 'experts', url: country.url, typeDefs: parse(await sdlOf(country.url)) },
  ]);
  if (composed.errors)
    throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  const supergraphSdl = composed.supergraphSdl;
  dir = mkdtempSync(join(tmpdir(), 'expertpool-plain-'));
  const supergraphPath = join(dir, 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraphSdl);

  gateway = startService('gateway', 'gateway/dist/main.js', 0, {
    SUPERGRAPH: supergraphPath,
    JWT_SECRET,
  });
  started.push(gateway);

  // The reference: a stock gateway over the same supergraph, in this process, forwarding the
  // caller's token as ours does (a stock gateway forwards no headers unless told to).
  stock = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl,
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource<{ authorization?: string }>({
          url,
          willSendRequest({ request, context }) {
            if (context.authorization)
              request.http?.headers.set('authorization', context.authorization);
          },
        }),
    }),
  });
  ({ url: stockUrl } = await startStandaloneServer(stock, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  }));
  await waitHealthy(gateway);
}, 240_000);

afterAll(async () => {
  await stock?.stop();
  await Promise.all(started.map((s) => stopService(s)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Stack traces are debug output whose frames differ between two processes; nothing else may. */
function withoutStacks(result: GraphQLResult): unknown {
  const { ms: _ms, ...rest } = result;
  return JSON.parse(JSON.stringify(rest), (key, value) =>
    key === 'stacktrace' ? undefined : value,
  );
}

/** Asks both gateways and checks the answers are the same JSON; returns the plain gateway's. */
async function same(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult> {
  const [ours, theirs] = await Promise.all([
    gql(gateway.url, query, variables, AUTH),
    gql(stockUrl, query, variables, AUTH),
  ]);
  expect(withoutStacks(ours)).toEqual(withoutStacks(theirs));
  return ours;
}

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $orderBy: ExpertOrder) {
    experts(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        score
        node {
          id
          displayName
          country {
            code
            name
            agency
          }
          position {
            title
            band
          }
        }
      }
      coverage {
        country
        status
      }
    }
  }
`;

test('an experts page with Country fields from the region subgraph', async () => {
  const res = await same(PAGE, { first: 7 });
  expect(res.errors).toBeUndefined();
  const conn = res.data!.experts;
  expect(conn.totalCount).toBe(VISIBLE);
  expect(conn.edges).toHaveLength(7);
  expect(conn.pageInfo.hasNextPage).toBe(true);
  for (const edge of conn.edges) {
    expect(edge.node.id).toMatch(/^MY:/);
    expect(edge.node.country).toMatchObject({ code: 'MY', name: 'Malaysia' });
  }
  // In plain mode coverage is the one instance's own, not a region-wide view.
  expect(conn.coverage).toEqual([{ country: 'MY', status: 'OK' }]);

  // Page 2 through the instance's own cursor, ordered by name this time.
  const byName = await same(PAGE, { first: 10, orderBy: 'NAME' });
  const next = await same(PAGE, {
    first: 10,
    orderBy: 'NAME',
    after: byName.data!.experts.pageInfo.endCursor,
  });
  const ids = [...byName.data!.experts.edges, ...next.data!.experts.edges].map(
    (e: any) => e.node.id,
  );
  expect(new Set(ids).size).toBe(VISIBLE);
});

test('expert(id), a missing id and a malformed id', async () => {
  const first = await gql(country.url, '{ experts(first: 1) { edges { node { id } } } }', {}, AUTH);
  const id = first.data!.experts.edges[0].node.id as string;
  const EXPERT =
    'query E($id: ID!) { expert(id: $id) { id displayName updatedAt country { code localName } expertise { area { id label } level } withheldFields } }';

  const found = await same(EXPERT, { id });
  expect(found.errors).toBeUndefined();
  expect(found.data!.expert).toMatchObject({ id, country: { code: 'MY', localName: 'Malaysia' } });

  const missing = await same(EXPERT, { id: 'MY:zzzzzzzzzz' });
  expect(missing.data!.expert).toBeNull();

  const malformed = await same(EXPERT, { id: 'not-an-id' });
  expect(malformed.data?.expert ?? null).toBeNull();
  expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('programmes with engagements resolving experts through _entities', async () => {
  const res = await same(/* GraphQL */ `
    {
      programmes {
        id
        title
        host {
          code
          name
        }
        engagements {
          role
          expert {
            id
            displayName
          }
        }
      }
    }
  `);
  const programmes = res.data!.programmes as {
    engagements: { expert: { id: string; displayName: string } | null }[];
  }[];
  expect(programmes.length).toBeGreaterThan(0);
  // The single instance owns MY's trainers: those resolve, with names.
  const mine = programmes
    .flatMap((p) => p.engagements.map((e) => e.expert))
    .filter((e) => e?.id.startsWith('MY:'));
  expect(mine.length).toBeGreaterThan(0);
  for (const expert of mine) expect(typeof expert!.displayName).toBe('string');
});

test('facets come from the one instance', async () => {
  const res = await same(
    '{ expertFacets { total byCountry { value count } byBand { value count } coverage { country status } } }',
  );
  expect(res.data!.expertFacets.total).toBe(VISIBLE);
  expect(res.data!.expertFacets.byCountry).toEqual([{ value: 'MY', count: VISIBLE }]);
});

test('a validation error is the same error', async () => {
  const res = await same('{ experts(first: 2) { edges { node { id salary } } } }');
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(res.errors![0].message).toMatch(/salary/);
});

test('a bad argument value is the same error', async () => {
  const res = await same(PAGE, { first: 3, orderBy: 'SALARY' });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
