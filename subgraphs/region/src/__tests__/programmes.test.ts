import { DEFAULT_DEMO_SEED, parseExpertId } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { RegionServer } from '../server';
import { codesOf, dropDatabase, run, startRegion, uniqueDatabase } from './harness';

const database = uniqueDatabase('programmes');
let server: RegionServer;

beforeAll(async () => {
  server = await startRegion(database);
});

afterAll(async () => {
  await dropDatabase(database);
  await server?.stop();
});

const LIST = `query ($host: CountryCode, $competency: ID, $from: String, $to: String, $first: Int) {
  programmes(host: $host, competency: $competency, from: $from, to: $to, first: $first) { id host { code } startDate endDate }
}`;

async function ids(variables: Record<string, unknown>): Promise<string[]> {
  const result = await run(server, LIST, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.programmes.map((p: { id: string }) => p.id);
}

describe('programmes', () => {
  it('lists the demo programmes by start date, hosts loaded in one batch', async () => {
    const batches: string[][] = [];
    const result = await run(
      server,
      LIST,
      {},
      { onCountryBatch: (codes) => batches.push([...codes]) },
    );
    const list = result.data!.programmes as Array<{
      id: string;
      host: { code: string };
      startDate: string;
    }>;
    expect(list.map((p) => p.id)).toEqual([
      'accsm-2017-talent-management-ses',
      'accsm-2022-21st-accsm-6th-plus3',
      'accsm3-2023-competence-digital-era',
      'accsm3-seminar-compensation-benefit',
      'demo-2026-succession-planning',
      'demo-2026-tl-merit-orientation',
      'demo-2027-hris-workforce-analytics',
    ]);
    expect(batches).toEqual([['ID', 'VN', 'MY', 'PH', 'TL', 'SG']]);
  });

  it('filters by host, competency and both', async () => {
    expect(await ids({ host: 'VN' })).toEqual([
      'accsm-2022-21st-accsm-6th-plus3',
      'accsm3-2023-competence-digital-era',
    ]);
    expect(await ids({ competency: 'talent-management' })).toEqual([
      'accsm-2017-talent-management-ses',
      'accsm-2022-21st-accsm-6th-plus3',
      'demo-2026-succession-planning',
    ]);
    expect(await ids({ host: 'ID', competency: 'talent-management' })).toEqual([
      'accsm-2017-talent-management-ses',
    ]);
    expect(await ids({ host: 'KR' })).toEqual([]);
  });

  it('keeps the programmes overlapping a date range (inclusive)', async () => {
    expect(await ids({ from: '2026-01-01' })).toEqual([
      'demo-2026-succession-planning',
      'demo-2026-tl-merit-orientation',
      'demo-2027-hris-workforce-analytics',
    ]);
    expect(await ids({ from: '2022-08-04', to: '2022-08-04' })).toEqual([
      'accsm-2022-21st-accsm-6th-plus3',
    ]);
    expect(await ids({ to: '2017-08-01' })).toEqual(['accsm-2017-talent-management-ses']);
    expect(await ids({ from: '2017-08-04', to: '2017-12-31' })).toEqual([
      'accsm-2017-talent-management-ses',
    ]);
    expect(await ids({ from: '2018-01-01', to: '2021-12-31' })).toEqual([]);
    expect(await ids({ competency: 'hr-planning', from: '2026-01-01', to: '2026-12-31' })).toEqual([
      'demo-2026-succession-planning',
    ]);
  });

  it('honours first', async () => {
    expect(await ids({ first: 2 })).toEqual([
      'accsm-2017-talent-management-ses',
      'accsm-2022-21st-accsm-6th-plus3',
    ]);
    expect(await ids({ first: 0 })).toEqual([]);
  });

  it.each([
    ['a date that does not exist', { from: '2022-02-30' }],
    ['a date in another format', { to: '03/08/2022' }],
    ['from after to', { from: '2023-01-01', to: '2022-01-01' }],
    ['an unknown competency', { competency: 'astrology' }],
    ['first above 100', { first: 101 }],
    ['a negative first', { first: -1 }],
    ['an unknown host', { host: 'XX' }],
  ])('refuses %s with BAD_USER_INPUT', async (_label, variables) => {
    const result = await run(server, LIST, variables);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.data?.programmes ?? null).toBeNull();
  });

  it('returns one programme with its details, or null', async () => {
    const result = await run(
      server,
      `query ($id: ID!) { programme(id: $id) {
         id title kind host { code name agency } startDate endDate workPlan description
         competencies { id label } engagements { role topic expertId } } }`,
      { id: 'accsm-2017-talent-management-ses' },
    );
    expect(result.errors).toBeUndefined();
    const p = result.data!.programme;
    expect(p).toMatchObject({
      title: 'ACCSM Workshop on Talent Management for Senior Executive Service',
      kind: 'WORKSHOP',
      host: { code: 'ID', name: 'Indonesia', agency: 'Badan Kepegawaian Negara (BKN)' },
      startDate: '2017-08-01',
      endDate: '2017-08-04',
      workPlan: 'ACCSM+3 Work Plan 2016–2020',
    });
    expect(p.description).toContain('Bogor');
    expect(p.competencies[0]).toEqual({ id: 'talent-management', label: 'Talent management' });
    expect(p.engagements.map((e: { role: string }) => e.role)).toEqual([
      'TRAINER',
      'SPEAKER',
      'FACILITATOR',
    ]);

    const missing = await run(server, '{ programme(id: "no-such-programme") { id } }');
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.programme).toBeNull();
  });

  it('names trainers by expert ids of the demo experts, from at least 5 countries', async () => {
    // The region keeps only each expert's id (the gateway asks the expert's country for the
    // expert); expertId is @inaccessible in the supergraph, not in the region's own schema.
    const result = await run(server, '{ programmes { id engagements { role expertId } } }');
    const programmes = result.data!.programmes as Array<{
      id: string;
      engagements: Array<{ expertId: string }>;
    }>;
    const countriesOf = (p: (typeof programmes)[number]) =>
      new Set(p.engagements.map((e) => parseExpertId(e.expertId).country));

    for (const p of programmes) {
      expect(p.engagements.length).toBeGreaterThanOrEqual(2);
      expect(p.engagements.length).toBeLessThanOrEqual(5);
      expect(new Set(p.engagements.map((e) => e.expertId)).size).toBe(p.engagements.length);
    }
    const all = new Set(programmes.flatMap((p) => [...countriesOf(p)]));
    expect(all.size).toBeGreaterThanOrEqual(5);
    expect(programmes.some((p) => countriesOf(p).size >= 3)).toBe(true);

    // Every trainer is among the first 20 demo experts of its country, so it exists wherever
    // that country was seeded with >= 20 experts and the same SEED.
    for (const id of programmes.flatMap((p) => p.engagements.map((e) => e.expertId))) {
      const { country } = parseExpertId(id);
      const pool = generateExperts({ country, count: 20, seed: DEFAULT_DEMO_SEED }).map(
        (r) => r.id,
      );
      expect(pool).toContain(id);
    }
  });
});
