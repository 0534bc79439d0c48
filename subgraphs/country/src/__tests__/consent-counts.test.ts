/**
 * The steward console's consent summary (docs/ARCHITECTURE.md §6.4, §10.5): how many of the
 * country's experts answered yes or no to each audience and purpose, and how many each audience
 * sees, by the very visibility rule its requests meet; counts only, for the country's stewards.
 */
import { Caller } from '../caller';
import { CountryServer } from '../server';
import {
  COUNTRY,
  FACETS,
  OTHER_STEWARD,
  PUBLIC,
  SECRETARIAT,
  STEWARD,
  consentedExpert,
} from './helpers/governance';
import { CONSENT, VIEWER } from './helpers/mutations';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;

const COUNTS = /* GraphQL */ `
  query Counts($country: CountryCode!) {
    consentCounts(country: $country) {
      country
      experts
      noConsent
      audiences {
        audience
        purposes {
          purpose
          granted
          withdrawn
          visible
        }
      }
    }
  }
`;

type Counts = { purpose: string; granted: number; withdrawn: number; visible: number };
const countsOf = (result: any, audience: string, purpose: string): Counts =>
  result.consentCounts.audiences
    .find((a: { audience: string }) => a.audience === audience)
    .purposes.find((p: Counts) => p.purpose === purpose);

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'consent_counts', 0);
  await consentedExpert(server, 'CC-ALL');
  await consentedExpert(server, 'CC-ALL2');
  await consentedExpert(server, 'CC-MEM', ['MEMBER']);
  await consentedExpert(server, 'CC-NONE', []);
  const research = await consentedExpert(server, 'CC-RES', []);
  await ok(server, CONSENT, {
    id: research,
    consent: [{ audience: 'SECRETARIAT', purpose: 'RESEARCH', granted: true, noticeVersion: 'n' }],
  });
  // Yes to the public for any purpose, then no for a directory.
  const withdrew = await consentedExpert(server, 'CC-WD', ['PUBLIC']);
  await ok(server, CONSENT, {
    id: withdrew,
    consent: [{ audience: 'PUBLIC', purpose: 'DIRECTORY', granted: false, noticeVersion: 'n' }],
  });
});

afterAll(() => stopCountry(server));

it('counts each audience and purpose: yes, no, and who a request of it sees', async () => {
  const result = await ok(server, COUNTS, { country: COUNTRY }, STEWARD);
  expect(result.consentCounts).toMatchObject({ country: COUNTRY, experts: 6, noConsent: 1 });
  expect(result.consentCounts.audiences.map((a: { audience: string }) => a.audience)).toEqual([
    'MEMBER',
    'SECRETARIAT',
    'PUBLIC',
  ]);
  expect(countsOf(result, 'MEMBER', 'ANY')).toEqual({
    purpose: 'ANY',
    granted: 3,
    withdrawn: 0,
    visible: 3,
  });
  // Research alone shows CC-RES to a research request of the secretariat, not to one naming none.
  expect(countsOf(result, 'SECRETARIAT', 'RESEARCH')).toMatchObject({ granted: 1, visible: 3 });
  expect(countsOf(result, 'SECRETARIAT', 'ANY')).toMatchObject({ granted: 2, visible: 2 });
  // The withdrawal for DIRECTORY hides CC-WD from directory requests and from those naming none.
  expect(countsOf(result, 'PUBLIC', 'ANY')).toEqual({
    purpose: 'ANY',
    granted: 3,
    withdrawn: 0,
    visible: 2,
  });
  expect(countsOf(result, 'PUBLIC', 'DIRECTORY')).toEqual({
    purpose: 'DIRECTORY',
    granted: 0,
    withdrawn: 1,
    visible: 2,
  });
  expect(countsOf(result, 'PUBLIC', 'RESEARCH')).toMatchObject({ visible: 3 });
});

it('the visible counts are what the audience itself counts', async () => {
  const result = await ok(server, COUNTS, { country: COUNTRY }, STEWARD);
  const publicTotal = (await ok(server, FACETS, {}, PUBLIC)).expertFacets.total;
  expect(countsOf(result, 'PUBLIC', 'ANY').visible).toBe(publicTotal);
  const research = (await ok(server, FACETS, {}, SECRETARIAT)).expertFacets.total;
  expect(countsOf(result, 'SECRETARIAT', 'RESEARCH').visible).toBe(research);
});

it.each<[string, Caller]>([
  ['an OWN viewer', VIEWER],
  ['another country’s steward', OTHER_STEWARD],
  ['the secretariat', SECRETARIAT],
  ['the public', PUBLIC],
])('%s gets FORBIDDEN', async (_, caller) => {
  expect(codesOf(await run(server, COUNTS, { country: COUNTRY }, caller))).toEqual(['FORBIDDEN']);
});

it('a steward asking for another country gets FORBIDDEN', async () => {
  expect(codesOf(await run(server, COUNTS, { country: 'MY' }, STEWARD))).toEqual(['FORBIDDEN']);
});
