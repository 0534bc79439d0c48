import { createTokenVerifier, signDevToken, signHs256 } from '../..';
import { NOW, SECRET, b64, claims, expectRefusal } from './tokens';

const verifier = createTokenVerifier({ kind: 'hs256', secret: SECRET }, { now: () => NOW * 1000 });
const verify = (token: string) => verifier.verify(`Bearer ${token}`);

describe('hs256 verifier: accepted tokens', () => {
  it('returns null (PUBLIC) for no or an empty Authorization header', async () => {
    await expect(verifier.verify(undefined)).resolves.toBeNull();
    await expect(verifier.verify('')).resolves.toBeNull();
    await expect(verifier.verify('   ')).resolves.toBeNull();
  });

  it('returns the claims of a valid token, dropping unknown claims', async () => {
    const token = signHs256(claims({ purpose: 'TRAINER_SEARCH', extra: 'dropped' }), SECRET);
    await expect(verify(token)).resolves.toEqual({
      iss: 'expertpool-dev',
      sub: 'alice',
      role: 'steward',
      country: 'MY',
      purpose: 'TRAINER_SEARCH',
      iat: NOW - 10,
      exp: NOW + 3600,
    });
    await expect(verifier.verify(`bearer   ${token}`)).resolves.toMatchObject({ sub: 'alice' });
  });

  it('accepts a secretariat token without a country', async () => {
    const token = signHs256(claims({ role: 'secretariat', country: undefined }), SECRET);
    await expect(verify(token)).resolves.toMatchObject({ role: 'secretariat', country: null });
  });

  it('accepts what signDevToken mints', async () => {
    const token = await signDevToken(
      { sub: 'bob', role: 'viewer', country: 'TH' },
      SECRET,
      600,
      NOW,
    );
    await expect(verify(token)).resolves.toEqual({
      iss: 'expertpool-dev',
      sub: 'bob',
      role: 'viewer',
      country: 'TH',
      iat: NOW,
      exp: NOW + 600,
    });
  });

  it('tolerates 30 seconds of clock skew on exp, nbf and iat', async () => {
    await expect(verify(signHs256(claims({ exp: NOW - 29 }), SECRET))).resolves.not.toBeNull();
    await expect(verify(signHs256(claims({ nbf: NOW + 29 }), SECRET))).resolves.not.toBeNull();
    await expect(verify(signHs256(claims({ iat: NOW + 29 }), SECRET))).resolves.not.toBeNull();
  });
});

describe('hs256 verifier: refused tokens', () => {
  const good = signHs256(claims(), SECRET);
  const [head, body, sig] = good.split('.');

  it('refuses expired, not-yet-valid and non-expiring tokens', async () => {
    await expectRefusal(
      verify(signHs256(claims({ exp: NOW - 30 }), SECRET)),
      'the token has expired',
    );
    await expectRefusal(
      verify(signHs256(claims({ nbf: NOW + 31 }), SECRET)),
      'not valid yet (claim "nbf")',
    );
    await expectRefusal(
      verify(signHs256(claims({ iat: NOW + 31 }), SECRET)),
      'claim "iat" is in the future',
    );
    await expectRefusal(
      verify(signHs256(claims({ exp: undefined }), SECRET)),
      'claim "exp" is missing',
    );
    await expectRefusal(
      verify(signHs256(claims({ exp: '2030-01-01' }), SECRET)),
      'claim "exp" must be a NumericDate',
    );
    await expectRefusal(
      verify(signHs256(claims({ iat: undefined }), SECRET)),
      'claim "iat" is missing',
    );
  });

  it('refuses a signature made with another secret', async () => {
    const forged = signHs256(claims(), 'another-secret-that-is-32-characters-long!!');
    await expectRefusal(verify(forged), 'bad signature');
  });

  it('refuses a tampered payload or header', async () => {
    await expectRefusal(
      verify(`${head}.${b64(claims({ role: 'secretariat', country: null }))}.${sig}`),
      'bad signature',
    );
    await expectRefusal(
      verify(`${b64({ alg: 'HS256', typ: 'JWT', kid: 'x' })}.${body}.${sig}`),
      'bad signature',
    );
    await expectRefusal(verify(`${head}.${body}.${sig.slice(0, -3)}`), 'bad signature');
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    await expectRefusal(verify(`${head}.${body}.${flipped}`), 'bad signature');
  });

  it('refuses unsigned tokens (alg none) however spelled', async () => {
    for (const alg of ['none', 'None', 'NONE']) {
      await expectRefusal(
        verify(`${b64({ alg, typ: 'JWT' })}.${body}.`),
        'unsigned tokens (alg "none")',
      );
      await expectRefusal(verify(`${b64({ alg })}.${body}.${sig}`), 'unsigned tokens (alg "none")');
    }
    await expectRefusal(verify(`${head}.${body}.`), 'the signature is missing');
  });

  it('refuses any other algorithm (algorithm confusion)', async () => {
    for (const alg of ['RS256', 'ES256', 'HS384', 'HS512', 'PS256']) {
      // Correctly HMAC-signed with the secret, but claiming another algorithm.
      await expectRefusal(
        verify(signHs256(claims(), SECRET, { alg })),
        `algorithm "${alg}" is not accepted here; expected HS256`,
      );
    }
    await expectRefusal(
      verify(signHs256(claims(), SECRET, { alg: undefined })),
      'header "alg" is missing',
    );
    await expectRefusal(verify(signHs256(claims(), SECRET, { crit: ['exp'] })), 'header "crit"');
  });

  it.each([
    ['two parts', `${head}.${body}`, 'malformed token (a JWT has 3 dot-separated parts)'],
    ['four parts', `${good}.x`, 'malformed token (a JWT has 3 dot-separated parts)'],
    ['one part', 'abc', 'malformed token (a JWT has 3 dot-separated parts)'],
    [
      'a header that is not base64url',
      `${head}*.${body}.${sig}`,
      'malformed token (the header is not a valid JWS header)',
    ],
    [
      'padded base64',
      `${head}==.${body}.${sig}`,
      'malformed token (the header is not a valid JWS header)',
    ],
    [
      'an empty header',
      `.${body}.${sig}`,
      'malformed token (the header is not a valid JWS header)',
    ],
    [
      'a payload that is not base64url',
      `${head}.${body}!.${sig}`,
      'malformed token (the payload is not base64url)',
    ],
    [
      'a header that is not JSON',
      `${b64('not json')}.${body}.${sig}`,
      'malformed token (the header is not a valid JWS header)',
    ],
    [
      'a payload that is not JSON',
      `${head}.${b64('{"sub":')}.${sig}`,
      'malformed token (the payload is not JSON)',
    ],
    [
      'a payload that is a JSON array',
      `${head}.${b64([1, 2])}.${sig}`,
      'malformed token (the payload is not a JSON object)',
    ],
    [
      'a header that is JSON null',
      `${b64('null')}.${body}.${sig}`,
      'malformed token (the header is not a valid JWS header)',
    ],
    [
      'invalid UTF-8',
      `${Buffer.from([0xff, 0xfe]).toString('base64url')}.${body}.${sig}`,
      'malformed token (the header is not a valid JWS header)',
    ],
    [
      'a signature that is not base64url',
      `${head}.${body}.${sig}+`,
      'malformed token (the signature is not base64url)',
    ],
    // jose's decoder would ignore the padding: the same signature, spelled another way.
    [
      'a padded signature',
      `${head}.${body}.${sig}=`,
      'malformed token (the signature is not base64url)',
    ],
    // Base64url characters only, but a length no base64url string has: jose refuses to decode it.
    [
      'a signature of impossible length',
      `${head}.${body}.${sig}AA`,
      'malformed token (the signature is not base64url)',
    ],
    ['a huge token', `${head}.${'A'.repeat(9000)}.${sig}`, 'longer than 8192 characters'],
  ])('refuses a malformed token: %s', async (_name, token, message) => {
    await expectRefusal(verify(token), message);
  });

  it.each([
    ['no scheme', good],
    ['Basic', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['Bearer alone', 'Bearer'],
    ['Bearer with two tokens', `Bearer ${good} ${good}`],
    ['Token scheme', `Token ${good}`],
  ])('refuses an Authorization header that is not "Bearer <jwt>": %s', async (_name, header) => {
    await expectRefusal(
      verifier.verify(header),
      'the Authorization header must be "Bearer <token>"',
    );
  });

  it.each([
    [
      { role: 'admin' },
      'claim "role" must be one of viewer, steward, secretariat, expert, got "admin"',
    ],
    [
      { role: undefined },
      'claim "role" must be one of viewer, steward, secretariat, expert, got nothing',
    ],
    [{ country: 'XX' }, 'claim "country" must be a country code (BN, KH'],
    [{ country: 'my' }, 'claim "country" must be a country code'],
    [{ country: 458 }, 'claim "country" must be a country code'],
    [{ country: undefined }, 'claim "country" is required for role "steward"'],
    [{ role: 'viewer', country: null }, 'claim "country" is required for role "viewer"'],
    [
      { role: 'secretariat', country: 'MY' },
      'claim "country" must be absent or null for role "secretariat"',
    ],
    [{ purpose: 'MARKETING' }, 'claim "purpose" must be one of ANY, TRAINER_SEARCH'],
    [{ sub: '' }, 'claim "sub" is missing or empty'],
    [{ sub: undefined }, 'claim "sub" is missing or empty'],
    [{ sub: 'a\nb' }, 'claim "sub" must be at most 256 printable characters'],
    [{ iss: 42 }, 'claim "iss" is missing or empty'],
  ])('refuses bad claims %j', async (overrides, message) => {
    await expectRefusal(verify(signHs256(claims(overrides), SECRET)), message);
  });

  it('requires the configured issuer when one is set', async () => {
    const strict = createTokenVerifier(
      { kind: 'hs256', secret: SECRET, issuer: 'expertpool-dev' },
      { now: () => NOW * 1000 },
    );
    await expect(strict.verify(`Bearer ${good}`)).resolves.not.toBeNull();
    await expectRefusal(
      strict.verify(`Bearer ${signHs256(claims({ iss: 'elsewhere' }), SECRET)}`),
      'unknown issuer "elsewhere"',
    );
    await expectRefusal(
      strict.verify(`Bearer ${signHs256(claims({ iss: undefined }), SECRET)}`),
      'claim "iss" is missing',
    );
  });
});

describe('hs256 configuration and signing', () => {
  it('refuses a short secret at start-up', () => {
    expect(() => createTokenVerifier({ kind: 'hs256', secret: 'short' })).toThrow(
      'the HS256 secret is too weak (5 characters of base64 carry at most 30 bits)',
    );
  });

  it('signDevToken refuses what the verifier would refuse', async () => {
    await expect(
      signDevToken({ sub: 'a', role: 'steward', country: 'MY' }, 'short', 60),
    ).rejects.toThrow('the signing secret is too weak');
    await expect(
      signDevToken({ sub: 'a', role: 'steward', country: 'MY' }, SECRET, 0),
    ).rejects.toThrow('ttlSeconds');
    await expect(signDevToken({ sub: 'a', role: 'steward' }, SECRET, 60)).rejects.toThrow(
      'Cannot sign a dev token: Invalid token: claim "country" is required for role "steward".',
    );
  });

  it('uses the real clock by default', async () => {
    const live = createTokenVerifier({ kind: 'hs256', secret: SECRET });
    const token = await signDevToken({ sub: 'a', role: 'secretariat' }, SECRET, 60);
    await expect(live.verify(`Bearer ${token}`)).resolves.toMatchObject({
      role: 'secretariat',
      country: null,
    });
    await expectRefusal(
      live.verify(`Bearer ${signHs256(claims(), SECRET)}`),
      'the token has expired',
    );
  });
});
