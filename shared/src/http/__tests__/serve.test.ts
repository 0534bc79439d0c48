/**
 * createHttpHandler's credential check (docs/ARCHITECTURE.md §6): every service answers a
 * refused token with 401 and a Bearer challenge, and does so before it reads (let alone buffers
 * or parses) the request body, so a caller without a valid token cannot make a service hold
 * megabytes for it.
 */
import http, { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  Listening,
  RequestIdentity,
  createHttpHandler,
  createTokenVerifier,
  sendJson,
  signDevToken,
  signHs256,
} from '../..';
import { generateSecret } from '../../auth/secret';
import { listen } from '../serve';

const SECRET = generateSecret();

interface Context {
  identity: RequestIdentity;
}

const apollo = new ApolloServer<Context>({
  typeDefs: 'type Query { whoami: String! purpose: String! }',
  resolvers: {
    Query: {
      whoami: (_: unknown, __: unknown, ctx: Context) => ctx.identity.claims?.sub ?? 'public',
      purpose: (_: unknown, __: unknown, ctx: Context) => ctx.identity.purpose,
    },
  },
});

/** How often a request context was built: a refused request must never get one. */
let contexts = 0;
let listening: Listening;

beforeAll(async () => {
  await apollo.start();
  const handler = createHttpHandler<Context>({
    apollo,
    verifier: createTokenVerifier({ kind: 'hs256', secret: SECRET, issuer: 'expertpool-dev' }),
    // Large enough that the 32 MB upload below is not refused for its size: only the token
    // may stop it.
    maxBodyBytes: 64 * 1024 * 1024,
    context: async (_req: IncomingMessage, identity: RequestIdentity) => {
      contexts += 1;
      return { identity };
    },
    routes: { '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }) },
  });
  listening = await listen(handler, 0);
});

afterAll(async () => {
  await listening.close();
  await apollo.stop();
});

beforeEach(() => {
  contexts = 0;
});

const token = (overrides: { purpose?: 'RESEARCH' | 'DIRECTORY' | 'ANY' } = {}) =>
  signDevToken({ sub: 'my-steward', role: 'steward', country: 'MY', ...overrides }, SECRET, 600);

async function post(headers: Record<string, string>, query = '{ whoami purpose }') {
  const response = await fetch(listening.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

/**
 * Declares a 32 MB JSON body, sends its first 64 KB and leaves the request open: a server that
 * read (or buffered) the body before checking the request's credentials would never answer.
 * Resolves with the answer; the rest of the body is never sent.
 */
function partialUpload(extraHeaders: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(listening.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(32 * 1024 * 1024),
          ...extraHeaders,
        },
      });
      const timer = setTimeout(() => {
        req.destroy();
        reject(
          new Error(
            'no answer within 10 s while the body was incomplete: the server waited for the body',
          ),
        );
      }, 10_000);
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (part: string) => (text += part));
        res.on('end', () => {
          clearTimeout(timer);
          req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text });
        });
      });
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.write(Buffer.alloc(64 * 1024, 'a'));
    },
  );
}

describe('a refused token', () => {
  it.each([
    [
      'a token signed with another secret',
      `Bearer ${signHs256({ sub: 'x' }, 'another-secret-that-is-long-enough-to-sign')}`,
    ],
    ['a token that is not a JWT', 'Bearer abc'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('%s: 401, a Bearer challenge, the reason, and nothing else', async (_name, authorization) => {
    const { response, body } = await post({ authorization });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Invalid token: /),
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(contexts).toBe(0);
  });

  it('is answered before the body is read: a 32 MB upload gets its 401 after the first chunk', async () => {
    const { status, headers, body } = await partialUpload({ authorization: 'Bearer abc' });
    expect(status).toBe(401);
    expect(headers['www-authenticate']).toBe('Bearer');
    expect(JSON.parse(body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(contexts).toBe(0);
  });

  it('a bad x-purpose is 400 BAD_USER_INPUT, also before the body is read', async () => {
    const unknown = await post({ 'x-purpose': 'MARKETING' });
    expect(unknown.response.status).toBe(400);
    expect(unknown.response.headers.get('www-authenticate')).toBeNull();
    expect(unknown.body).toEqual({
      errors: [
        {
          message: expect.stringContaining('Unknown purpose "MARKETING" in x-purpose'),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const contradicting = await post({
      authorization: `Bearer ${await token({ purpose: 'RESEARCH' })}`,
      'x-purpose': 'DIRECTORY',
    });
    expect(contradicting.response.status).toBe(400);
    expect(contradicting.body).toEqual({
      errors: [
        {
          message: "x-purpose DIRECTORY contradicts the token's purpose RESEARCH.",
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const upload = await partialUpload({ 'x-purpose': 'MARKETING' });
    expect(upload.status).toBe(400);
    expect(JSON.parse(upload.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(contexts).toBe(0);
  });
});

describe('an accepted request', () => {
  it('without a token is PUBLIC: no claims and no purpose, which a header cannot add', async () => {
    expect((await post({})).body).toEqual({ data: { whoami: 'public', purpose: 'ANY' } });
    const declared = await post({ 'x-purpose': 'directory' });
    expect(declared.response.status).toBe(400);
    expect(declared.body).toEqual({
      errors: [
        {
          message: expect.stringContaining('x-purpose DIRECTORY is not granted'),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it("with a token carries its verified claims, and the token's purpose", async () => {
    expect((await post({ authorization: `Bearer ${await token()}` })).body).toEqual({
      data: { whoami: 'my-steward', purpose: 'ANY' },
    });
    expect(
      (
        await post({
          authorization: `Bearer ${await token({ purpose: 'RESEARCH' })}`,
          'x-purpose': 'RESEARCH',
        })
      ).body,
    ).toEqual({
      data: { whoami: 'my-steward', purpose: 'RESEARCH' },
    });
    // A token granting ANY lets the header choose the purpose.
    expect(
      (
        await post({
          authorization: `Bearer ${await token({ purpose: 'ANY' })}`,
          'x-purpose': 'directory',
        })
      ).body,
    ).toEqual({ data: { whoami: 'my-steward', purpose: 'DIRECTORY' } });
  });

  it('health checks need no token (orchestrators probe without credentials)', async () => {
    const response = await fetch(new URL('/health', listening.url), {
      headers: { authorization: 'Bearer abc' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
