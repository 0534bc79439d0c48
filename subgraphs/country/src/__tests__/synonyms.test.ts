/**
 * A country's own synonyms (docs/ARCHITECTURE.md §7.6): data a steward sets in the country's own
 * database, checked whole, readable by anyone, and used by the very next search to name an area.
 */
import { CountryServer } from '../server';
import { CALLERS } from './helpers/scope-fixture';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const SET = /* GraphQL */ `
  mutation S($country: CountryCode!, $synonyms: [AreaSynonymInput!]!) {
    setAreaSynonyms(country: $country, synonyms: $synonyms) {
      area {
        id
      }
      lang
      text
      addedBy
    }
  }
`;
const LIST = /* GraphQL */ `
  query L($country: CountryCode!) {
    areaSynonyms(country: $country) {
      area {
        id
      }
      lang
      text
      addedBy
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Q($text: String) {
    experts(filter: { text: $text }, first: 100) {
      totalCount
      edges {
        highlights {
          field
          word
          matched
          kind
        }
      }
    }
  }
`;
const STEWARD = { ...CALLERS.OWN, role: 'steward' as const };

let server: CountryServer;
beforeAll(async () => {
  server = await startCountry('MY', 'synonyms', 80);
});
afterAll(() => stopCountry(server));

test('a steward’s synonym names its area in the next search, for every audience', async () => {
  const before: any = await ok(server, SEARCH, { text: 'bench strength' }, CALLERS.SECRETARIAT);
  expect(
    before.experts.edges.every((e: any) => e.highlights.every((h: any) => h.kind !== 'AREA')),
  ).toBe(true);

  const set: any = await ok(
    server,
    SET,
    {
      country: 'MY',
      synonyms: [{ area: 'succession-planning', lang: 'ms', text: 'Bench strength' }],
    },
    STEWARD,
  );
  expect(set.setAreaSynonyms).toEqual([
    {
      area: { id: 'succession-planning' },
      lang: 'ms',
      text: 'Bench strength',
      addedBy: STEWARD.subject,
    },
  ]);

  const holders: any = await ok(
    server,
    `{ experts(filter: { expertiseAreas: ["succession-planning"] }) { totalCount } }`,
    {},
    CALLERS.SECRETARIAT,
  );
  const after: any = await ok(server, SEARCH, { text: 'bench strength' }, CALLERS.SECRETARIAT);
  expect(holders.experts.totalCount).toBeGreaterThan(0);
  expect(after.experts.totalCount).toBe(holders.experts.totalCount);
  for (const e of after.experts.edges)
    expect(e.highlights).toContainEqual({
      field: 'expertise',
      word: 'Bench strength',
      matched: 'succession-planning',
      kind: 'AREA',
    });

  // Anyone may read the list: it is vocabulary. Who added it is shown to the stewards only.
  const listed: any = await ok(server, LIST, { country: 'MY' }, CALLERS.PUBLIC);
  expect(listed.areaSynonyms).toEqual([
    { area: { id: 'succession-planning' }, lang: 'ms', text: 'Bench strength', addedBy: null },
  ]);
  const own: any = await ok(server, LIST, { country: 'MY' }, STEWARD);
  expect(own.areaSynonyms[0].addedBy).toBe(STEWARD.subject);
});

test('only the country’s own stewards set its synonyms', async () => {
  const synonyms = [{ area: 'succession-planning', lang: 'en', text: 'pipeline' }];
  for (const caller of [
    CALLERS.OWN,
    CALLERS.SECRETARIAT,
    { ...CALLERS.MEMBER, role: 'steward' as const },
  ])
    expect(codesOf(await run(server, SET, { country: 'MY', synonyms }, caller))).toEqual([
      'FORBIDDEN',
    ]);
});

test('a bad list is refused whole, naming every entry at fault, and nothing changes', async () => {
  const result = await run(
    server,
    SET,
    {
      country: 'MY',
      synonyms: [
        { area: 'nope', lang: 'ms', text: 'x' },
        { area: 'succession-planning', lang: 'xx', text: 'pelan' },
        { area: 'succession-planning', lang: 'ms', text: '   ' },
        { area: 'talent-management', lang: 'en', text: 'stars' },
        { area: 'talent-management', lang: 'en', text: 'Stars' },
      ],
    },
    STEWARD,
  );
  expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  const fields = (result.errors![0].extensions!.problems as { field: string }[]).map(
    (p) => p.field,
  );
  expect(fields).toEqual([
    'synonyms[0].area',
    'synonyms[1].lang',
    'synonyms[2].text',
    'synonyms[4].text',
  ]);
  const listed: any = await ok(server, LIST, { country: 'MY' }, CALLERS.PUBLIC);
  expect(listed.areaSynonyms.map((s: any) => s.text)).toEqual(['Bench strength']);
});
