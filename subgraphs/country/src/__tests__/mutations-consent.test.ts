/**
 * setConsent: audience OWN needs no consent and is refused; the consent given decides what the
 * other audiences see, and survives later data updates through upsertExpert.
 */
import { Caller } from '../caller';
import { CountryServer } from '../server';
import { ExpertInput, expertInput } from './helpers/records';
import { CONSENT, COUNTRY, PUBLIC, SEEDED, VIEWER, pause, upsertOkOn } from './helpers/mutations';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'mutations_consent', SEEDED);
});

afterAll(() => stopCountry(server));

const upsertOk = (input: ExpertInput) => upsertOkOn(server, input);

describe('setConsent', () => {
  let id: string;

  beforeAll(async () => {
    id = (await upsertOk(expertInput('BKN-CONSENT', { displayName: 'Consent Subject' }))).id;
  });

  const visibleTo = async (caller: Caller) =>
    (await ok(server, 'query E($id: ID!) { expert(id: $id) { id } }', { id }, caller)).expert !==
    null;

  it('refuses audience OWN', async () => {
    const result = await run(server, CONSENT, {
      id,
      consent: [{ audience: 'OWN', granted: true, noticeVersion: '2025-01' }],
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toMatch(/OWN needs no consent/);
  });

  it('refuses an empty list and an unknown expert', async () => {
    expect(codesOf(await run(server, CONSENT, { id, consent: [] }))).toEqual(['BAD_USER_INPUT']);
    const missing = await run(server, CONSENT, {
      id: 'ID:zzzz9999',
      consent: [{ audience: 'PUBLIC', granted: true, noticeVersion: 'v1' }],
    });
    expect(codesOf(missing)).toEqual(['NOT_FOUND']);
  });

  it('a grant makes the expert visible to that audience, a later withdrawal hides it again', async () => {
    expect(await visibleTo(PUBLIC)).toBe(false);
    const granted = await ok(server, CONSENT, {
      id,
      consent: [{ audience: 'PUBLIC', granted: true, noticeVersion: '2025-01' }],
    });
    expect(granted.setConsent.consent.audiences).toEqual(['PUBLIC']);
    expect(granted.setConsent.consent.noticeVersion).toBe('2025-01');
    expect(await visibleTo(PUBLIC)).toBe(true);

    // A data update through upsertExpert keeps the consent given.
    await upsertOk(expertInput('BKN-CONSENT', { displayName: 'Consent Subject Renamed' }));
    expect(await visibleTo(PUBLIC)).toBe(true);

    await pause(5);
    const withdrawn = await ok(server, CONSENT, {
      id,
      consent: [{ audience: 'PUBLIC', granted: false, noticeVersion: '2025-01' }],
    });
    expect(withdrawn.setConsent.consent.audiences).toEqual([]);
    expect(await visibleTo(PUBLIC)).toBe(false);
    expect(await visibleTo(VIEWER)).toBe(true);
  });
});
