import { generateKeyPairSync } from 'node:crypto';
import { createTokenVerifier, signDevToken, signHs256 } from '../..';
import { audienceFor } from '../audience';
import { validateClaims } from '../claims';
import { createTrustedIssuers } from '../issuers';
import { NOW, SECRET, claims, expectRefusal } from './tokens';

// docs/ARCHITECTURE.md §6.8: an expert token binds its bearer to one record of their country.
const expert = (overrides: Record<string, unknown> = {}) =>
  claims({ role: 'expert', country: 'MY', expertId: 'MY:abcd1234', ...overrides });

const verifier = createTokenVerifier({ kind: 'hs256', secret: SECRET }, { now: () => NOW * 1000 });
const verify = (payload: Record<string, unknown>) =>
  verifier.verify(`Bearer ${signHs256(payload, SECRET)}`);

describe('role expert: claims', () => {
  it('keeps the expertId of an expert of the record country', () => {
    expect(validateClaims(expert(), NOW)).toMatchObject({
      role: 'expert',
      country: 'MY',
      expertId: 'MY:abcd1234',
    });
  });

  it('refuses an expert token without expertId, with a malformed one, or of another country', async () => {
    await expectRefusal(
      verify(expert({ expertId: undefined })),
      'claim "expertId" is required for role "expert"',
    );
    await expectRefusal(verify(expert({ expertId: 'MY' })), 'must be an expert id like');
    await expectRefusal(
      verify(expert({ expertId: 'TH:abcd1234' })),
      'claim "expertId" names a record of TH, but the bearer\'s country is MY',
    );
    await expectRefusal(
      verify(expert({ country: undefined })),
      'claim "country" is required for role "expert"',
    );
  });

  it('refuses an expertId on any other role: an official cannot pass for an expert', async () => {
    for (const role of ['viewer', 'steward'])
      await expectRefusal(
        verify(claims({ role, expertId: 'MY:abcd1234' })),
        `claim "expertId" is only allowed for role "expert", not "${role}"`,
      );
    await expectRefusal(
      verify(claims({ role: 'secretariat', country: undefined, expertId: 'MY:abcd1234' })),
      'only allowed for role "expert"',
    );
  });

  it('signDevToken mints one the verifier accepts, and none it would refuse', async () => {
    const token = await signDevToken(
      { role: 'expert', country: 'MY', expertId: 'MY:abcd1234' },
      SECRET,
      600,
      NOW,
    );
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({
      role: 'expert',
      expertId: 'MY:abcd1234',
      sub: 'dev-expert-my',
    });
    await expect(
      signDevToken({ role: 'expert', country: 'MY', expertId: 'SG:abcd1234' }, SECRET, 600, NOW),
    ).rejects.toThrow('names a record of SG');
  });
});

describe('role expert: audience', () => {
  it('is PUBLIC for every record, even of the expert’s own country', () => {
    const bearer = validateClaims(expert(), NOW);
    for (const country of ['MY', 'TH', 'SG']) expect(audienceFor(bearer, country)).toBe('PUBLIC');
  });
});

describe('role expert: issuer remit', () => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const issuers = createTrustedIssuers(
    { 'https://idp.my.example': { publicKeyPem: pem, vouchesFor: ['MY'] } },
    {},
  );
  const my = issuers.get('https://idp.my.example')!;

  it('lets a country’s identity provider vouch for its own experts only', () => {
    expect(() => my.authorise(validateClaims(expert(), NOW))).not.toThrow();
    const thai = validateClaims(expert({ country: 'TH', expertId: 'TH:abcd1234' }), NOW);
    expect(() => my.authorise(thai)).toThrow('may not vouch for experts of TH');
  });
});
