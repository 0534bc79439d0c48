/**
 * Synthetic country pages, each sorted by the shared key as a country instance sorts them, merged
 * as the gateway merges them; the reference is one sort of everything by compareKeys. Shared by
 * the merge-connection-*.test.ts files.
 */
import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { ExpertOrder, SortKey, compareKeys, encodeSortKey } from '@expertpool/shared';
import { CountryAnswer } from '../../country-client';
import { Coverage } from '../../coverage';
import { countryAfter, decodeGlobalCursor } from '../../global-cursor';
import { mergeConnection } from '../../merge-connection';
import { OrderKey, orderKeyOf, sortKeyOf } from '../../merge-contract';
import { Fragments } from '../../selection';

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

export const idOf = (k: SortKey) => `${k.c}:${k.i}`;

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
export const FIELD = (doc.definitions[0] as OperationDefinitionNode).selectionSet
  .selections[0] as FieldNode;
export const FRAGMENTS: Fragments = new Map(
  doc.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);
export const RESPONSE_KEY = 'list';

export interface Region {
  order: ExpertOrder;
  keys: Map<string, SortKey[]>;
  full: SortKey[];
}

export function region(order: ExpertOrder, sizes: Record<string, number>, seed = 7): Region {
  const random = prng(seed);
  const keys = new Map(Object.entries(sizes).map(([c, n]) => [c, makeKeys(order, c, n, random)]));
  const full = [...keys.values()].flat().sort(compareKeys);
  return { order, keys, full };
}

/**
 * What one country answers for the rewritten field: the client's selection (without coverage,
 * which the gateway fills in) plus the __ep_ fields with its order keys.
 */
export function countryAnswer(
  r: Region,
  country: string,
  after: OrderKey | null,
  first: number,
): CountryAnswer {
  const all = r.keys.get(country)!;
  const from = after ? sortKeyOf(after, r.order, country)! : undefined;
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
    __ep_edges: page.map((k) => ({ __ep_key: orderKeyOf(k) })),
    __ep_page: { __ep_next: rest.length > first },
    __ep_total: all.length,
  };
  return { ok: true, country, data: { [RESPONSE_KEY]: result }, errors: [], latencyMs: 3 };
}

const coverageFor = (r: Region): Coverage[] =>
  [...r.keys.keys()].sort().map((country, n) => ({ country, status: 'OK', latencyMs: 10 + n }));

export type Merged = {
  __typename: string;
  n: number;
  items: { c: string; s: number | null; node: { id: string } }[];
  pi: { more: boolean; end: string | null };
  cov: { country: string; status: string }[];
};

/** One region-wide page as the data source computes it. */
export function page(
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

/** Every region-wide page of `first`, following endCursor; each page but the last is full. */
export function walk(r: Region, first: number): { ids: string[]; pages: number } {
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

/** Three countries of different sizes; 49 experts in all. */
export const SIZES = { MY: 17, ID: 9, TH: 23 };
