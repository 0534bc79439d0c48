import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { TokenVerifier, createTokenVerifier } from '../verify';
import { NOW, claims, expectRefusal, signAsymmetric } from './tokens';

const ISS = 'https://idp.sg.example';
const rsa1 = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsa2 = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec1 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = (key: KeyObject, extra: Record<string, unknown>) => ({
  ...key.export({ format: 'jwk' }),
  use: 'sig',
  ...extra,
});
const payload = claims({ iss: ISS, country: 'SG' });

let server: Server;
let url: string;
let jwks: { keys: unknown[] };
/** A document served instead of `jwks`. */
let served: unknown;
let fetches = 0;
let failing = false;
let clock = NOW * 1000;
let logged: string[] = [];

beforeAll(async () => {
  // jose's key-set cache (its age and its refetch cooldown) reads Date.now(): the test's clock.
  jest.spyOn(Date, 'now').mockImplementation(() => clock);
  server = createServer((_req, res) => {
    fetches++;
    if (failing) {
      res.statusCode = 503;
      res.end('down');
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(served === undefined ? jwks : served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});

afterAll(async () => {
  jest.restoreAllMocks();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function newVerifier(): TokenVerifier {
  fetches = 0;
  failing = false;
  served = undefined;
  clock = NOW * 1000;
  logged = [];
  jwks = {
    keys: [
      jwk(rsa1.publicKey, { kid: 'r1', alg: 'RS256' }),
      jwk(ec1.publicKey, { kid: 'e1', alg: 'ES256' }),
    ],
  };
  return createTokenVerifier(
    {
      kind: 'keys',
      issuers: { [ISS]: { jwksUrl: url, vouchesFor: ['SG'] } },
      jwks: { cacheMaxAge: 600_000, cooldownDuration: 30_000 },
    },
    { now: () => clock, log: (line) => logged.push(line) },
  );
}

const bearer = (token: string) => `Bearer ${token}`;
const rs = (key: KeyObject, kid?: string) =>
  bearer(signAsymmetric('RS256', key, payload, kid === undefined ? {} : { kid }));
const es = (key: KeyObject, kid: string) => bearer(signAsymmetric('ES256', key, payload, { kid }));

describe('keys verifier with a JWKS endpoint', () => {
  it('verifies RS256 and ES256 tokens with one fetch, then from the cache', async () => {
    const verifier = newVerifier();
    await expect(verifier.verify(rs(rsa1.privateKey, 'r1'))).resolves.toMatchObject({
      iss: ISS,
      country: 'SG',
    });
    await expect(verifier.verify(es(ec1.privateKey, 'e1'))).resolves.toMatchObject({ iss: ISS });
    await expect(verifier.verify(rs(rsa1.privateKey, 'r1'))).resolves.not.toBeNull();
    expect(fetches).toBe(1);
  });

  it('shares one fetch between concurrent requests', async () => {
    const verifier = newVerifier();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => verifier.verify(rs(rsa1.privateKey, 'r1'))),
    );
    expect(results.every((c) => c?.sub === 'alice')).toBe(true);
    expect(fetches).toBe(1);
  });

  it('refetches once for a new kid (key rotation), rate-limited', async () => {
    const verifier = newVerifier();
    await verifier.verify(rs(rsa1.privateKey, 'r1'));
    jwks.keys.push(jwk(rsa2.publicKey, { kid: 'r2', alg: 'RS256' }));
    clock += 31_000;
    await expect(verifier.verify(rs(rsa2.privateKey, 'r2'))).resolves.not.toBeNull();
    expect(fetches).toBe(2);
    await expect(verifier.verify(rs(rsa2.privateKey, 'r2'))).resolves.not.toBeNull();
    expect(fetches).toBe(2);
    // Unknown kids cannot make the verifier hammer the issuer: at most one fetch per 30 s.
    clock += 1_000;
    for (let i = 0; i < 5; i++)
      await expectRefusal(
        verifier.verify(rs(rsa2.privateKey, `forged-${i}`)),
        /has no RS256 key with kid "forged-\d"/,
      );
    expect(fetches).toBe(2);
    clock += 30_000;
    await expectRefusal(
      verifier.verify(rs(rsa2.privateKey, 'forged')),
      'issuer "https://idp.sg.example" has no RS256 key with kid "forged"',
    );
    expect(fetches).toBe(3);
  });

  it('refetches when the cache is older than its TTL', async () => {
    const verifier = newVerifier();
    await verifier.verify(rs(rsa1.privateKey, 'r1'));
    clock += 600_000;
    await verifier.verify(rs(rsa1.privateKey, 'r1'));
    expect(fetches).toBe(2);
  });

  // jose serves cached keys for cacheMaxAge and no longer: once they are older, a failing
  // endpoint refuses the issuer's tokens until it answers again (so a revoked key stops working;
  // an operator whose identity provider is flaky raises cacheMaxAge).
  // docs/adr/0005-jose-for-jwt-and-jwks.md
  it('keeps known keys while the endpoint is down within cacheMaxAge, then refuses until it answers', async () => {
    const verifier = newVerifier();
    await verifier.verify(rs(rsa1.privateKey, 'r1'));
    failing = true;
    clock += 599_000;
    await expect(verifier.verify(rs(rsa1.privateKey, 'r1'))).resolves.not.toBeNull();
    expect(fetches).toBe(1);
    // A kid not in the set asks the endpoint again (past the cooldown); it is down: refused.
    await expectRefusal(
      verifier.verify(rs(rsa2.privateKey, 'r2')),
      'issuer "https://idp.sg.example" has no usable RS256 key with kid "r2"',
    );
    expect(fetches).toBe(2);
    expect(logged).toEqual([
      'JWKS of issuer "https://idp.sg.example": no usable RS256 key with kid "r2": Expected 200 OK from the JSON Web Key Set HTTP response',
    ]);
    clock += 1_000;
    await expectRefusal(
      verifier.verify(rs(rsa1.privateKey, 'r1')),
      'the signing keys of issuer "https://idp.sg.example" are unavailable',
    );
    expect(fetches).toBe(3);
    expect(logged[1]).toBe(
      'JWKS of issuer "https://idp.sg.example" could not be fetched: Expected 200 OK from the JSON Web Key Set HTTP response',
    );
    failing = false;
    await expect(verifier.verify(rs(rsa1.privateKey, 'r1'))).resolves.not.toBeNull();
    expect(fetches).toBe(4);
  });

  it('refuses every token while the endpoint has never answered', async () => {
    const cold = newVerifier();
    failing = true;
    await expectRefusal(
      cold.verify(rs(rsa1.privateKey, 'r1')),
      'the signing keys of issuer "https://idp.sg.example" are unavailable',
      [url],
    );
    expect(fetches).toBe(1);
    // jose has no cooldown after a failed fetch: the next token asks again, concurrent ones share.
    await Promise.all(
      Array.from({ length: 3 }, () =>
        expectRefusal(cold.verify(rs(rsa1.privateKey, 'r1')), 'are unavailable'),
      ),
    );
    expect(fetches).toBe(2);
  });

  it('matches keys by kid and algorithm, and by algorithm alone only when unambiguous', async () => {
    const verifier = newVerifier();
    await expect(verifier.verify(rs(rsa1.privateKey))).resolves.not.toBeNull();
    await expectRefusal(
      verifier.verify(rs(rsa1.privateKey, 'e1')),
      'has no RS256 key with kid "e1"',
    );
    await expectRefusal(verifier.verify(rs(rsa2.privateKey, 'r1')), 'bad signature');
    jwks.keys.push(jwk(rsa2.publicKey, { kid: 'r2' }));
    clock += 600_000;
    await expectRefusal(
      verifier.verify(rs(rsa1.privateKey)),
      'header "kid" is missing and issuer "https://idp.sg.example" has several RS256 keys',
    );
  });
});

describe('the keys a JWKS endpoint serves', () => {
  const rsaWeak = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const ecP384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });

  it('verifies with its usable public signing keys only; unusable keys are refused by kid', async () => {
    const verifier = newVerifier();
    jwks = {
      keys: [
        jwk(rsa1.publicKey, { kid: 'ok-rsa' }),
        jwk(ec1.publicKey, { kid: 'ok-ec', alg: 'ES256' }),
        jwk(rsa1.publicKey, { kid: 'enc', use: 'enc' }),
        jwk(rsa1.publicKey, { kid: 'wrong-alg', alg: 'ES256' }),
        { ...rsa1.privateKey.export({ format: 'jwk' }), kid: 'private' },
        { kty: 'oct', k: 'c2VjcmV0', kid: 'symmetric' },
        jwk(rsaWeak.publicKey, { kid: 'weak' }),
        jwk(ecP384.publicKey, { kid: 'p384' }),
        { kty: 'RSA', n: '!!', e: 'AQAB', kid: 'broken' },
      ],
    };
    await expect(verifier.verify(rs(rsa1.privateKey, 'ok-rsa'))).resolves.not.toBeNull();
    await expect(verifier.verify(es(ec1.privateKey, 'ok-ec'))).resolves.not.toBeNull();
    for (const kid of ['enc', 'wrong-alg', 'symmetric'])
      await expectRefusal(
        verifier.verify(rs(rsa1.privateKey, kid)),
        `issuer "https://idp.sg.example" has no RS256 key with kid "${kid}"`,
      );
    await expectRefusal(
      verifier.verify(es(ec1.privateKey, 'wrong-alg')),
      'has no ES256 key with kid "wrong-alg"',
    );
    await expectRefusal(
      verifier.verify(es(ecP384.privateKey, 'p384')),
      'has no ES256 key with kid "p384"',
    );
    expect(logged).toEqual([]);
    // A key jose will not use: refused, and the operator is told which key and why.
    await expectRefusal(
      verifier.verify(rs(rsa1.privateKey, 'private')),
      'issuer "https://idp.sg.example" has no usable RS256 key with kid "private"',
    );
    expect(logged).toEqual([
      'JWKS of issuer "https://idp.sg.example": no usable RS256 key with kid "private": JSON Web Key Set members must be public keys',
    ]);
    // RSA under 2048 bits (a malformed modulus reads as 0 bits): jose refuses it at verification.
    await expectRefusal(verifier.verify(rs(rsaWeak.privateKey, 'weak')), 'could not be verified');
    await expectRefusal(verifier.verify(rs(rsa1.privateKey, 'broken')), 'could not be verified');
    expect(logged.slice(1)).toEqual([
      expect.stringContaining('2048 bits or larger'),
      expect.stringContaining('2048 bits or larger'),
    ]);
    expect(fetches).toBe(1);
  });

  // jose takes a document whole or not at all: one entry that is not an object voids the set.
  it.each([
    ['no "keys" array', { nokeys: [] }],
    ['JSON null', null],
    ['entries that are not objects', { keys: [jwk(rsa1.publicKey, { kid: 'r1' }), null, 'junk'] }],
  ])('refuses every token while its document has %s', async (_name, document) => {
    const verifier = newVerifier();
    served = document;
    await expectRefusal(
      verifier.verify(rs(rsa1.privateKey, 'r1')),
      'the signing keys of issuer "https://idp.sg.example" are unavailable',
    );
    expect(logged).toEqual([
      'JWKS of issuer "https://idp.sg.example" could not be fetched: JSON Web Key Set malformed',
    ]);
  });
});
