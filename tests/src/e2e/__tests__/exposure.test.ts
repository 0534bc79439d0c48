import { once } from 'node:events';
import { ErrorCode, signHs256 } from '@expertpool/shared';
import { RunningRegion, Service, startRegion, startService, stopService } from '../../index';
import { gql } from '../helpers/graphql';

/**
 * Issue 9 ("Safe to expose"), findings 8, 9, 11 and 12, replayed against real processes: a
 * small region whose gateway lets one dashboard origin query it. Health says nothing to the
 * public, a token that never expires is refused everywhere, a weak secret and a port fetch
 * refuses stop a service at once, and a browser on the dashboard's origin can query while
 * every other origin, and every simple cross-site request, still cannot.
 */
const DASHBOARD = 'https://dashboard.example.org';
let region: RunningRegion;

const NORMAL = '{ experts(first: 3) { totalCount edges { node { id } } } countries { code } }';

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: ['MY'],
    seedExperts: 6,
    dbPrefix: `expo${process.pid}`,
    env: { CORS_ORIGINS: `${DASHBOARD}, http://localhost:5173` },
  });
}, 240_000);

afterAll(async () => {
  await region?.stop();
});

const json = async (url: string) => (await fetch(url)).json() as Promise<Record<string, unknown>>;
const origin = (service: Service) => `http://127.0.0.1:${service.port}`;

/** Normal queries still work and the breakers stay closed after each refusal. */
async function stillAnswers(): Promise<void> {
  const res = await gql(
    region.gateway.url,
    NORMAL,
    {},
    await region.bearer({ role: 'secretariat' }),
  );
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data!.experts.edges.length).toBeGreaterThan(0);
  expect(await json(`${region.gateway.healthUrl}/ready`)).toMatchObject({ status: 'ready' });
}

/** Runs a built entry point to its exit: its code, its output and how long it took. */
async function runToExit(script: string, env: Record<string, string>) {
  const started = Date.now();
  const child = startService('probe', script, 0, env);
  const [code] = (await once(child.process, 'exit')) as [number];
  return { code, lines: child.output, ms: Date.now() - started };
}

describe('finding 8: health endpoints say the status only, the details need the internal listener', () => {
  test('the gateway: no country, URL, reason, breaker or latency on its public port', async () => {
    expect(await json(`${origin(region.gateway)}/health`)).toEqual({ status: 'ok' });
    const ready = await fetch(`${origin(region.gateway)}/health/ready`);
    expect(ready.status).toBe(200);
    const text = await ready.text();
    expect(JSON.parse(text)).toEqual({ status: 'ready' });
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain('MY');
  });

  test("the gateway's details listener, on 127.0.0.1 only, lists every country", async () => {
    expect(new URL(region.gateway.healthUrl!).hostname).toBe('127.0.0.1');
    await stillAnswers();
    const details = await json(`${region.gateway.healthUrl}/ready`);
    expect(details).toEqual({
      status: 'ready',
      countries: [
        {
          country: 'MY',
          url: region.countries.get('MY')!.url,
          schema: 'accepted',
          reason: null,
          breaker: 'closed',
          lastLatencyMs: expect.any(Number),
        },
      ],
    });
  });

  test("a country's public /health does not reveal its record count; its details listener does", async () => {
    const my = region.countries.get('MY')!;
    const text = await (await fetch(`${origin(my)}/health`)).text();
    expect(JSON.parse(text)).toEqual({ status: 'ok' });
    expect(text).not.toMatch(/\d/);
    expect(await json(`${my.healthUrl}/ready`)).toEqual({
      status: 'ok',
      country: 'MY',
      experts: 6,
    });
    await stillAnswers();
  });
});

describe('finding 9: weak token settings are refused', () => {
  test('a token with exp = 10^20 is refused at the gateway and at the country', async () => {
    const now = Math.floor(Date.now() / 1000);
    const forever = signHs256(
      { iss: 'expertpool-dev', sub: 'forever', role: 'secretariat', iat: now, exp: 1e20 },
      region.jwtSecret,
    );
    for (const url of [region.gateway.url, region.countries.get('MY')!.url]) {
      const res = await gql(url, '{ __typename }', {}, { authorization: `Bearer ${forever}` });
      expect({ url, status: res.status }).toEqual({ url, status: 401 });
      expect(res.errors![0].extensions!.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect(res.errors![0].message).toMatch(
        /^Invalid token: it was issued to live \d+ years \(claims "iat" to "exp"\), longer than the 12h this service accepts\.$/,
      );
      expect(res.data).toBeUndefined();
    }
    await stillAnswers();
  });

  test.each([
    ['the gateway', 'gateway/dist/main.js', {}, 'gateway'],
    [
      'a country',
      'subgraphs/country/dist/main.js',
      { COUNTRY: 'MY', MONGODB_URI: 'mongodb://127.0.0.1:1' },
      'country subgraph MY',
    ],
  ])(
    'JWT_SECRET of 40 × "a" stops %s at start-up with one line',
    async (_who, script, env, name) => {
      const { code, lines } = await runToExit(script, {
        ...env,
        REGISTRY: region.registryPath,
        JWT_SECRET: 'a'.repeat(40),
        JWT_ISSUERS_FILE: '',
      });
      expect(code).toBe(1);
      expect(lines).toEqual([
        `${name}: Invalid configuration:`,
        `  - JWT_SECRET is too weak (it repeats one character); it needs at least 256 bits of randomness: generate one with node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`,
      ]);
    },
  );
});

describe('finding 11: a port fetch refuses is refused at once, naming the variable', () => {
  test('npm start with GATEWAY_PORT=6000 stops within seconds, before any database or service', async () => {
    const { code, lines, ms } = await runToExit('tests/dist/region/start-cli.js', {
      GATEWAY_PORT: '6000',
      FIRST_COUNTRY_PORT: '4185',
    });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/GATEWAY_PORT=6000 is a port that fetch refuses/);
    expect(lines.join('\n')).toMatch(
      /FIRST_COUNTRY_PORT=4185 gives ports 4185-4195, and 4190 is a port that fetch refuses/,
    );
    expect(lines.join('\n')).not.toMatch(/database|starting the region/);
    // The issue's bound: it used to fail after 120 s. Generous: a loaded machine starts slowly.
    expect(ms).toBeLessThan(30_000);
  });

  test('the gateway itself with PORT=6000', async () => {
    const child = startService('gateway-6000', 'gateway/dist/main.js', 6000, {
      REGISTRY: region.registryPath,
      JWT_SECRET: region.jwtSecret,
      JWT_ISSUERS_FILE: '',
    });
    const [code] = (await once(child.process, 'exit')) as [number];
    expect(code).toBe(1);
    expect(child.output.join('\n')).toMatch(/PORT=6000 is a port that fetch refuses/);
    await stopService(child);
  });
});

describe('finding 12: CORS for the origins in CORS_ORIGINS, CSRF prevention still on', () => {
  const preflight = (from: string) =>
    fetch(region.gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin: from,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-purpose,x-request-id',
      },
    });

  test('a browser on the dashboard origin: the preflight succeeds, then the query is readable', async () => {
    const pre = await preflight(DASHBOARD);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = pre.headers.get('access-control-allow-headers')!;
    for (const header of ['authorization', 'content-type', 'x-purpose', 'x-request-id'])
      expect(allowed).toContain(header);

    const res = await fetch(region.gateway.url, {
      method: 'POST',
      headers: {
        origin: DASHBOARD,
        'content-type': 'application/json',
        // Purpose ANY: the token lets x-purpose choose the purpose.
        ...(await region.bearer({ role: 'secretariat', purpose: 'ANY' })),
        'x-purpose': 'TRAINER_SEARCH',
        'x-request-id': 'dashboard-1',
      },
      body: JSON.stringify({ query: NORMAL }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const body = (await res.json()) as { data: { experts: { totalCount: number } } };
    expect(body.data.experts.totalCount).toBeGreaterThan(0);
  });

  test('another origin gets no CORS header, on the preflight or the query', async () => {
    const pre = await preflight('https://evil.example');
    expect([...pre.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual(
      [],
    );
    const res = await fetch(region.gateway.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a simple form POST is still refused by CSRF prevention, from any origin', async () => {
    for (const from of [DASHBOARD, 'https://evil.example']) {
      const res = await fetch(region.gateway.url, {
        method: 'POST',
        headers: { origin: from, 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF/);
    }
    await stillAnswers();
  });
});
