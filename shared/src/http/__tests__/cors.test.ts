/**
 * Issue 9, finding 12: a browser dashboard on another origin could not call the gateway (the
 * preflight got 400). With CORS_ORIGINS, a page on a listed origin can (preflight, then the
 * query, with its answer readable), any other origin gets no CORS header at all, and CSRF
 * prevention still refuses a simple (unpreflighted) request.
 */
import { ApolloServer } from '@apollo/server';
import { ConfigError, EnvReader } from '../../config';
import { generateSecret } from '../../auth/secret';
import { signDevToken } from '../../auth/sign';
import { createTokenVerifier } from '../../auth/verify';
import { readCorsOrigins } from '../cors';
import { Listening, createHttpHandler, listen } from '../serve';

const SECRET = generateSecret();
const DASHBOARD = 'https://dashboard.example.org';
const apollo = new ApolloServer({
  typeDefs: 'type Query { hello: String! }',
  resolvers: { Query: { hello: () => 'hi' } },
});
let listening: Listening;
let plain: Listening;

beforeAll(async () => {
  await apollo.start();
  const options = {
    apollo,
    verifier: createTokenVerifier({ kind: 'hs256', secret: SECRET }),
    context: async () => ({}),
  };
  listening = await listen(
    createHttpHandler({ ...options, corsOrigins: [DASHBOARD, 'http://localhost:5173'] }),
    0,
  );
  plain = await listen(createHttpHandler(options), 0);
});

afterAll(async () => {
  await listening.close();
  await plain.close();
  await apollo.stop();
});

const CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
  'access-control-expose-headers',
  'access-control-allow-credentials',
];
const corsHeadersOf = (response: Response) =>
  CORS_HEADERS.filter((name) => response.headers.has(name));

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, x-purpose, x-request-id',
    },
  });

describe('CORS at the HTTP front', () => {
  it('answers the preflight of an allowed origin with what the browser asked for', async () => {
    const response = await preflight(listening.url, DASHBOARD);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    const allowed = response.headers.get('access-control-allow-headers')!.split(',');
    for (const header of ['authorization', 'content-type', 'x-purpose', 'x-request-id'])
      expect(allowed).toContain(header);
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('vary')).toMatch(/origin/i);
    // Bearer tokens, never cookies: no credentials mode.
    expect(response.headers.has('access-control-allow-credentials')).toBe(false);
  });

  it('lets the query that follows through, readable by the page, token and all', async () => {
    // Purpose ANY: the token lets x-purpose choose the purpose.
    const token = await signDevToken({ role: 'secretariat', purpose: 'ANY' }, SECRET, 600);
    const response = await fetch(listening.url, {
      method: 'POST',
      headers: {
        origin: DASHBOARD,
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-purpose': 'RESEARCH',
      },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(response.headers.get('vary')).toMatch(/origin/i);
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });
  });

  it('puts the CORS headers on refusals too, so the page can read why', async () => {
    const response = await fetch(listening.url, {
      method: 'POST',
      headers: {
        origin: DASHBOARD,
        'content-type': 'application/json',
        authorization: 'Bearer x.y.z',
      },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(response.headers.get('access-control-expose-headers')).toContain('www-authenticate');
  });

  it('gives a disallowed origin no CORS header at all, on the preflight and on the query', async () => {
    for (const origin of [
      'https://evil.example',
      'https://dashboard.example.org.evil.example',
      'null',
    ]) {
      const pre = await preflight(listening.url, origin);
      expect(pre.status).toBe(204);
      expect(corsHeadersOf(pre)).toEqual([]);
      const query = await fetch(listening.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ hello }' }),
      });
      expect(corsHeadersOf(query)).toEqual([]);
    }
  });

  it('gives no origin anything without CORS_ORIGINS, and still answers the preflight without 400', async () => {
    const pre = await preflight(plain.url, DASHBOARD);
    expect(pre.status).toBe(204);
    expect(corsHeadersOf(pre)).toEqual([]);
  });

  it('keeps CSRF prevention: a simple form POST from an allowed origin is still refused', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(listening.url, {
        method: 'POST',
        headers: { origin: DASHBOARD, 'content-type': contentType },
        body: JSON.stringify({ query: '{ hello }' }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/);
    }
    // A GET needs a preflighted header too.
    const get = await fetch(`${listening.url}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { origin: DASHBOARD },
    });
    expect(get.status).toBe(400);
    const preflighted = await fetch(`${listening.url}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { origin: DASHBOARD, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });
});

describe('CORS_ORIGINS', () => {
  const read = (value: string) => {
    const r = new EnvReader({ CORS_ORIGINS: value });
    try {
      return r.done(readCorsOrigins(r));
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it('is a comma-separated list of origins, default none', () => {
    expect(read('')).toEqual([]);
    expect(read(' https://a.example , http://localhost:5173,')).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });

  it('refuses what is not an origin, saying what to write', () => {
    expect(read('https://a.example/, *, ftp://files.example, https://b.example/app')).toEqual([
      'CORS_ORIGINS: "https://a.example/" is not an origin; give each as scheme, host and optional port, the origin alone: https://a.example',
      'CORS_ORIGINS: "*" is not an origin; give each as scheme, host and optional port, like https://dashboard.example.org or http://localhost:5173',
      'CORS_ORIGINS: "ftp://files.example" is not an origin; give each as scheme, host and optional port, like https://dashboard.example.org or http://localhost:5173',
      'CORS_ORIGINS: "https://b.example/app" is not an origin; give each as scheme, host and optional port, the origin alone: https://b.example',
    ]);
  });
});
