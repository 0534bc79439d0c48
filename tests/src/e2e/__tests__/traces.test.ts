/**
 * Traces (issue 12, docs/ARCHITECTURE.md §11.2): the whole region exports to a real Jaeger v2
 * collector over OTLP, configured by the standard OTEL_* variables only. One region-wide search
 * is one trace: the gateway's request, its request to each of the 11 countries, each country's
 * own request and MongoDB commands under it, and the region subgraph's part.
 */
import { MEMBER_CODES } from '@expertpool/shared';
import { RunningRegion, startRegion } from '../../index';
import { JaegerSpan, JaegerTrace, RunningJaeger, startJaeger, tagOf } from '../helpers/jaeger';

let jaeger: RunningJaeger;
let region: RunningRegion;

const SEARCH = `query RegionSearch {
  experts(first: 20) {
    totalCount
    edges { node { id country { code name } } }
    coverage { country status }
  }
}`;

beforeAll(async () => {
  jaeger = await startJaeger();
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    seedExperts: 5,
    dbPrefix: `traces${process.pid}`,
    timeoutMs: 30_000,
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpEndpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      // Spans leave within a fifth of a second instead of the default five.
      OTEL_BSP_SCHEDULE_DELAY: '200',
      OTEL_SERVICE_NAME: '',
    },
  });
}, 300_000);

afterAll(async () => {
  await region?.stop();
  await jaeger?.stop();
});

const serviceOf = (trace: JaegerTrace, span: JaegerSpan) =>
  trace.processes[span.processID].serviceName;
const parentOf = (span: JaegerSpan) =>
  span.references.find((r) => r.refType === 'CHILD_OF')?.spanID;

test('one region-wide search is one trace spanning the gateway, all 11 countries and the region', async () => {
  const response = await fetch(region.gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': 'trace-check-0001',
      ...(await region.bearer({ role: 'secretariat' })),
    },
    body: JSON.stringify({ query: SEARCH }),
  });
  const body = (await response.json()) as any;
  expect(body.data.experts.coverage.map((c: any) => c.status)).toEqual(
    MEMBER_CODES.map(() => 'OK'),
  );

  // Spans arrive from 13 processes in their own batches: wait until every part is in.
  const codes = [...MEMBER_CODES].sort();
  let trace: JaegerTrace | undefined;
  let traces: JaegerTrace[] = [];
  const complete = (t: JaegerTrace) => {
    const services = new Set(t.spans.map((s) => serviceOf(t, s)));
    return (
      codes.every((c) => services.has(`country-${c}`)) &&
      services.has('region') &&
      t.spans.filter((s) => s.operationName.startsWith('country ')).length >= codes.length
    );
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    traces = await jaeger.traces('gateway', { 'expertpool.request_id': 'trace-check-0001' });
    trace = traces.find(complete);
    if (trace) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(traces).toHaveLength(1);
  expect(trace).toBeDefined();
  const spans = trace!.spans;

  // The gateway's request: the root, as the client sent no traceparent.
  const root = spans.find(
    (s) => serviceOf(trace!, s) === 'gateway' && s.operationName === 'POST /graphql',
  )!;
  expect(parentOf(root)).toBeUndefined();
  expect(tagOf(root, 'http.response.status_code')).toBe(200);

  // One span per country asked, each with its country, status and coverage outcome.
  const fetches = spans.filter(
    (s) => serviceOf(trace!, s) === 'gateway' && s.operationName.startsWith('country '),
  );
  expect(fetches.map((s) => tagOf(s, 'expertpool.country')).sort()).toEqual(codes);
  for (const span of fetches) {
    expect(tagOf(span, 'expertpool.coverage')).toBe('OK');
    expect(tagOf(span, 'http.response.status_code')).toBe(200);
  }

  // Each country continued the trace: its request span is a child of the gateway's fetch span,
  // with its GraphQL operation and its MongoDB commands in the same trace.
  for (const code of codes) {
    const own = spans.filter((s) => serviceOf(trace!, s) === `country-${code}`);
    const server = own.find((s) => s.operationName === 'POST /graphql')!;
    const fetch = fetches.find((s) => tagOf(s, 'expertpool.country') === code)!;
    expect(parentOf(server)).toBe(fetch.spanID);
    expect(own.some((s) => s.operationName.startsWith('query '))).toBe(true);
    expect(
      own.some(
        (s) => tagOf(s, 'db.system') === 'mongodb' || tagOf(s, 'db.system.name') === 'mongodb',
      ),
    ).toBe(true);
  }

  // The region subgraph answered the countries' names in the same trace.
  expect(
    spans.some((s) => serviceOf(trace!, s) === 'region' && s.operationName === 'POST /graphql'),
  ).toBe(true);
}, 120_000);
