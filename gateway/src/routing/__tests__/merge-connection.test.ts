import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import {
  ExpertOrder,
  SortKey,
  compareKeys,
  decodeSortKey,
  encodeSortKey,
} from '@expertpool/shared';
import { CountryAnswer } from '../country-client';
import { Coverage } from '../coverage';
import { countryAfter, decodeGlobalCursor } from '../global-cursor';
import { mergeConnection } from '../merge-connection';
import { Fragments } from '../selection';

/**
 * Synthetic country pages, each sorted by the shared key as a country instance sorts them, merged
 * as the gateway merges them; the reference is one sort of everything by compareKeys.
 */

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
// Few distinct values so ties are common and tie-breaking (opaque id, then country) is exercised.
const NAMES = ['aung', 'ánh', 'budi', 'somchai', 'สมชาย', 'nguyễn', 'siti', 'zaw'];

function makeKeys(
  order: ExpertOrder,
  country: string,
  count: number,
  random: () => number,
): SortKey[] {
  const keys: SortKey[] = [];
  const used = new Set<string>();
  while (keys.length < count) {
    // Short opaque ids so that two countries sometimes share one (ties then go to the country).
    const i = Array.from({ length: 4 }, () => ALPHABET[Math.floor(random() * 3)]).join('');
    if (used.has(i)) continue;
    used.add(i);
    const v =
      order === 'NAME'
        ? NAMES[Math.floor(random() * NAMES.length)]
        : order === 'RELEVANCE'
          ? [0, 1.5, 2, 3.25][Math.floor(random() * 4)]
          : 1_700_000_000_000 + Math.floor(random() * 5) * 1000;
    keys.push({ o: order, v, i, c: country });
  }
  return keys.sort(compareKeys);
}

const idOf = (k: SortKey) => `${k.c}:${k.i}`;

const QUERY = /* GraphQL */ `
  query Page($after: String) {
    list: experts(first: 7, after: $after) {
      __typename
      n: totalCount
      items: edges {
        c: cursor
        s: score
        node {
          id
        }
      }
      ...More
      cov: coverage {
        country
        status
      }
    }
  }
  fragment More on ExpertConnection {
    pi: pageInfo {
      more: hasNextPage
      end: endCursor
    }
  }
`;

const doc = parse(QUERY);
const FIELD = (doc.definitions[0] as OperationDefinitionNode).selectionSet
  .selections[0] as FieldNode;
const FRAGMENTS: Fragments = new Map(
  doc.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);
const RESPONSE_KEY = 'list';

interface Region {
  order: ExpertOrder;
  keys: Map<string, SortKey[]>;
  full: SortKey[];
}

function region(order: ExpertOrder, sizes: Record<string, number>, seed = 7): Region {
  const random = prng(seed);
  const keys = new Map(Object.entries(sizes).map(([c, n]) => [c, makeKeys(order, c, n, random)]));
  const full = [...keys.values()].flat().sort(compareKeys);
  return { order, keys, full };
}

/** What one country answers for the rewritten field: the client's selection plus the __ep_ fields. */
function countryAnswer(
  r: Region,
  country: string,
  after: string | null,
  first: number,
): CountryAnswer {
  const all = r.keys.get(country)!;
  const from = after ? decodeSortKey(after, r.order) : undefined;
  const rest = from ? all.filter((k) => compareKeys(k, from) > 0) : all;
  const page = rest.slice(0, first);
  const cursors = page.map(encodeSortKey);
  const result = {
    __typename: 'ExpertConnection',
    n: all.length,
    items: page.map((k, j) => ({
      c: cursors[j],
      s: typeof k.v === 'number' ? k.v : null,
      node: { id: idOf(k) },
    })),
    pi: { more: rest.length > first, end: cursors.at(-1) ?? null },
    cov: [{ country, status: 'OK' }],
    __ep_edges: cursors.map((c) => ({ __ep_cursor: c })),
    __ep_page: { __ep_next: rest.length > first },
    __ep_total: all.length,
  };
  return { ok: true, country, data: { [RESPONSE_KEY]: result }, errors: [], latencyMs: 3 };
}

const coverageFor = (r: Region): Coverage[] =>
  [...r.keys.keys()].sort().map((country, n) => ({ country, status: 'OK', latencyMs: 10 + n }));

type Merged = {
  __typename: string;
  n: number;
  items: { c: string; s: number | null; node: { id: string } }[];
  pi: { more: boolean; end: string | null };
  cov: { country: string; status: string }[];
};

/** One region-wide page as the data source computes it. */
function page(
  r: Region,
  first: number,
  afterText: string | null,
  coverage = coverageFor(r),
): Merged {
  const after = afterText ? decodeGlobalCursor(afterText, r.order) : undefined;
  const answers = [...r.keys.keys()].map((c) => countryAnswer(r, c, countryAfter(after, c), first));
  return mergeConnection({
    field: FIELD,
    fragments: FRAGMENTS,
    typeName: 'ExpertConnection',
    responseKey: RESPONSE_KEY,
    order: r.order,
    first,
    after,
    answers,
    coverage,
  }) as Merged;
}

function walk(r: Region, first: number): { ids: string[]; pages: number } {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const p = page(r, first, after);
    ids.push(...p.items.map((e) => e.node.id));
    if (!p.pi.more) return { ids, pages };
    expect(p.items.length).toBe(first);
    after = p.pi.end;
  }
  throw new Error('no last page');
}

const SIZES = { MY: 17, ID: 9, TH: 23 };

describe.each<ExpertOrder>(['RELEVANCE', 'NAME', 'UPDATED'])('order %s', (order) => {
  const r = region(order, SIZES, order.length);

  test('the synthetic data has ties the merge must break', () => {
    const values = r.full.map((k) => k.v);
    expect(new Set(values).size).toBeLessThan(values.length);
  });

  test('the first page is the head of one full sort, `first` respected', () => {
    for (const first of [1, 5, 7, 20, 49, 60]) {
      const p = page(r, first, null);
      expect(p.items.map((e) => e.node.id)).toEqual(r.full.slice(0, first).map(idOf));
      expect(p.items.length).toBe(Math.min(first, r.full.length));
    }
  });

  test('totalCount is the sum of the countries and hasNextPage says whether more remain', () => {
    const p = page(r, 10, null);
    expect(p.n).toBe(17 + 9 + 23);
    expect(p.pi.more).toBe(true);
    const all = page(r, 49, null);
    expect(all.pi.more).toBe(false);
    expect(page(r, 48, null).pi.more).toBe(true);
  });

  test.each([1, 4, 7, 10, 16, 49])(
    'walking pages of %i gives the full sorted list, no duplicates, no gaps',
    (first) => {
      const { ids, pages } = walk(r, first);
      expect(ids).toEqual(r.full.map(idOf));
      expect(new Set(ids).size).toBe(ids.length);
      expect(pages).toBe(Math.max(1, Math.ceil(r.full.length / first)));
    },
  );

  test('every edge cursor resumes right after that edge', () => {
    const first = 12;
    const p1 = page(r, first, null);
    p1.items.forEach((edge, j) => {
      const next = page(r, first, edge.c);
      expect(next.items.map((e) => e.node.id)).toEqual(
        r.full.slice(j + 1, j + 1 + first).map(idOf),
      );
    });
    // The page's endCursor is its last edge's cursor.
    expect(p1.pi.end).toBe(p1.items.at(-1)!.c);
  });

  test('after the last page: no edges, no next page, and the cursor is kept', () => {
    const all = page(r, 100, null);
    const after = page(r, 100, all.pi.end);
    expect(after.items).toEqual([]);
    expect(after.pi.more).toBe(false);
    expect(decodeGlobalCursor(after.pi.end!, order)).toEqual(
      decodeGlobalCursor(all.pi.end!, order),
    );
  });
});

test('edges keep the client aliases; the reserved __ep_ fields never reach the client', () => {
  const r = region('RELEVANCE', SIZES);
  const p = page(r, 5, null) as unknown as Record<string, unknown>;
  expect(Object.keys(p).sort()).toEqual(['__typename', 'cov', 'items', 'n', 'pi']);
  expect(p.__typename).toBe('ExpertConnection');
  const items = p.items as Record<string, unknown>[];
  for (const [j, edge] of items.entries()) {
    expect(Object.keys(edge).sort()).toEqual(['c', 'node', 's']);
    expect(edge.s).toBe(r.full[j].v);
    // The client's cursor is the global one, not the country's.
    expect(() => decodeGlobalCursor(edge.c as string, 'RELEVANCE')).not.toThrow();
    expect(() => decodeSortKey(edge.c as string, 'RELEVANCE')).toThrow();
  }
  expect(Object.keys(p.pi as object).sort()).toEqual(['end', 'more']);
  expect(JSON.stringify(p)).not.toContain('__ep_');
});

test("coverage is the gateway's view of the countries, shaped to the client selection", () => {
  const r = region('NAME', SIZES);
  const coverage: Coverage[] = [
    { country: 'ID', status: 'OK', latencyMs: 5 },
    { country: 'MY', status: 'OK', latencyMs: 6 },
    { country: 'SG', status: 'TIMEOUT', latencyMs: 3000 },
    { country: 'TH', status: 'OK', latencyMs: 7 },
  ];
  const p = page(r, 3, null, coverage);
  expect(p.cov).toEqual([
    { country: 'ID', status: 'OK' },
    { country: 'MY', status: 'OK' },
    { country: 'SG', status: 'TIMEOUT' },
    { country: 'TH', status: 'OK' },
  ]);
});

test('a country with no experts and a country missing from the answers change nothing else', () => {
  const r = region('RELEVANCE', { MY: 6, ID: 0, TH: 5 });
  const { ids } = walk(r, 4);
  expect(ids).toEqual(r.full.map(idOf));
  const p = page(r, 4, null);
  expect(p.n).toBe(11);
  // Only the usable answers are merged (the data source leaves the rest out).
  const onlyTh = mergeConnection({
    field: FIELD,
    fragments: FRAGMENTS,
    typeName: 'ExpertConnection',
    responseKey: RESPONSE_KEY,
    order: 'RELEVANCE',
    first: 4,
    after: undefined,
    answers: [countryAnswer(r, 'TH', null, 4)],
    coverage: [],
  }) as unknown as Merged;
  expect(onlyTh.items.map((e) => e.node.id)).toEqual(r.keys.get('TH')!.slice(0, 4).map(idOf));
  expect(onlyTh.n).toBe(5);
  expect(onlyTh.pi.more).toBe(true);
});

test('no answers at all: an empty connection, not an error', () => {
  const p = mergeConnection({
    field: FIELD,
    fragments: FRAGMENTS,
    typeName: 'ExpertConnection',
    responseKey: RESPONSE_KEY,
    order: 'RELEVANCE',
    first: 5,
    after: undefined,
    answers: [],
    coverage: [{ country: 'MY', status: 'UNAVAILABLE', latencyMs: 0 }],
  }) as unknown as Merged;
  expect(p).toEqual({
    __typename: 'ExpertConnection',
    n: 0,
    items: [],
    pi: { more: false, end: null },
    cov: [{ country: 'MY', status: 'UNAVAILABLE' }],
  });
});
