/**
 * expertFacets: total and per-country, per-area, per-language and per-band counts equal what
 * plain JavaScript counts in the generated records, with and without a filter.
 */
import { ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { Caller } from '../caller';
import { CountryServer } from '../server';
import { FilterSpec, applyFilter, countBy } from './helpers/expected';
import { SEED, ok, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const COUNTRY = 'PH';
const SEEDED = 200;

let server: CountryServer;
let records: ExpertRecord[];

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'facets', SEEDED);
  records = generateExperts({ country: COUNTRY, count: SEEDED, seed: SEED });
});

afterAll(() => stopCountry(server));

const FACETS = /* GraphQL */ `
  query Facets($filter: ExpertFilter) {
    expertFacets(filter: $filter) {
      total
      byCountry {
        value
        count
      }
      byArea {
        value
        count
      }
      byLanguage {
        value
        count
      }
      byBand {
        value
        count
      }
      coverage {
        country
        status
      }
    }
  }
`;

type Bucket = { value: string; count: number };
interface Facets {
  total: number;
  byCountry: Bucket[];
  byArea: Bucket[];
  byLanguage: Bucket[];
  byBand: Bucket[];
  coverage: { country: string; status: string }[];
}

const byValue = (buckets: Bucket[]) =>
  [...buckets].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

function expectBuckets(actual: Bucket[], expected: Bucket[]): void {
  expect(byValue(actual)).toEqual(byValue(expected));
  // Most frequent first.
  for (let i = 1; i < actual.length; i++)
    expect(actual[i - 1].count).toBeGreaterThanOrEqual(actual[i].count);
}

async function expectFacets(
  filter: FilterSpec | undefined,
  caller?: Caller,
  visible: (r: ExpertRecord) => boolean = () => true,
): Promise<Facets> {
  const matching = applyFilter(records.filter(visible), COUNTRY, filter ?? {});
  const { expertFacets: facets } = await ok<{ expertFacets: Facets }>(
    server,
    FACETS,
    { filter },
    caller,
  );
  expect(facets.total).toBe(matching.length);
  expectBuckets(
    facets.byCountry,
    matching.length > 0 ? [{ value: COUNTRY, count: matching.length }] : [],
  );
  expectBuckets(
    facets.byArea,
    countBy(matching, (r) => r.expertise.map((e) => e.area)),
  );
  expectBuckets(
    facets.byLanguage,
    countBy(matching, (r) => r.languages.map((l) => l.tag)),
  );
  expectBuckets(
    facets.byBand,
    countBy(matching, (r) => [r.position.band]),
  );
  expect(facets.coverage).toEqual([{ country: COUNTRY, status: 'OK' }]);
  return facets;
}

describe('expertFacets', () => {
  it('counts every expert without a filter', async () => {
    const facets = await expectFacets(undefined);
    expect(facets.total).toBe(SEEDED);
    expect(facets.byArea.length).toBeGreaterThan(10);
    expect(facets.byLanguage.length).toBeGreaterThan(2);
    expect(facets.byBand).toHaveLength(4);
  });

  it.each<FilterSpec>([
    { bands: ['EXECUTIVE'], languages: ['en'] },
    { text: 'management' },
    { expertiseAreas: ['digital-government', 'talent-management', 'merit-system'], minLevel: 3 },
    { minCefr: 'C1', availableBetween: { from: '2026-02-01', to: '2026-02-03' } },
  ])('counts the experts matching %j', async (filter) => {
    const facets = await expectFacets(filter);
    expect(facets.total).toBeGreaterThan(0);
    expect(facets.total).toBeLessThan(SEEDED);
  });

  it('counts only the experts whose current consent covers the caller', async () => {
    // The latest entry per audience and purpose decides; ANY covers every purpose.
    const consents = (r: ExpertRecord, audience: string, purpose: string) => {
      const latest = new Map<string, { granted: boolean; recordedAt: string }>();
      for (const c of r.consent) {
        const key = `${c.audience}:${c.purpose}`;
        const seen = latest.get(key);
        if (!seen || seen.recordedAt <= c.recordedAt) latest.set(key, c);
      }
      return [`${audience}:ANY`, `${audience}:${purpose}`].some((k) => latest.get(k)?.granted);
    };
    const publicCaller: Caller = {
      audience: 'PUBLIC',
      country: null,
      role: null,
      subject: null,
      purpose: 'ANY',
    };
    const trainerSearch: Caller = {
      audience: 'MEMBER',
      country: 'MY',
      role: 'viewer',
      subject: null,
      purpose: 'TRAINER_SEARCH',
    };
    const research: Caller = { ...trainerSearch, purpose: 'RESEARCH' };
    const pub = await expectFacets(undefined, publicCaller, (r) => consents(r, 'PUBLIC', 'ANY'));
    const trainers = await expectFacets(undefined, trainerSearch, (r) =>
      consents(r, 'MEMBER', 'TRAINER_SEARCH'),
    );
    const researchers = await expectFacets({ languages: ['en'] }, research, (r) =>
      consents(r, 'MEMBER', 'RESEARCH'),
    );
    expect(pub.total).toBeGreaterThan(0);
    expect(pub.total).toBeLessThan(SEEDED);
    expect(researchers.total).toBeLessThan(trainers.total);
  });

  it('is all zeros when the filter excludes the country', async () => {
    const facets = await expectFacets({ countries: ['MY'] });
    expect(facets.total).toBe(0);
  });
});
