/**
 * Trainer matching at the country (docs/ARCHITECTURE.md §7.7), on demo data in a real database:
 * candidates hold a needed competency at its level, come best fit first, page without gaps or
 * repeats, respect the need's countries, and explain only fields released to the caller.
 */
import { CountryServer } from '../server';
import { CALLERS } from './helpers/scope-fixture';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const MATCH = /* GraphQL */ `
  query M($need: TrainingNeedInput!, $first: Int, $after: String) {
    matchTrainers(need: $need, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        score
        node {
          id
          expertise {
            area {
              id
            }
            level
          }
        }
        match {
          competencies {
            area {
              id
            }
            minLevel
            level
            met
          }
          languages {
            tag
            cefr
            met
          }
          availability {
            status
            modeSupported
            overlapDays
            windowDays
          }
          engagements {
            title
          }
        }
      }
    }
  }
`;

const NEED = {
  competencies: [{ area: 'talent-management', minLevel: 2 }],
  languages: [{ tag: 'en', minCefr: 'B1' }],
  from: '2027-03-01',
  to: '2027-03-05',
  mode: 'ONSITE',
};

let server: CountryServer;
beforeAll(async () => {
  server = await startCountry('MY', 'matching', 120);
});
afterAll(() => stopCountry(server));

async function walk(need: unknown, caller = CALLERS.OWN) {
  const edges: any[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const data: any = await ok(server, MATCH, { need, first: 7, after }, caller);
    edges.push(...data.matchTrainers.edges);
    if (!data.matchTrainers.pageInfo.hasNextPage)
      return { edges, total: data.matchTrainers.totalCount };
    after = data.matchTrainers.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

test('every holder of the competency at its level, best fit first, paged without gaps or repeats', async () => {
  const { edges, total } = await walk(NEED);
  const holders = (
    await ok<any>(
      server,
      `{ experts(first: 100, filter: { expertiseAreas: ["talent-management"], minLevel: 2 }) { totalCount } }`,
      {},
      CALLERS.OWN,
    )
  ).experts.totalCount;
  expect(holders).toBeGreaterThan(0);
  expect(total).toBe(holders);
  expect(edges).toHaveLength(holders);
  expect(new Set(edges.map((e) => e.node.id)).size).toBe(holders);
  const scores = edges.map((e) => e.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const e of edges) {
    expect(e.match.competencies[0]).toMatchObject({ area: { id: 'talent-management' }, met: true });
    expect(e.match.competencies[0].level).toBeGreaterThanOrEqual(2);
    expect(e.score).toBeGreaterThan(0);
    expect(e.score).toBeLessThanOrEqual(1);
  }
});

test('a need that includes other countries only, or excludes this one, finds nobody here', async () => {
  for (const need of [
    { ...NEED, includeCountries: ['TH'] },
    { ...NEED, excludeCountries: ['MY'] },
  ]) {
    const data: any = await ok(server, MATCH, { need, first: 5 }, CALLERS.OWN);
    expect(data.matchTrainers).toMatchObject({ totalCount: 0, edges: [] });
  }
});

test('explains only what the caller receives: PUBLIC (languages released by default) sees no availability or engagements', async () => {
  const data: any = await ok(server, MATCH, { need: NEED, first: 5 }, CALLERS.PUBLIC);
  expect(data.matchTrainers.edges.length).toBeGreaterThan(0);
  for (const e of data.matchTrainers.edges) {
    expect(e.match).toMatchObject({ availability: null, engagements: null });
    expect(e.match.languages).toHaveLength(1);
  }
});

test('a bad need is one BAD_USER_INPUT naming every field at fault', async () => {
  const result = await run(
    server,
    MATCH,
    { need: { ...NEED, competencies: [{ area: 'nope', minLevel: 9 }], from: '2027-03-09' } },
    CALLERS.OWN,
  );
  expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  const fields = (result.errors![0].extensions!.problems as { field: string }[]).map(
    (p) => p.field,
  );
  expect(fields).toEqual(
    expect.arrayContaining([
      'need.competencies[0].area',
      'need.competencies[0].minLevel',
      'need.from',
    ]),
  );
});
