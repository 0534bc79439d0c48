import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { getIntrospectionQuery, parse } from 'graphql';
import {
  ErrorCode,
  GATEWAY_DOCUMENT_LIMITS,
  Listening,
  generateSecret,
  silentLogger,
} from '@expertpool/shared';
import { GatewayConfig } from '../../config';
import { GatewayServer, createServer } from '../../server';

/**
 * The gateway's production switches, in process: a plain (supergraph-mode) gateway over a fake
 * subgraph whose `boom` field fails with an internal error (a driver message and a stack).
 */
const SECRET = 'MongoServerError: E11000 duplicate key in experts.salary at /srv/app/db.js:42';
const SUBGRAPH_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
  type Query { ok: String boom: String }
`;

let subgraph: http.Server;
let dir: string;
const running: { server: GatewayServer; listening: Listening }[] = [];

async function gateway(production: boolean): Promise<string> {
  const config: GatewayConfig = {
    mode: { kind: 'supergraph', path: join(dir, 'supergraph.graphql') },
    port: 0,
    host: '127.0.0.1',
    production,
    maxBodyBytes: 1024 * 1024,
    documentLimits: GATEWAY_DOCUMENT_LIMITS,
    queryLimits: {
      maxDepth: 12,
      maxFragmentDepth: 50,
      maxCost: 20_000,
      maxFirst: 100,
      assumedListSize: 10,
    },
    rateLimits: { perAddress: 0, perToken: 0 },
    costBudgets: { perAddress: 0, perToken: 0 },
    auth: { kind: 'hs256', secret: generateSecret() },
  };
  const server = await createServer(config, silentLogger());
  const listening = await server.listen(0);
  running.push({ server, listening });
  return listening.url;
}

async function post(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await fetch(url, { method: 'POST', headers, body });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: any;
      errors?: { message: string; extensions?: Record<string, any> }[];
    },
  };
}
const query = (url: string, q: string) => post(url, JSON.stringify({ query: q }));

let prod: string;
let dev: string;
let errorLog: jest.SpyInstance;

beforeAll(async () => {
  errorLog = jest.spyOn(console, 'error').mockImplementation(() => {});
  subgraph = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      const fails = text.includes('boom');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          fails
            ? {
                data: { ok: 'fine', boom: null },
                errors: [
                  {
                    message: SECRET,
                    path: ['boom'],
                    extensions: {
                      stacktrace: [`Error: ${SECRET}`, '    at find (/srv/app/db.js:42:7)'],
                    },
                  },
                ],
              }
            : { data: { ok: 'fine' } },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  const { port } = subgraph.address() as AddressInfo;
  const composed = composeServices([
    { name: 'fake', url: `http://127.0.0.1:${port}/graphql`, typeDefs: parse(SUBGRAPH_SDL) },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  dir = mkdtempSync(join(tmpdir(), 'gateway-production-'));
  writeFileSync(join(dir, 'supergraph.graphql'), composed.supergraphSdl);
  prod = await gateway(true);
  dev = await gateway(false);
});

afterAll(async () => {
  for (const { server } of running) await server.stop();
  await new Promise<void>((resolve) => subgraph?.close(() => resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
  errorLog.mockRestore();
});

test('production: introspection is refused (development allows it)', async () => {
  const refused = await query(prod, getIntrospectionQuery());
  expect(refused.status).toBe(400);
  expect(refused.body.data).toBeUndefined();
  expect(refused.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(refused.body.errors![0].message).toMatch(/introspection/i);
  expect((await query(prod, '{ __type(name: "Query") { name } }')).status).toBe(400);

  const allowed = await query(dev, getIntrospectionQuery());
  expect(allowed.status).toBe(200);
  expect(allowed.body.data.__schema.queryType.name).toBe('Query');
});

test('production: an internal error reaches the client with no stack and no internal message', async () => {
  const res = await query(prod, '{ ok boom }');
  expect(res.body.data).toEqual({ ok: 'fine', boom: null });
  expect(res.body.errors).toEqual([
    {
      message: 'Internal server error.',
      path: ['boom'],
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    },
  ]);
  const text = JSON.stringify(res.body);
  expect(text).not.toMatch(/stacktrace|E11000|db\.js|salary/);

  // The same request in development shows what production hides: the harness does reach the error.
  const devText = JSON.stringify((await query(dev, '{ ok boom }')).body);
  expect(devText).toMatch(/E11000/);
});

test('CSRF prevention: a simple (text/plain) POST without a preflight header is refused', async () => {
  const body = JSON.stringify({ query: '{ ok }' });
  for (const url of [prod, dev]) {
    const refused = await post(url, body, { 'content-type': 'text/plain' });
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(JSON.stringify(refused.body)).toMatch(/CSRF|apollo-require-preflight/i);
  }
  const preflighted = await post(prod, body, { 'content-type': 'application/json' });
  expect(preflighted.body.data).toEqual({ ok: 'fine' });
});

test('a 5 MB body is refused with 413 REQUEST_TOO_LARGE before parsing; the gateway still answers', async () => {
  const huge = JSON.stringify({ query: `{ ok # ${'x'.repeat(5 * 1024 * 1024)}\n }` });
  const refused = await post(prod, huge);
  expect(refused.status).toBe(413);
  expect(refused.body.errors![0].extensions!.code).toBe(ErrorCode.REQUEST_TOO_LARGE);
  expect((await query(prod, '{ ok }')).body.data).toEqual({ ok: 'fine' });
});
