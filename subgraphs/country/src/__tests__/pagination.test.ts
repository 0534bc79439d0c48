/**
 * Keyset pagination: walking with `first: 7` gives every matching expert exactly once, in the
 * order asked for, including across ties larger than a page.
 */
import { ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { CountryServer } from '../server';
import { applyFilter, fold } from './helpers/expected';
import { expertInput } from './helpers/records';
import { SEED, ok, run, startCountry, stopCountry } from './helpers/server';
import { Walk, walk } from './helpers/walk';

jest.setTimeout(180_000);

const COUNTRY = 'VN';
const SEEDED = 150;
const PAGE = 7;
/** More records with one name and one updatedAt than a page holds: ties must straddle pages. */
const TIES = 9;
const TIE_NAME = 'Trần Văn Bình';
const TIE_TIME = new Date('2030-01-01T00:00:00Z');

let server: CountryServer;
let records: ExpertRecord[];

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'pages', SEEDED);
  records = generateExperts({ country: COUNTRY, count: SEEDED, seed: SEED });
  for (let i = 0; i < TIES; i++) {
    const input = expertInput(`TIE-${i}`, {
      displayName: TIE_NAME,
      names: [{ value: TIE_NAME, lang: 'vi', script: 'Latn' }],
    });
    const { doc } = await server.store.upsert({ ...input, consent: [] }, undefined, TIE_TIME);
    records.push({ ...input, consent: [], id: `${COUNTRY}:${doc._id}` });
  }
});

afterAll(() => stopCountry(server));

/** MongoDB orders strings by their UTF-8 bytes. */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function expectCompleteWalk(result: Walk, expectedIds: string[]): void {
  expect(new Set(result.totalCounts)).toEqual(new Set([expectedIds.length]));
  expect(result.ids).toHaveLength(expectedIds.length);
  expect(new Set(result.ids).size).toBe(result.ids.length);
  expect([...result.ids].sort()).toEqual([...expectedIds].sort());
  expect(result.pages).toBe(Math.max(1, Math.ceil(expectedIds.length / PAGE)));
}

describe(`walking every page with first: ${PAGE}`, () => {
  it('RELEVANCE without text: every expert once, by id', async () => {
    const result = await walk(server, { orderBy: 'RELEVANCE', first: PAGE });
    expectCompleteWalk(
      result,
      records.map((r) => r.id!),
    );
    expect(result.ids).toEqual([...result.ids].sort(compareBytes));
    expect(new Set(result.edges.map((e) => e.score)).size).toBe(1);
  });

  it('RELEVANCE with a text that matches many: score descending, then id', async () => {
    const text = 'management';
    const expected = applyFilter(records, COUNTRY, { text });
    expect(expected.length).toBeGreaterThan(3 * PAGE);
    const result = await walk(server, { orderBy: 'RELEVANCE', first: PAGE, filter: { text } });
    expectCompleteWalk(
      result,
      expected.map((r) => r.id!),
    );

    // Relevance in (0, 1], and it tells records apart (BM25F: which fields, how long they are).
    const scores = result.edges.map((e) => e.score as number);
    for (const score of scores) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(new Set(scores).size).toBeGreaterThan(1);
    for (let i = 1; i < result.edges.length; i++) {
      const [a, b] = [result.edges[i - 1], result.edges[i]];
      expect(
        a.score! > b.score! || (a.score === b.score && compareBytes(a.node.id, b.node.id) < 0),
      ).toBe(true);
    }
  });

  it('NAME: folded displayName ascending, then id', async () => {
    const result = await walk(server, { orderBy: 'NAME', first: PAGE });
    const expected = [...records]
      .sort(
        (a, b) =>
          compareBytes(fold(a.displayName).trim(), fold(b.displayName).trim()) ||
          compareBytes(a.id!, b.id!),
      )
      .map((r) => r.id!);
    expectCompleteWalk(result, expected);
    expect(result.ids).toEqual(expected);
    // Diacritics do not decide the order: "Đặng" sorts with "dang", before "Hồ".
    const names = result.edges.map((e) => e.node.displayName);
    const firstD = names.findIndex((n) => n.startsWith('Đ'));
    expect(firstD).toBeGreaterThanOrEqual(0);
    expect(firstD).toBeLessThan(names.findIndex((n) => n.startsWith('H')));
  });

  it('UPDATED: most recently updated first, then id', async () => {
    const result = await walk(server, { orderBy: 'UPDATED', first: PAGE });
    const ties = records
      .slice(SEEDED)
      .map((r) => r.id!)
      .sort(compareBytes);
    // Seeding spreads updatedAt one hour apart in generation order; the ties are the newest.
    const expected = [
      ...ties,
      ...records
        .slice(0, SEEDED)
        .map((r) => r.id!)
        .reverse(),
    ];
    expectCompleteWalk(result, expected);
    expect(result.ids).toEqual(expected);
    const times = result.edges.map((e) => Date.parse(e.node.updatedAt));
    for (let i = 1; i < times.length; i++) expect(times[i - 1]).toBeGreaterThanOrEqual(times[i]);
  });

  it('a filtered walk continues the same filter on every page', async () => {
    const filter = { bands: ['EXECUTIVE', 'SENIOR_MANAGER'], languages: ['en'] };
    const expected = applyFilter(records, COUNTRY, filter);
    const result = await walk(server, { orderBy: 'NAME', first: PAGE, filter });
    expectCompleteWalk(
      result,
      expected.map((r) => r.id!),
    );
  });
});

describe("the gateway's afterKey (plain order keys) continues exactly where a cursor does", () => {
  const PAGES = /* GraphQL */ `
    query P(
      $filter: ExpertFilter
      $after: String
      $afterKey: OrderKeyInput
      $orderBy: ExpertOrder
    ) {
      experts(filter: $filter, first: 5, after: $after, afterKey: $afterKey, orderBy: $orderBy) {
        edges {
          cursor
          orderKey {
            number
            text
            id
          }
          node {
            id
          }
        }
      }
    }
  `;
  type Edge = {
    cursor: string;
    orderKey: { number: number | null; text: string | null; id: string };
    node: { id: string };
  };
  type Page = { experts: { edges: Edge[] } };

  it.each([
    ['RELEVANCE', { text: 'management' }],
    ['NAME', {}],
    ['UPDATED', {}],
  ])('%s', async (orderBy, filter) => {
    const first = await ok<Page>(server, PAGES, { filter, orderBy });
    const last = first.experts.edges.at(-1)!;
    expect(last.orderKey.id).toBe(last.node.id.slice(COUNTRY.length + 1));
    expect(orderBy === 'NAME' ? last.orderKey.text : last.orderKey.number).not.toBeNull();
    const byCursor = await ok<Page>(server, PAGES, { filter, orderBy, after: last.cursor });
    const byKey = await ok<Page>(server, PAGES, { filter, orderBy, afterKey: last.orderKey });
    expect(byKey.experts.edges.map((e) => e.node.id)).toEqual(
      byCursor.experts.edges.map((e) => e.node.id),
    );
    expect(byKey.experts.edges).toHaveLength(5);
  });

  it('an afterKey without the value its order sorts by is bad input', async () => {
    const { errors } = await run(server, PAGES, {
      orderBy: 'NAME',
      afterKey: { number: 1, id: 'x' },
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
