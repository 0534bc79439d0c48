import { ErrorCode, signDevToken } from '@expertpool/shared';
import {
  RunningRegion,
  Service,
  startRegion,
  startService,
  stopService,
  waitHealthy,
} from '../../index';
import { gql } from '../helpers/graphql';
import { TestIdentityProvider, startIdentityProvider } from '../helpers/identity-provider';

/**
 * The gateway's hardening over real HTTP (issue 4 item 6): a small region whose own gateway
 * limits each address to 30 requests a minute, and a second, production gateway over the same
 * registry (rate limits off, MAX_DEPTH 5 so a valid query of this cycle-free schema can be too
 * deep) for the bombs. Every refusal is followed by a normal query that must still work.
 */
let region: RunningRegion;
let prod: Service;
/** The production gateway's identity provider, vouching for the secretariat only. */
let idp: TestIdentityProvider;
const idpToken = (claims: Record<string, unknown>) => idp.token(claims);

const NORMAL =
  '{ experts(first: 5) { totalCount edges { node { id displayName } } } countries { code } }';

async function stillAnswers(url: string): Promise<void> {
  const res = await gql(url, NORMAL);
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(Array.isArray(res.data!.experts.edges)).toBe(true);
  expect(res.data!.countries.length).toBeGreaterThan(0);
}

const codeOf = (res: { errors?: { extensions?: Record<string, any> }[] }) =>
  res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: ['MY', 'TH'],
    seedExperts: 10,
    dbPrefix: `hard${process.pid}`,
    env: { RATE_LIMIT_PER_ADDRESS: '30', RATE_LIMIT_PER_TOKEN: '0' },
  });
  // Production refuses the dev secret: its tokens come from the issuers in JWT_ISSUERS_FILE.
  idp = startIdentityProvider();
  prod = startService('gateway-prod', 'gateway/dist/main.js', 0, {
    REGISTRY: region.registryPath,
    NODE_ENV: 'production',
    JWT_SECRET: '',
    JWT_ISSUERS_FILE: idp.issuersFile,
    MAX_DEPTH: '5',
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
  });
  await waitHealthy(prod);
}, 300_000);

afterAll(async () => {
  if (prod) await stopService(prod);
  await region?.stop();
  idp?.remove();
});

describe('rate limit per address (30 a minute, loopback included)', () => {
  test('the 31st request within a minute gets 429 RATE_LIMITED with Retry-After', async () => {
    const url = region.gateway.url;
    for (let i = 1; i <= 30; i++) {
      const res = await gql(url, '{ __typename }');
      expect({ i, status: res.status }).toEqual({ i, status: 200 });
    }
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0].extensions.code).toBe(ErrorCode.RATE_LIMITED);
    // Health checks are not rate limited.
    expect((await fetch(`http://127.0.0.1:${region.gateway.port}/health`)).status).toBe(200);
  });
});

describe('production gateway', () => {
  test('a normal query works', async () => {
    await stillAnswers(prod.url);
  });

  test("verifies tokens of its configured issuer and refuses dev tokens and other issuers' claims", async () => {
    // Answered by the gateway alone: the region behind it verifies with its own (dev) secret.
    const query = '{ __typename }';
    const fromIdp = await gql(
      prod.url,
      query,
      {},
      { authorization: `Bearer ${idpToken({ role: 'secretariat', country: null })}` },
    );
    expect(fromIdp.status).toBe(200);
    expect(fromIdp.errors).toBeUndefined();

    const dev = await signDevToken({ role: 'secretariat' }, region.jwtSecret, 600);
    const refusedDev = await gql(prod.url, query, {}, { authorization: `Bearer ${dev}` });
    expect(refusedDev.status).toBe(401);
    expect(codeOf(refusedDev)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(refusedDev.errors![0].message).toBe(
      'Invalid token: algorithm "HS256" is not accepted here; expected RS256 or ES256.',
    );

    // The secretariat's identity provider may not vouch for a member state's steward.
    const overreach = await gql(
      prod.url,
      query,
      {},
      { authorization: `Bearer ${idpToken({ role: 'steward', country: 'MY' })}` },
    );
    expect(overreach.status).toBe(401);
    expect(overreach.errors![0].message).toMatch(/may not vouch for officials of MY/);
    expect(overreach.data).toBeUndefined();
    await stillAnswers(prod.url);
  });

  test('introspection is refused', async () => {
    const res = await gql(prod.url, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    await stillAnswers(prod.url);
  });

  test('a depth bomb is refused with QUERY_TOO_COMPLEX', async () => {
    const res = await gql(
      prod.url,
      '{ programmes(first: 1) { engagements { expert { position { grade { code } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(codeOf(res)).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(res.errors![0].message).toBe('Query depth 6 exceeds the limit of 5.');
    await stillAnswers(prod.url);
  });

  test('a deeper nesting than the schema has is refused before it runs', async () => {
    const nest = (n: number) =>
      `{ ${'programmes { engagements { '.repeat(n)}id${' } }'.repeat(n)} }`;
    // 500 levels are over MAX_TOKENS (1,000): the parse stops there.
    const bomb = await gql(prod.url, nest(500));
    expect(bomb.status).toBe(400);
    expect(bomb.data).toBeUndefined();
    expect(codeOf(bomb)).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(bomb.errors![0].message).toBe('Query exceeds the limit of 1000 tokens.');
    // 50 levels are within it: validation refuses the fields the schema does not have.
    const invalid = await gql(prod.url, nest(50));
    expect(invalid.status).toBe(400);
    expect(invalid.data).toBeUndefined();
    expect(codeOf(invalid)).toBe('GRAPHQL_VALIDATION_FAILED');
    await stillAnswers(prod.url);
  });

  test('a cost bomb (nested lists under first: 100) is refused with QUERY_TOO_COMPLEX naming limit and cost', async () => {
    const bomb =
      '{ programmes(first: 100) { engagements { expert { engagements { title } names { value } expertise { years } } } } }';
    const res = await gql(prod.url, bomb);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(codeOf(res)).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(res.errors![0].message).toMatch(/^Query cost \d+ exceeds the limit of 50000\.$/);
    await stillAnswers(prod.url);
  });

  test('first above 100 is refused at the gateway with BAD_USER_INPUT', async () => {
    const res = await gql(prod.url, 'query($n: Int) { experts(first: $n) { totalCount } }', {
      n: 101,
    });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(res.errors![0].message).toBe('first must be from 0 to 100 (got 101 on Query.experts).');
    await stillAnswers(prod.url);
  });

  test('a 5 MB request is refused with 413 REQUEST_TOO_LARGE', async () => {
    const res = await gql(prod.url, `{ countries { code } } # ${'x'.repeat(5 * 1024 * 1024)}`);
    expect(res.status).toBe(413);
    expect(codeOf(res)).toBe(ErrorCode.REQUEST_TOO_LARGE);
    await stillAnswers(prod.url);
  });

  test('injection attempts are refused with BAD_USER_INPUT and leak nothing', async () => {
    const literal = await gql(prod.url, '{ expert(id: "{\\"$ne\\": null}") { id } }');
    expect(codeOf(literal)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(literal.data?.expert ?? null).toBeNull();

    const operator = await gql(prod.url, 'query($id: ID!) { expert(id: $id) { id } }', {
      id: { $ne: null },
    });
    expect(operator.status).toBe(400);
    expect(codeOf(operator)).toBe(ErrorCode.BAD_USER_INPUT);

    for (const res of [literal, operator])
      expect(JSON.stringify(res)).not.toMatch(/Mongo|stack|\.js:\d/);
    await stillAnswers(prod.url);
  });
});
