import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, createTokenVerifier, signHs256 } from '../..';
import { IssuerKeys } from '../issuers';
import { NOW, b64, claims, expectRefusal, signAsymmetric } from './tokens';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (key: typeof rsa.publicKey) => key.export({ format: 'pem', type: 'spki' }).toString();
const rsaPem = pem(rsa.publicKey);
const ecPem = pem(ec.publicKey);

const verifier = createTokenVerifier(
  {
    kind: 'keys',
    issuers: {
      'https://idp.my.example': { publicKeyPem: rsaPem, vouchesFor: ['MY', 'secretariat'] },
      'https://idp.th.example': { publicKeyPem: ecPem, vouchesFor: ['TH'] },
    },
  },
  { now: () => NOW * 1000 },
);
const verify = (token: string) => verifier.verify(`Bearer ${token}`);
const myClaims = claims({ iss: 'https://idp.my.example' });
const thClaims = claims({ iss: 'https://idp.th.example', country: 'TH', role: 'viewer' });

describe('keys verifier with PEM public keys', () => {
  it('accepts RS256 and ES256 tokens of configured issuers', async () => {
    await expect(verify(signAsymmetric('RS256', rsa.privateKey, myClaims))).resolves.toMatchObject({
      iss: 'https://idp.my.example',
      country: 'MY',
      role: 'steward',
    });
    await expect(verify(signAsymmetric('ES256', ec.privateKey, thClaims))).resolves.toMatchObject({
      iss: 'https://idp.th.example',
      country: 'TH',
      role: 'viewer',
    });
  });

  it("refuses a validly signed token for a bearer outside its issuer's remit", async () => {
    // TH's identity provider may not mint a steward of MY, nor a secretariat official.
    await expectRefusal(
      verify(
        signAsymmetric(
          'ES256',
          ec.privateKey,
          claims({ iss: 'https://idp.th.example', country: 'MY' }),
        ),
      ),
      'issuer "https://idp.th.example" may not vouch for officials of MY',
    );
    await expectRefusal(
      verify(
        signAsymmetric(
          'ES256',
          ec.privateKey,
          claims({ iss: 'https://idp.th.example', role: 'secretariat', country: null }),
        ),
      ),
      'issuer "https://idp.th.example" may not vouch for the secretariat',
    );
    await expect(
      verify(
        signAsymmetric(
          'RS256',
          rsa.privateKey,
          claims({ iss: 'https://idp.my.example', role: 'secretariat', country: null }),
        ),
      ),
    ).resolves.toMatchObject({ role: 'secretariat', country: null });
  });

  it('refuses a token signed by another key, or tampered', async () => {
    await expectRefusal(
      verify(signAsymmetric('RS256', otherRsa.privateKey, myClaims)),
      'bad signature',
    );
    const [head, , sig] = signAsymmetric('ES256', ec.privateKey, thClaims).split('.');
    await expectRefusal(
      verify(`${head}.${b64({ ...thClaims, role: 'steward' })}.${sig}`),
      'bad signature',
    );
    // An ES256 signature must be raw r||s (64 bytes), not DER.
    await expectRefusal(verify(`${head}.${b64(thClaims)}.${b64('x'.repeat(70))}`), 'bad signature');
  });

  it('refuses HS256 signed with the PEM public key as HMAC secret (algorithm confusion)', async () => {
    const confused = signHs256(myClaims, rsaPem);
    await expectRefusal(
      verify(confused),
      'algorithm "HS256" is not accepted here; expected RS256 or ES256',
      [rsaPem],
    );
    await expectRefusal(verify(signHs256(myClaims, rsaPem, { alg: 'none' })), 'alg "none"');
  });

  it('binds each issuer to the algorithm of its key', async () => {
    // An ES256 token claiming the RSA issuer: refused before any signature check.
    await expectRefusal(
      verify(signAsymmetric('ES256', ec.privateKey, myClaims)),
      'issuer "https://idp.my.example" signs with RS256, not ES256',
    );
  });

  it('refuses unknown or missing issuers, whatever their spelling', async () => {
    for (const iss of [
      'https://evil.example',
      '__proto__',
      'constructor',
      'toString',
      'https://idp.my.example/',
    ])
      await expectRefusal(
        verify(signAsymmetric('RS256', rsa.privateKey, claims({ iss }))),
        'unknown issuer',
      );
    await expectRefusal(
      verify(signAsymmetric('RS256', rsa.privateKey, claims({ iss: undefined }))),
      'claim "iss" is missing',
    );
  });

  it('still validates lifetime and claims after the signature', async () => {
    await expectRefusal(
      verify(signAsymmetric('RS256', rsa.privateKey, { ...myClaims, exp: NOW - 60 })),
      'expired',
    );
    await expectRefusal(
      verify(signAsymmetric('RS256', rsa.privateKey, { ...myClaims, role: 'root' })),
      'claim "role"',
    );
    await expectRefusal(
      verify(signAsymmetric('RS256', rsa.privateKey, myClaims, { kid: 7 })),
      'header "kid" must be a string',
    );
  });
});

describe('keys configuration', () => {
  const problemsOf = (issuers: Record<string, Partial<IssuerKeys>>): string[] => {
    try {
      const withRemit = Object.fromEntries(
        Object.entries(issuers).map(([iss, keys]) => [iss, { vouchesFor: ['MY'], ...keys }]),
      );
      createTokenVerifier({ kind: 'keys', issuers: withRemit });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
    throw new Error('expected a ConfigError');
  };

  it('reports every bad issuer at start-up', () => {
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    const secp256k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey;
    expect(
      problemsOf({
        a: {},
        b: { publicKeyPem: rsaPem, jwksUrl: 'https://b.example/jwks' },
        c: { publicKeyPem: 'not a key' },
        d: { publicKeyPem: rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() },
        e: { publicKeyPem: pem(weak) },
        f: { publicKeyPem: pem(secp256k1) },
        g: { jwksUrl: 'file:///etc/passwd' },
        ' ': { publicKeyPem: rsaPem },
        h: { publicKeyPem: rsaPem, vouchesFor: [] },
        i: { publicKeyPem: rsaPem, vouchesFor: ['MY', 'XX', 'admin'] },
      }),
    ).toEqual([
      'issuer "a": give exactly one of jwksUrl and publicKeyPem',
      'issuer "b": give exactly one of jwksUrl and publicKeyPem',
      'issuer "c": publicKeyPem is not a PEM public key',
      'issuer "d": publicKeyPem is a private key; give the public key',
      'issuer "e": publicKeyPem must be an RSA key of 2048+ bits or an EC P-256 key',
      'issuer "f": publicKeyPem must be an RSA key of 2048+ bits or an EC P-256 key',
      'issuer "g": jwksUrl must be an http(s) URL',
      'issuer " ": the issuer name is empty',
      'issuer "h": vouchesFor must list the country codes and/or "secretariat" this issuer may vouch for',
      'issuer "i": vouchesFor: "XX", "admin" is not a country code or "secretariat"',
    ]);
    expect(problemsOf({})).toEqual(['keys mode needs at least one issuer']);
  });
});
