import { Collection, Filter, Sort } from 'mongodb';
import {
  ExpertOrder,
  Highlight,
  ScoringPlan,
  SortKey,
  compareKeys,
  unreachable,
} from '@expertpool/shared';
import { CompiledFilter } from './filter';
import { ExpertDoc } from './document';
import { requireOrderReleased } from './order-scope';
import { SCORING_PROJECTION, scored, textCondition } from './search-text';

export interface SearchArgs {
  /** Compiled for the caller's scope, which the order must respect too. */
  filter: CompiledFilter;
  first: number;
  /** Where the page continues: decoded once from a cursor or given by the gateway as is. */
  after?: SortKey;
  order: ExpertOrder;
  /** How the filter's text scores (search-text.ts); absent when there is no text. */
  plan?: ScoringPlan;
}

export interface SearchEdge {
  doc: ExpertDoc;
  key: SortKey;
  score: number | null;
  highlights: Highlight[];
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
  if (args.filter.excludesCountry) return EMPTY;
  if (!args.plan) return keysetPage(experts, country, args, args.after);
  const text = textCondition(args.filter, args.plan);
  if (!text) return EMPTY;
  const query = { $and: [args.filter.query, text] };
  if (args.order === 'RELEVANCE') return rankedPage(experts, country, args, args.plan, query);
  return keysetPage(experts, country, { ...args, filter: { ...args.filter, query } }, args.after);
}

/**
 * The best `first` matches after the cursor, ranked here (the score depends on the query).
 * Matches stream past once; only the page's best are kept, so memory is bounded by the page,
 * not by how many records match (docs/ARCHITECTURE.md §7.6).
 */
async function rankedPage(
  experts: Collection<ExpertDoc>,
  country: string,
  args: SearchArgs,
  plan: ScoringPlan,
  query: Filter<ExpertDoc>,
): Promise<SearchPage> {
  const keep = args.first + 1;
  const best: { key: SortKey; score: number; highlights: Highlight[] }[] = [];
  let totalCount = 0;
  const cursor = experts.find(query, { projection: SCORING_PROJECTION });
  for await (const doc of cursor) {
    const { score, highlights } = scored(doc, args.filter, plan);
    if (score <= 0) continue;
    totalCount++;
    const key: SortKey = { o: 'RELEVANCE', v: score, i: doc._id, c: country };
    if (args.after && compareKeys(key, args.after) <= 0) continue;
    if (best.length === keep && compareKeys(key, best[keep - 1].key) >= 0) continue;
    let at = best.length;
    while (at > 0 && compareKeys(key, best[at - 1].key) < 0) at--;
    best.splice(at, 0, { key, score, highlights });
    if (best.length > keep) best.pop();
  }
  const page = best.slice(0, args.first);
  const docs =
    page.length > 0 ? await experts.find({ _id: { $in: page.map((p) => p.key.i) } }).toArray() : [];
  const byId = new Map(docs.map((d) => [d._id, d]));
  const edges = page.flatMap((p) => {
    const doc = byId.get(p.key.i);
    return doc ? [{ doc, key: p.key, score: p.score, highlights: p.highlights }] : []; // removed between the two reads
  });
  return { edges, totalCount, hasNextPage: best.length > args.first };
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
  const edges = docs.slice(0, args.first).map((doc) => ({
    doc,
    key: keyOf(doc, args.order, country),
    score: null,
    highlights: [],
  }));
  return { edges, totalCount, hasNextPage };
}
