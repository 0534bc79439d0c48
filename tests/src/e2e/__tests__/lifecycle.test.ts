import { once } from 'node:events';
import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { generateSecret } from '@expertpool/shared';
import { RunningRegion, Service, startRegion, startService, stopService } from '../../index';
import { ProxyPool } from '../helpers/proxy';

/**
 * How a service starts and stops as an operator sees it (docs/ARCHITECTURE.md §11.4): a start-up
 * problem is one plain message naming the variable, with a non-zero exit and no stack trace;
 * SIGTERM lets the requests in flight finish before the process exits.
 */
jest.setTimeout(120_000);

const COUNTRY_MAIN = 'subgraphs/country/dist/main.js';

/** Runs a service until it exits; its exit code and every line it printed. */
async function runToExit(env: Record<string, string>, port = 0) {
  const service = startService('MY', COUNTRY_MAIN, port, env);
  const [code] = (await once(service.process, 'exit')) as [number | null];
  return { code, output: service.output.join('\n') };
}

const countryEnv = () => ({
  COUNTRY: 'MY',
  JWT_SECRET: generateSecret(),
  JWT_ISSUERS_FILE: '',
  MONGODB_DB: 'lifecycle_my',
  SEED_EXPERTS: '0',
  HEALTH_PORT: '',
});

const NO_STACK = /\n\s+at |node:internal|Node\.js v\d/;

test('an unreachable database: one line naming MONGODB_URI and its host, never its password', async () => {
  const { code, output } = await runToExit({
    ...countryEnv(),
    MONGODB_URI: 'mongodb://pool:s3cret-pw@127.0.0.1:1/pool',
  });
  expect(code).toBe(1);
  expect(output).toMatch(
    /^country subgraph MY cannot start: cannot reach the database at MONGODB_URI \(127\.0\.0\.1:1\) within 10 s/,
  );
  expect(output).not.toContain('s3cret-pw');
  expect(output).not.toMatch(NO_STACK);
  expect(output.split('\n')).toHaveLength(1);
});

test('a busy port: one line naming PORT', async () => {
  const holder = createServer().listen(0, '127.0.0.1');
  await once(holder, 'listening');
  const port = (holder.address() as AddressInfo).port;
  try {
    const { code, output } = await runToExit(
      { ...countryEnv(), MONGODB_URI: process.env.MONGODB_URI! },
      port,
    );
    expect(code).toBe(1);
    expect(output).toContain(
      `country subgraph MY cannot start: PORT=${port}: 127.0.0.1:${port} is already in use by another process; stop it or set PORT to a free port`,
    );
    expect(output).not.toMatch(NO_STACK);
  } finally {
    holder.close();
  }
});

test('bad configuration: every problem named, no stack trace', async () => {
  const { code, output } = await runToExit({
    ...countryEnv(),
    MONGODB_URI: process.env.MONGODB_URI!,
    COUNTRY: 'XX',
    SHUTDOWN_GRACE: 'soon',
  });
  expect(code).toBe(1);
  expect(output).toMatch(/^country subgraph XX: Invalid configuration:/);
  expect(output).toContain('COUNTRY: "XX" is not a known country code');
  expect(output).toMatch(/SHUTDOWN_GRACE/);
  expect(output).not.toMatch(NO_STACK);
});

describe('SIGTERM', () => {
  let region: RunningRegion;
  const proxies = new ProxyPool();

  beforeAll(async () => {
    region = await startRegion({
      mongodbUri: process.env.MONGODB_URI!,
      countries: ['MY'],
      dbPrefix: 'lifecycle',
      seedExperts: 5,
      registryUrlFor: proxies.registryUrlFor,
      env: { SHUTDOWN_GRACE: '30s' },
    });
  });

  afterAll(async () => {
    await region?.stop();
    await proxies.close();
  });

  test('a stopping gateway finishes the request in flight, refuses new ones, and exits 0', async () => {
    const gateway: Service = region.gateway;
    const proxy = proxies.get('MY')!;
    proxy.delayMs = 2000; // the country's answer is on its way while the gateway is told to stop
    proxy.reset();
    const answer = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ experts(filter: { countries: [MY] }) { totalCount } }' }),
    });
    while (proxy.requests === 0) await new Promise((r) => setTimeout(r, 20));
    const exited = once(gateway.process, 'exit');
    gateway.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    await expect(fetch(new URL('/health', gateway.url))).rejects.toThrow();
    const response = await answer;
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data?: { experts: { totalCount: number } };
      errors?: unknown[];
      extensions?: { coverage?: { status: string }[] };
    };
    expect(body.errors).toBeUndefined();
    expect(typeof body.data?.experts.totalCount).toBe('number');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    await stopService(gateway);
  });
});
