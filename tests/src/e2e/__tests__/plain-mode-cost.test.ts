import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { generateSecret } from '@expertpool/shared';
import { Service, startService, stopService, waitHealthy } from '../../index';
import {
  BENCHMARK_QUERY,
  BENCHMARK_SUBGRAPHS,
  RunningSubgraphs,
  SIMILAR_ACCOUNTS_QUERY,
  SIMILAR_ACCOUNTS_SUBGRAPHS,
  Subgraph,
  startSubgraphs,
} from '../helpers/benchmark-subgraphs';
import { gql } from '../helpers/graphql';

/**
 * Issue 9, finding 7: the cost model refused valid queries of graphs that are not ours. In
 * plain mode with default settings (only a dev secret set, which the gateway requires), our
 * gateway over a supergraph that declares no cost must answer the public
 * graphql-gateways-benchmark query and a three-level nested list exactly as a stock Apollo
 * Gateway over the same supergraph does.
 */
interface Graph {
  subgraphs: RunningSubgraphs;
  ours: Service;
  stock: ApolloServer;
  stockUrl: string;
}

let dir: string;
const graphs = new Map<string, Graph>();

async function startGraph(name: string, definitions: Subgraph[]): Promise<void> {
  const subgraphs = await startSubgraphs(definitions);
  const composed = composeServices(
    subgraphs.served.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.typeDefs) })),
  );
  if (composed.errors)
    throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  const path = join(dir, `${name}.graphql`);
  writeFileSync(path, composed.supergraphSdl);
  const ours = startService(`gateway-${name}`, 'gateway/dist/main.js', 0, {
    SUPERGRAPH: path,
    JWT_SECRET: generateSecret(),
    JWT_ISSUERS_FILE: '',
  });
  const stock = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }),
  });
  const { url: stockUrl } = await startStandaloneServer(stock, {
    listen: { port: 0, host: '127.0.0.1' },
  });
  graphs.set(name, { subgraphs, ours, stock, stockUrl });
  await waitHealthy(ours);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'expertpool-plain-cost-'));
  await startGraph('benchmark', BENCHMARK_SUBGRAPHS);
  await startGraph('accounts', SIMILAR_ACCOUNTS_SUBGRAPHS);
}, 120_000);

afterAll(async () => {
  for (const graph of graphs.values()) {
    await stopService(graph.ours);
    await graph.stock.stop();
    await graph.subgraphs.stop();
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Both gateways' answers, which must be the same JSON; returns ours. */
async function same(graph: string, query: string) {
  const { ours, stockUrl } = graphs.get(graph)!;
  const [mine, theirs] = await Promise.all([gql(ours.url, query), gql(stockUrl, query)]);
  const { ms: _a, ...a } = mine;
  const { ms: _b, ...b } = theirs;
  expect(a).toEqual(b);
  return mine;
}

test('the graphql-gateways-benchmark query is answered as stock @apollo/gateway answers it', async () => {
  const res = await same('benchmark', BENCHMARK_QUERY);
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data!.users).toHaveLength(5);
  expect(res.data!.topProducts).toHaveLength(5);
  // Four levels of lists resolved across all four subgraphs, @requires included.
  const review = res.data!.users[0].reviews[0];
  expect(review.product.reviews[0].author.reviews[0].product).toMatchObject({
    name: expect.any(String),
    inStock: expect.any(Boolean),
  });
  expect(res.data!.topProducts[4].shippingEstimate).toBe(0); // the rug: free above 1000
  expect(JSON.stringify(res.data).length).toBeGreaterThan(20_000);
});

test('a three-level nested list without pagination arguments is answered as stock answers it', async () => {
  const res = await same('accounts', SIMILAR_ACCOUNTS_QUERY);
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data!.accounts).toHaveLength(6);
  expect(res.data!.accounts[0].similarAccounts[0].similarAccounts).toEqual([
    { name: 'Chai' },
    { name: 'Dara' },
  ]);
});

test('what the defaults still refuse in plain mode: a deeper nesting of unsized lists', async () => {
  // accounts × 10 × 10 × 10 × 10 × 10 at the assumed list size of 10: far over MAX_COST.
  const deeper = `{ accounts { ${'similarAccounts { '.repeat(5)}name${' }'.repeat(5)} } }`;
  const res = await gql(graphs.get('accounts')!.ours.url, deeper);
  expect(res.status).toBe(400);
  expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(res.errors?.[0]?.message).toBe('Query cost 1111110 exceeds the limit of 50000.');
});
