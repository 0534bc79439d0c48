import { Collection, Filter, Sort } from 'mongodb';
import { ExpertOrder, SortKey, compareKeys, unreachable } from '@expertpool/shared';
import { CompiledFilter } from './filter';
import { ExpertDoc } from './document';
import { relevance } from './relevance';
import { requireOrderReleased } from './order-scope';

export interface SearchArgs {
  /** Compiled for the caller's scope, which the order must respect too. */
  filter: CompiledFilter;
  first: number;
  /** Where the page continues: decoded once from a cursor or given by the gateway as is. */
  after?: SortKey;
  order: ExpertOrder;
}

export interface SearchEdge {
  doc: ExpertDoc;
  key: SortKey;
  score: number | null;
}

export interface SearchPage {
  edges: SearchEdge[];
  totalCount: number;
  hasNextPage: boolean;
}

const EMPTY: SearchPage = { edges: [], totalCount: 0, hasNextPage: false };

/**
 * One page of a country's experts in a total order, continuing after a cursor (keyset
 * pagination: stable under inserts, no skipped or repeated records).
 */
export async function searchExperts(
  experts: Collection<ExpertDoc>,
  country: string,
  args: SearchArgs,
): Promise<SearchPage> {
  requireOrderReleased(args.filter.scope, args.order);
  const afterKey = args.after;
  if (args.filter.excludesCountry) return EMPTY;
  if (args.order === 'RELEVANCE' && args.filter.tokens.length > 0) {
    return rankedPage(experts, country, args, afterKey);
  }
  return keysetPage(experts, country, args, afterKey);
}

/** Text relevance is computed here, so the matching ids are ranked in memory, then one page is loaded. */
async function rankedPage(
  experts: Collection<ExpertDoc>,
  country: string,
  args: SearchArgs,
  afterKey?: SortKey,
): Promise<SearchPage> {
  const matches = await experts
    .find(args.filter.query, { projection: { _id: 1, search: 1 } })
    .toArray();
  const ranked = matches
    .map((m) => {
      const score = relevance(m.search, args.filter.tokens, args.filter.scope.released);
      return { key: { o: 'RELEVANCE', v: score, i: m._id, c: country } as SortKey, score };
    })
    .sort((a, b) => compareKeys(a.key, b.key));
  const rest = afterKey ? ranked.filter((r) => compareKeys(r.key, afterKey) > 0) : ranked;
  const page = rest.slice(0, args.first);
  const docs =
    page.length > 0 ? await experts.find({ _id: { $in: page.map((p) => p.key.i) } }).toArray() : [];
  const byId = new Map(docs.map((d) => [d._id, d]));
  const edges = page.flatMap((p) => {
    const doc = byId.get(p.key.i);
    return doc ? [{ doc, key: p.key, score: p.score }] : []; // removed between the two reads
  });
  return { edges, totalCount: ranked.length, hasNextPage: rest.length > args.first };
}

function sortFor(order: ExpertOrder): Sort {
  switch (order) {
    case 'RELEVANCE':
      return { _id: 1 };
    case 'NAME':
      return { sortName: 1, _id: 1 };
    case 'UPDATED':
      return { updatedAt: -1, _id: 1 };
    default:
      return unreachable(order);
  }
}

function afterCondition(key: SortKey): Filter<ExpertDoc> {
  switch (key.o) {
    case 'RELEVANCE':
      return { _id: { $gt: key.i } };
    case 'NAME':
      return {
        $or: [
          { sortName: { $gt: String(key.v) } },
          { sortName: String(key.v), _id: { $gt: key.i } },
        ],
      };
    case 'UPDATED': {
      const at = new Date(Number(key.v));
      return { $or: [{ updatedAt: { $lt: at } }, { updatedAt: at, _id: { $gt: key.i } }] };
    }
    default:
      return unreachable(key.o);
  }
}

export function keyOf(
  doc: Pick<ExpertDoc, '_id' | 'sortName' | 'updatedAt'>,
  order: ExpertOrder,
  country: string,
): SortKey {
  switch (order) {
    case 'RELEVANCE':
      return { o: order, v: 0, i: doc._id, c: country };
    case 'NAME':
      return { o: order, v: doc.sortName, i: doc._id, c: country };
    case 'UPDATED':
      return { o: order, v: doc.updatedAt.getTime(), i: doc._id, c: country };
    default:
      return unreachable(order);
  }
}

async function keysetPage(
  experts: Collection<ExpertDoc>,
  country: string,
  args: SearchArgs,
  afterKey?: SortKey,
): Promise<SearchPage> {
  const query = afterKey
    ? { $and: [args.filter.query, afterCondition(afterKey)] }
    : args.filter.query;
  const [docs, totalCount] = await Promise.all([
    experts
      .find(query)
      .sort(sortFor(args.order))
      .limit(args.first + 1)
      .toArray(),
    experts.countDocuments(args.filter.query),
  ]);
  const hasNextPage = docs.length > args.first;
  const edges = docs
    .slice(0, args.first)
    .map((doc) => ({ doc, key: keyOf(doc, args.order, country), score: null }));
  return { edges, totalCount, hasNextPage };
}
