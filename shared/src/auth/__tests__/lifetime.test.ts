/**
 * Issue 9, finding 9: a token with `exp` = 10^20 was accepted. Every service now refuses a
 * token issued to live longer than JWT_MAX_LIFETIME (default 12 h), whoever signed it.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createTokenVerifier, signDevToken, signHs256 } from '../..';
import { NOW, SECRET, claims, expectRefusal, signAsymmetric } from './tokens';

const at = { now: () => NOW * 1000 };
const dev = createTokenVerifier({ kind: 'hs256', secret: SECRET }, at);
const verify = (payload: Record<string, unknown>) =>
  dev.verify(`Bearer ${signHs256(payload, SECRET)}`);

describe('maximum token lifetime', () => {
  it('refuses exp = 10^20, saying why', async () => {
    await expectRefusal(
      verify(claims({ iat: NOW, exp: 1e20 })),
      /^Invalid token: it was issued to live \d+ years \(claims "iat" to "exp"\), longer than the 12h this service accepts\.$/,
    );
  });

  it('accepts 12 h (and the clock skew), refuses a minute more', async () => {
    await expect(verify(claims({ iat: NOW, exp: NOW + 12 * 3600 + 30 }))).resolves.toMatchObject({
      sub: 'alice',
    });
    await expectRefusal(
      verify(claims({ iat: NOW, exp: NOW + 12 * 3600 + 60 })),
      'it was issued to live 12h 1m (claims "iat" to "exp"), longer than the 12h',
    );
  });

  it('measures from iat: a token issued long ago to live for days is refused though valid now', async () => {
    await expectRefusal(
      verify(claims({ iat: NOW - 10 * 86400, exp: NOW + 600 })),
      'it was issued to live 10 days',
    );
  });

  it('is configurable (JWT_MAX_LIFETIME): a 1 h limit refuses what signDevToken mints for 8 h', async () => {
    const strict = createTokenVerifier(
      { kind: 'hs256', secret: SECRET, maxLifetimeSeconds: 3600 },
      at,
    );
    const day = await signDevToken({ role: 'secretariat' }, SECRET, 8 * 3600, NOW);
    await expectRefusal(
      strict.verify(`Bearer ${day}`),
      'live 8h (claims "iat" to "exp"), longer than the 1h',
    );
    const hour = await signDevToken({ role: 'secretariat' }, SECRET, 3600, NOW);
    await expect(strict.verify(`Bearer ${hour}`)).resolves.toMatchObject({ role: 'secretariat' });
  });

  it("applies to every identity provider's tokens, not only dev tokens", async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const iss = 'https://idp.secretariat.example';
    const keys = createTokenVerifier(
      {
        kind: 'keys',
        issuers: {
          [iss]: {
            publicKeyPem: rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
            vouchesFor: ['secretariat'],
          },
        },
      },
      at,
    );
    const token = (exp: number) =>
      signAsymmetric('RS256', rsa.privateKey, {
        ...claims({ iss, role: 'secretariat', country: undefined }),
        iat: NOW,
        exp,
      });
    await expectRefusal(keys.verify(`Bearer ${token(1e20)}`), 'longer than the 12h');
    await expect(keys.verify(`Bearer ${token(NOW + 600)}`)).resolves.toMatchObject({ iss });
  });
});
