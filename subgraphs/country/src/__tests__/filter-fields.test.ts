/**
 * Every ExpertFilter field against a real database: totalCount and the ids of all pages equal what
 * plain JavaScript computes from the generated records (plus a few hand-made edge cases).
 */
import { ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { CountryServer } from '../server';
import { FilterSpec, applyFilter, idsOf } from './helpers/expected';
import { expertInput, upsertThroughGraph } from './helpers/records';
import { SEED, startCountry, stopCountry } from './helpers/server';
import { walk } from './helpers/walk';

jest.setTimeout(180_000);

const COUNTRY = 'MY';
const SEEDED = 150;

let server: CountryServer;
let records: ExpertRecord[];

/** Records whose edges the demo data may not have: each fixes one rule of the filter. */
const EDGE_CASES = [
  // Two windows that touch: together they span 05-05..05-15, but no ONE window covers it.
  expertInput('EDGE-ADJACENT', {
    displayName: 'Edge Adjacent',
    availability: {
      status: 'AVAILABLE',
      onsite: true,
      remote: false,
      windows: [
        { from: '2026-05-01', to: '2026-05-10' },
        { from: '2026-05-11', to: '2026-05-20' },
      ],
    },
  }),
  // Covered by a window, but unavailable.
  expertInput('EDGE-UNAVAILABLE', {
    displayName: 'Edge Unavailable',
    availability: {
      status: 'UNAVAILABLE',
      onsite: false,
      remote: false,
      windows: [{ from: '2026-05-01', to: '2026-05-31' }],
    },
  }),
  // LIMITED counts as available; the window's ends are inclusive.
  expertInput('EDGE-LIMITED', {
    displayName: 'Edge Limited',
    availability: {
      status: 'LIMITED',
      onsite: false,
      remote: true,
      windows: [{ from: '2026-05-05', to: '2026-05-15' }],
    },
  }),
  // The covering window is the last of eight.
  expertInput('EDGE-EIGHT-WINDOWS', {
    displayName: 'Edge Eight Windows',
    availability: {
      status: 'AVAILABLE',
      onsite: true,
      remote: true,
      windows: ['01', '02', '03', '04', '05', '06', '07']
        .map((m) => ({ from: `2027-${m}-01`, to: `2027-${m}-03` }))
        .concat({ from: '2027-12-01', to: '2027-12-20' }),
    },
  }),
  // A low level in the asked area and a high level in another one.
  expertInput('EDGE-LEVELS', {
    displayName: 'Edge Levels',
    expertise: [
      { area: 'digital-government', level: 1, years: 2 },
      { area: 'merit-system', level: 4, years: 20 },
    ],
  }),
  // A weak English and a strong Malay; a regional subtag.
  expertInput('EDGE-LANGUAGES', {
    displayName: 'Edge Languages',
    languages: [
      { tag: 'ms', cefr: 'C2' },
      { tag: 'en', cefr: 'A2' },
      { tag: 'zh-Hans', cefr: 'B2' },
    ],
  }),
  // No language at all: minCefr alone must not select it.
  expertInput('EDGE-NO-LANGUAGE', { displayName: 'Edge No Language', languages: [] }),
];

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'filter', SEEDED);
  records = generateExperts({ country: COUNTRY, count: SEEDED, seed: SEED });
  for (const input of EDGE_CASES) records.push(await upsertThroughGraph(server, input));
});

afterAll(() => stopCountry(server));

function idOfRef(ref: string): string {
  return records.find((r) => r.ref === ref)!.id!;
}

async function expectFilter(filter: FilterSpec): Promise<string[]> {
  const expected = idsOf(applyFilter(records, COUNTRY, filter));
  const result = await walk(server, { filter: filter as Record<string, unknown>, first: 100 });
  expect(new Set(result.totalCounts)).toEqual(new Set([expected.length]));
  expect(result.ids.length).toBe(new Set(result.ids).size);
  expect([...result.ids].sort()).toEqual(expected);
  return result.ids;
}

/** A real window of the demo data, so availability cases are not vacuous. */
function demoWindow(): { from: string; to: string } {
  const r = records.find(
    (x) => x.availability.status === 'AVAILABLE' && x.availability.windows.length > 0,
  )!;
  return r.availability.windows[0];
}

describe('ExpertFilter on a real database', () => {
  it('seeds the demo data the test computes from', async () => {
    await expectFilter({});
    expect(records).toHaveLength(SEEDED + EDGE_CASES.length);
  });

  describe('text', () => {
    it.each([
      ['digital'],
      ['Universiti Malaya'],
      ['ROHANI'],
      ['management division'],
      ['binti'],
      // A typo, an unfinished last word, an area named with a typo.
      ['managment'],
      ['digi'],
      ['sucession planning '],
    ])('%p', async (text) => {
      const ids = await expectFilter({ text });
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThan(records.length);
    });

    it('finds nothing for a word no record has', async () => {
      expect(await expectFilter({ text: 'zqxjkv' })).toEqual([]);
    });

    it('treats an empty or blank text as no text filter', async () => {
      expect(await expectFilter({ text: '   ' })).toHaveLength(records.length);
    });
  });

  describe('countries', () => {
    it('includes everything when its own country is selected', async () => {
      expect(await expectFilter({ countries: ['MY'] })).toHaveLength(records.length);
      expect(await expectFilter({ countries: ['TH', 'MY'] })).toHaveLength(records.length);
    });

    it('is empty with totalCount 0 when its own country is excluded', async () => {
      const result = await walk(server, { filter: { countries: ['TH', 'SG'] } });
      expect(result.ids).toEqual([]);
      expect(result.totalCounts).toEqual([0]);
    });
  });

  describe('expertiseAreas and minLevel', () => {
    it.each<FilterSpec>([
      { expertiseAreas: ['digital-government'] },
      { expertiseAreas: ['digital-government', 'merit-system'] },
      { expertiseAreas: ['digital-government', 'merit-system'], minLevel: 3 },
      { expertiseAreas: ['code-of-conduct-ethics'], minLevel: 2 },
      { minLevel: 4 },
      { minLevel: 3 },
    ])('%j', async (filter) => {
      const ids = await expectFilter(filter);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThan(records.length);
    });

    it('minLevel applies to the listed areas, not to any area of the expert', async () => {
      const edge = idOfRef('EDGE-LEVELS');
      expect(
        await expectFilter({ expertiseAreas: ['digital-government'], minLevel: 3 }),
      ).not.toContain(edge);
      expect(
        await expectFilter({ expertiseAreas: ['digital-government', 'merit-system'], minLevel: 4 }),
      ).toContain(edge);
      expect(await expectFilter({ minLevel: 4 })).toContain(edge);
    });

    it('minLevel applies to the areas the text names, when there is no expertiseAreas', async () => {
      const ids = await expectFilter({ text: 'succession planning', minLevel: 3 });
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const area = records.find((r) => r.id === id)!.expertise;
        expect(area.some((e) => e.area === 'succession-planning' && e.level >= 3)).toBe(true);
      }
      // EDGE-LEVELS names "digital government" at level 1 only, merit system at 4.
      expect(await expectFilter({ text: 'digital government', minLevel: 3 })).not.toContain(
        idOfRef('EDGE-LEVELS'),
      );
      expect(await expectFilter({ text: 'merit system', minLevel: 4 })).toContain(
        idOfRef('EDGE-LEVELS'),
      );
    });

    it('minLevel 1 alone selects every expert with an area', async () => {
      expect(await expectFilter({ minLevel: 1 })).toHaveLength(records.length);
    });
  });

  describe('languages and minCefr', () => {
    it.each<FilterSpec>([
      { languages: ['en'] },
      { languages: ['ja', 'zh'] },
      { languages: ['en'], minCefr: 'C1' },
      { languages: ['ja', 'ar', 'en'], minCefr: 'B2' },
      { languages: ['zh'] },
    ])('%j', async (filter) => {
      const ids = await expectFilter(filter);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThan(records.length);
    });

    it('minCefr applies to the listed languages; alone, to any language', async () => {
      const edge = idOfRef('EDGE-LANGUAGES');
      expect(await expectFilter({ languages: ['en'], minCefr: 'B2' })).not.toContain(edge);
      expect(await expectFilter({ languages: ['en', 'ms'], minCefr: 'B2' })).toContain(edge);
      expect(await expectFilter({ languages: ['zh'], minCefr: 'B2' })).toContain(edge);
      const anyC2 = await expectFilter({ minCefr: 'C2' });
      expect(anyC2).toContain(edge);
      expect(anyC2).not.toContain(idOfRef('EDGE-NO-LANGUAGE'));
      expect(await expectFilter({ minCefr: 'A1' })).toHaveLength(records.length - 1);
    });
  });

  describe('availableBetween', () => {
    it('matches when one window of an available expert covers the demo window', async () => {
      const w = demoWindow();
      expect((await expectFilter({ availableBetween: w })).length).toBeGreaterThan(0);
      expect(
        (await expectFilter({ availableBetween: { from: w.from, to: w.from } })).length,
      ).toBeGreaterThan(0);
    });

    it.each<[string, string]>([
      ['2026-06-15', '2026-06-15'],
      ['2026-03-01', '2026-03-04'],
      ['2027-01-10', '2027-01-20'],
      ['2026-01-01', '2027-12-31'],
    ])('%s to %s', async (from, to) => {
      await expectFilter({ availableBetween: { from, to } });
    });

    it('needs ONE window over the whole range, inclusive ends, and a status other than UNAVAILABLE', async () => {
      const adjacent = idOfRef('EDGE-ADJACENT');
      const unavailable = idOfRef('EDGE-UNAVAILABLE');
      const limited = idOfRef('EDGE-LIMITED');
      const across = await expectFilter({
        availableBetween: { from: '2026-05-05', to: '2026-05-15' },
      });
      expect(across).toContain(limited);
      expect(across).not.toContain(adjacent);
      expect(across).not.toContain(unavailable);
      const inside = await expectFilter({
        availableBetween: { from: '2026-05-02', to: '2026-05-09' },
      });
      expect(inside).toContain(adjacent);
      expect(inside).not.toContain(unavailable);
      expect(inside).not.toContain(limited);
    });

    it('looks at every window, up to the last of eight', async () => {
      expect(
        await expectFilter({ availableBetween: { from: '2027-12-05', to: '2027-12-10' } }),
      ).toContain(idOfRef('EDGE-EIGHT-WINDOWS'));
    });
  });

  describe('bands', () => {
    it.each<FilterSpec>([{ bands: ['TOP_EXECUTIVE'] }, { bands: ['EXECUTIVE', 'SENIOR_MANAGER'] }])(
      '%j',
      async (filter) => {
        const ids = await expectFilter(filter);
        expect(ids.length).toBeGreaterThan(0);
        expect(ids.length).toBeLessThan(records.length);
      },
    );
  });

  it('combines fields with AND', async () => {
    const ids = await expectFilter({
      text: 'director',
      countries: ['MY'],
      expertiseAreas: [
        'digital-government',
        'code-of-conduct-ethics',
        'regulatory-reform',
        'e-government-services',
      ],
      minLevel: 2,
      languages: ['en'],
      minCefr: 'B2',
      bands: ['EXECUTIVE', 'SENIOR_MANAGER', 'SENIOR_EXECUTIVE'],
    });
    expect(ids.length).toBeGreaterThan(0);
  });
});
