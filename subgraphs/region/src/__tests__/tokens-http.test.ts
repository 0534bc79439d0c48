/**
 * Tokens at the region subgraph reached directly over HTTP (zero trust,
 * docs/adr/0004-tokens-verified-twice.md): programmes are the secretariat's public record, so
 * every accepted caller reads the same, but a refused token is refused here exactly as at a
 * country (401, a Bearer challenge, nothing else).
 */
import { Listening, signDevToken, signHs256 } from '@expertpool/shared';
import { RegionServer } from '../server';
import { dropDatabase, startRegion, uniqueDatabase } from './harness';

const database = uniqueDatabase('tokens_http');
let server: RegionServer;
let listening: Listening;
let secret: string;

beforeAll(async () => {
  server = await startRegion(database);
  listening = await server.listen(0);
  // The harness configures the dev secret through JWT_SECRET, as `npm start` does.
  const { auth } = server.config;
  if (auth.kind !== 'hs256') throw new Error('the region harness is expected to use JWT_SECRET');
  secret = auth.secret;
});

afterAll(async () => {
  await server?.stop();
  await dropDatabase(database);
});

const QUERY = '{ programmes(first: 100) { id } expertiseAreas { id } }';

async function post(headers: Record<string, string>) {
  const response = await fetch(listening.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  const text = await response.text();
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate'),
    body: JSON.parse(text),
    text,
  };
}

const NOW = Math.floor(Date.now() / 1000);
const payload = {
  iss: 'expertpool-dev',
  sub: 'sec-1',
  role: 'secretariat',
  iat: NOW - 10,
  exp: NOW + 600,
};
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('the region subgraph over HTTP', () => {
  it('answers PUBLIC (no token) and any valid token alike', async () => {
    const anonymous = await post({});
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data.programmes.length).toBeGreaterThan(0);
    for (const token of [
      signDevToken({ sub: 'sec-1', role: 'secretariat' }, secret, 600),
      signDevToken({ sub: 'my-steward', role: 'steward', country: 'MY' }, secret, 600),
    ]) {
      const withToken = await post({ authorization: `Bearer ${await token}` });
      expect(withToken.status).toBe(200);
      expect(withToken.body).toEqual(anonymous.body);
    }
  });

  it.each([
    ['forged', () => `Bearer ${signHs256(payload, 'a-guessed-secret-that-is-long-enough-0123')}`],
    [
      'tampered',
      async () => {
        const [head, , signature] = (
          await signDevToken({ sub: 'viewer', role: 'viewer', country: 'MY' }, secret, 600)
        ).split('.');
        return `Bearer ${head}.${b64(payload)}.${signature}`;
      },
    ],
    [
      'expired',
      async () =>
        `Bearer ${await signDevToken({ sub: 'sec-1', role: 'secretariat' }, secret, 60, NOW - 3600)}`,
    ],
    ['alg none', () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`],
    ['another issuer', () => `Bearer ${signHs256({ ...payload, iss: 'someone-else' }, secret)}`],
    ['malformed', () => 'Bearer abc'],
    ['another scheme', () => 'Basic x'],
  ])('refuses a %s token: 401, a Bearer challenge and no data', async (_name, authorization) => {
    const { status, challenge, body, text } = await post({ authorization: await authorization() });
    expect(status).toBe(401);
    expect(challenge).toBe('Bearer');
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Invalid token: /),
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(text).not.toContain('programmes');
    expect(text).not.toContain(secret);
  });

  it('refuses an unknown x-purpose with 400 BAD_USER_INPUT', async () => {
    const { status, body } = await post({ 'x-purpose': 'MARKETING' });
    expect(status).toBe(400);
    expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(body.data).toBeUndefined();
  });
});
