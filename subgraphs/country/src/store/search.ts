import { Collection, Filter, Sort } from 'mongodb';
import { ExpertOrder, Highlight, ScoringPlan, SortKey, unreachable } from '@expertpool/shared';
import { CompiledFilter } from './filter';
import { ExpertDoc } from './document';
import { requireOrderReleased } from './order-scope';
import { Query } from 'mingo';
import { MemoryIndex } from './memory-index';
import { releasedPlanTokens, scored, scoredRecord, textCondition } from './search-text';
import { TopAfter } from './top-k';

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
  /** The records in memory (search-index.ts): a ranked page reads postings, not documents. */
  memory?: MemoryIndex,
): Promise<SearchPage> {
  requireOrderReleased(args.filter.scope, args.order);
  if (args.filter.excludesCountry) return EMPTY;
  if (!args.plan) return keysetPage(experts, country, args, args.after);
  if (args.order === 'RELEVANCE' && memory)
    return rankedPage(experts, country, args, args.plan, memory);
  const text = textCondition(args.filter, args.plan);
  if (!text) return EMPTY;
  const query = { $and: [args.filter.query, text] };
  return keysetPage(experts, country, { ...args, filter: { ...args.filter, query } }, args.after);
}

/**
 * The best `first` matches after the cursor, ranked here (the score depends on the query): the
 * candidates are the postings of the query's forms in released fields and the holders of the
 * areas it names, each checked against the whole compiled filter (visibility included) as
 * MongoDB would check it, then scored; only the page's best are kept and only the page's records
 * are read from the database (docs/ARCHITECTURE.md §7.6).
 */
async function rankedPage(
  experts: Collection<ExpertDoc>,
  country: string,
  args: SearchArgs,
  plan: ScoringPlan,
  memory: MemoryIndex,
): Promise<SearchPage> {
  const { filter } = args;
  const candidates = memory.candidates(
    releasedPlanTokens(filter, plan),
    filter.scope.released.has('expertise') ? plan.areas.map((a) => a.area) : [],
  );
  const matches = new Query(filter.query);
  const top = new TopAfter<{ key: SortKey; score: number; highlights: Highlight[] }>(
    args.first,
    args.after,
  );
  for (const id of candidates) {
    const record = memory.get(id);
    if (!record || !matches.test(record.doc)) continue;
    const { score, highlights } = scoredRecord(record, filter, plan);
    if (score > 0)
      top.offer({ key: { o: 'RELEVANCE', v: score, i: id, c: country }, score, highlights });
  }
  const { entries, hasNextPage } = top.page();
  const docs = await loadPage(experts, entries, filter.query);
  const edges = entries.flatMap((p) => {
    const doc = docs.get(p.key.i);
    return doc ? [{ doc, key: p.key, score: p.score, highlights: p.highlights }] : []; // removed between the two reads
  });
  return { edges, totalCount: top.total, hasNextPage };
}

/**
 * The page's documents by id, in one query, that still match `query` (the caller's visibility
 * and filters): what was ranked from memory is checked once more against the system of record,
 * so a consent withdrawn since can never release a record (docs/ARCHITECTURE.md §6.4, §7.6).
 * Read by id alone (the primary index, whatever else the server can use) and checked here with
 * mingo, which applies MongoDB's semantics to the operators filters use.
 */
export async function loadPage(
  experts: Collection<ExpertDoc>,
  entries: readonly { key: SortKey }[],
  query: Filter<ExpertDoc>,
): Promise<Map<string, ExpertDoc>> {
  if (entries.length === 0) return new Map();
  const docs = await experts.find({ _id: { $in: entries.map((p) => p.key.i) } }).toArray();
  const matches = new Query(query);
  return new Map(docs.filter((d) => matches.test(d)).map((d) => [d._id, d]));
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
  // Text in another order still says what matched; the score stays null, as it orders nothing.
  const plan = args.plan;
  const edges = docs.slice(0, args.first).map((doc) => ({
    doc,
    key: keyOf(doc, args.order, country),
    score: null,
    highlights: plan ? scored(doc, args.filter, plan).highlights : [],
  }));
  return { edges, totalCount, hasNextPage };
}
