/**
 * What an operator sees of the region (issue 12, docs/ARCHITECTURE.md §11.1 and §11.3): the
 * gateway's JSON log lines and its Prometheus metrics, read as an operator's tools read them
 * (the process's stdout; `/metrics` parsed by a Prometheus text-format parser), before and after
 * a country is killed.
 */
import { MongoClient } from 'mongodb';
import { RunningRegion, startRegion, stopService } from '../../index';
import { gql } from '../helpers/graphql';
import { MetricFamily, familyType, histogramCount, sampleValue, scrape } from '../helpers/metrics';

const COUNTRIES = ['MY', 'SG', 'TH'];
const KILLED = 'SG';
const PREFIX = `signals${process.pid}`;
let region: RunningRegion;
/** Every line the gateway printed, in order (Service.output keeps only the last few). */
const gatewayLines: string[] = [];

const SEARCH = `query Search($filter: ExpertFilter) {
  experts(filter: $filter, first: 5) {
    totalCount
    edges { node { id displayName } }
    coverage { country status }
  }
}`;
/** A word that must never reach a log: query values are not logged, only the operation name. */
const SECRET_WORD = 'zanzibarite';

type LogLine = Record<string, unknown> & { event?: string; msg?: string };
const gatewayLog = (): LogLine[] =>
  gatewayLines.flatMap((line) => {
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });
const requestLine = (id: string) =>
  gatewayLog().find((l) => l.event === 'request' && l.requestId === id);

async function eventually<T>(find: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline)
      throw new Error(`${what} did not appear:\n${gatewayLines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function search(requestId: string, filter: Record<string, unknown> = {}) {
  const headers = {
    ...(await region.bearer({ role: 'viewer', country: 'TH' })),
    'x-request-id': requestId,
  };
  const response = await fetch(region.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SEARCH, variables: { filter }, operationName: 'Search' }),
  });
  const body = (await response.json()) as {
    data?: { experts: { coverage: { country: string; status: string }[] } };
  };
  return { response, body };
}

const gatewayMetrics = (): Promise<MetricFamily[]> => scrape(region.gateway.healthUrl!);

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: COUNTRIES,
    seedExperts: 20,
    dbPrefix: PREFIX,
    timeoutMs: 30_000,
    echo: (line) => {
      if (line.startsWith('gateway: ')) gatewayLines.push(line.slice('gateway: '.length));
    },
  });
}, 300_000);

afterAll(async () => {
  await region?.stop();
});

test('one JSON line per request: its id (echoed and kept in the audit log), operation, status, duration and each country', async () => {
  const { response, body } = await search('ops-check-0001', { text: SECRET_WORD });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-request-id')).toBe('ops-check-0001');
  expect(body.data?.experts.coverage.map((c) => c.status)).toEqual(['OK', 'OK', 'OK']);

  const line = await eventually(() => requestLine('ops-check-0001'), 'the request line');
  expect(line).toMatchObject({
    level: 30,
    service: 'gateway',
    operation: 'Search',
    status: 200,
    countries: { MY: 'OK', SG: 'OK', TH: 'OK' },
  });
  expect(typeof line.time).toBe('string');
  expect(line.durationMs).toEqual(expect.any(Number));
  // No query values, no token, no caller in the log.
  const all = gatewayLines.join('\n');
  expect(all).not.toContain(SECRET_WORD);
  expect(all).not.toMatch(/Bearer|eyJ[A-Za-z0-9_-]{10,}/);
});

test('a request id that is not a bounded printable token is replaced by a new one, echoed', async () => {
  const { response } = await search('x'.repeat(500));
  const id = response.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await eventually(() => requestLine(id!), 'the request line of the replaced id');
});

test("each country's audit entries carry the request id the gateway passed on", async () => {
  const { body } = await search('ops-audit-0002');
  expect(body.data?.experts.coverage.every((c) => c.status === 'OK')).toBe(true);
  const client = await MongoClient.connect(process.env.MONGODB_URI!);
  try {
    const entries = await client
      .db(`${PREFIX}_my`)
      .collection('audit')
      .find({ requestId: 'ops-audit-0002' })
      .toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ callerCountry: 'TH', operation: 'Search' });
  } finally {
    await client.close();
  }
});

test('a query refused by a limit is counted by limit', async () => {
  const before = sampleValue(await gatewayMetrics(), 'expertpool_gateway_refusals_total', {
    limit: 'page_size',
  });
  const refused = await gql(
    region.gateway.url,
    '{ experts(first: 5000) { totalCount } }',
    {},
    await region.bearer({ role: 'secretariat' }),
  );
  expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const after = sampleValue(await gatewayMetrics(), 'expertpool_gateway_refusals_total', {
    limit: 'page_size',
  });
  expect(after).toBe(before + 1);
});

test("a country's own metrics: searches, database commands and audit writes", async () => {
  const my = await scrape(region.countries.get('MY')!.healthUrl!);
  expect(
    histogramCount(my, 'expertpool_country_search_duration_seconds', { country: 'MY' }),
  ).toBeGreaterThan(0);
  expect(
    histogramCount(my, 'expertpool_database_command_duration_seconds', { outcome: 'ok' }),
  ).toBeGreaterThan(0);
  expect(
    sampleValue(my, 'expertpool_country_audit_writes_total', { country: 'MY', outcome: 'ok' }),
  ).toBeGreaterThan(0);
  expect(familyType(my, 'expertpool_country_import_rows')).toBe('gauge');
  expect(
    histogramCount(my, 'expertpool_graphql_request_duration_seconds', { operation: 'Search' }),
  ).toBeGreaterThan(0);
});

test('a killed country: unavailable, then skipped by an open breaker, in the log lines and the metrics', async () => {
  const before = await gatewayMetrics();
  expect(sampleValue(before, 'expertpool_gateway_breaker_state', { country: KILLED })).toBe(0);
  const okBefore = sampleValue(before, 'expertpool_gateway_country_requests_total', {
    country: KILLED,
    outcome: 'OK',
  });
  expect(okBefore).toBeGreaterThan(0);
  expect(
    histogramCount(before, 'expertpool_gateway_country_request_duration_seconds', {
      country: KILLED,
      outcome: 'OK',
    }),
  ).toBe(okBefore);
  const requestsBefore = sampleValue(before, 'expertpool_graphql_requests_total', {
    operation: 'Search',
    status: '200',
  });

  await stopService(region.countries.get(KILLED)!);
  const statuses: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const { body } = await search(`ops-killed-${i}`);
    const sg = body.data?.experts.coverage.find((c) => c.country === KILLED);
    statuses.push(sg!.status);
  }
  // Three failures in a row open the breaker; the fourth request does not try.
  expect(statuses).toEqual(['UNAVAILABLE', 'UNAVAILABLE', 'UNAVAILABLE', 'SKIPPED']);

  const first = await eventually(() => requestLine('ops-killed-1'), 'the first request line');
  expect(first.countries).toEqual({ MY: 'OK', SG: 'UNAVAILABLE', TH: 'OK' });
  const last = await eventually(() => requestLine('ops-killed-4'), 'the last request line');
  expect(last.countries).toEqual({ MY: 'OK', SG: 'SKIPPED', TH: 'OK' });
  const unavailable = gatewayLog().filter(
    (l) => l.event === 'country_unavailable' && l.country === KILLED,
  );
  expect(unavailable.map((l) => l.requestId)).toEqual([
    'ops-killed-1',
    'ops-killed-2',
    'ops-killed-3',
  ]);
  expect(unavailable[0]).toMatchObject({ level: 40, msg: expect.stringContaining('unreachable') });
  const opened = gatewayLog().filter((l) => l.event === 'breaker_opened');
  expect(opened).toEqual([
    expect.objectContaining({ country: KILLED, level: 40, requestId: 'ops-killed-3' }),
  ]);

  const after = await gatewayMetrics();
  expect(sampleValue(after, 'expertpool_gateway_breaker_state', { country: KILLED })).toBe(2);
  expect(sampleValue(after, 'expertpool_gateway_breaker_state', { country: 'MY' })).toBe(0);
  const outcome = (o: string) =>
    sampleValue(after, 'expertpool_gateway_country_requests_total', {
      country: KILLED,
      outcome: o,
    }) -
    sampleValue(before, 'expertpool_gateway_country_requests_total', {
      country: KILLED,
      outcome: o,
    });
  expect([outcome('OK'), outcome('UNAVAILABLE'), outcome('SKIPPED')]).toEqual([0, 3, 1]);
  // The region still answered every request.
  expect(
    sampleValue(after, 'expertpool_graphql_requests_total', { operation: 'Search', status: '200' }),
  ).toBe(requestsBefore + 4);
});
