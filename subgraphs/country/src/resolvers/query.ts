import {
  ExpertOrder,
  assertPlainString,
  NamedArea,
  QueryWord,
  SortKey,
  badInput,
  decodeSortKey,
  encodeSortKey,
  findExpertiseArea,
  pageSize,
  parseExpertId,
  validateTrainingNeed,
} from '@expertpool/shared';
import { CountryContext } from '../context';
import { QueryResolvers } from '../generated/graphql';
import { requireRefAccess } from '../policy/agency-ref';
import { RELEASABLE_FIELDS, releasedFields } from '../policy/release-policy';
import { compileFilter } from '../store/filter';
import { ExpertDoc } from '../store/document';
import { SearchScope } from '../store/search-scope';
import { statisticsFromInput, wordsOf } from './statistics-input';

/**
 * What this caller's search may look at: the records consent lets it see and the fields the
 * release policy gives it. OWN receives every field and never waits for the policy.
 */
async function searchScope(ctx: CountryContext): Promise<SearchScope> {
  const { audience } = ctx.caller;
  const released =
    audience === 'OWN' ? RELEASABLE_FIELDS : releasedFields(await ctx.releasePolicy(), audience);
  return {
    country: ctx.store.country,
    audience,
    released: new Set(released),
    visibility: ctx.visibility,
  };
}

/** This country's way of naming areas: the vocabulary and its own synonyms, as of now. */
async function areaNamer(
  ctx: CountryContext,
): Promise<(words: readonly QueryWord[]) => NamedArea[]> {
  const namer = await ctx.store.areaNamer();
  return (words) => namer.named(words);
}

/**
 * Where a page continues: a client's cursor, decoded once here, or the position the gateway
 * sends as plain values for a region-wide page (`afterKey`, docs/ARCHITECTURE.md §4).
 */
function afterOf(
  args: {
    after?: string | null;
    afterKey?: { number?: number | null; text?: string | null; id: string } | null;
  },
  order: ExpertOrder,
  country: string,
): SortKey | undefined {
  if (args.afterKey) {
    const { number, text, id } = args.afterKey;
    const v = order === 'NAME' ? text : number;
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)))
      throw badInput(
        `afterKey needs ${order === 'NAME' ? 'text' : 'a finite number'} for orderBy: ${order}.`,
      );
    return { o: order, v, i: id, c: country };
  }
  return args.after ? decodeSortKey(args.after, order) : undefined;
}

/**
 * One country's page as a connection for the gateway's merge (docs/ARCHITECTURE.md §4.3): each
 * edge's cursor and node plus what `fields` adds, the page's end, and this country's coverage.
 * The page's records prime the expert loader, so fields resolved on them need no second read.
 */
function connectionOf<E extends { doc: ExpertDoc; key: SortKey }, F extends object>(
  ctx: CountryContext,
  page: { edges: E[]; totalCount: number; hasNextPage: boolean },
  after: SortKey | undefined,
  started: number,
  fields: (edge: E) => F,
) {
  for (const e of page.edges) ctx.loaders.expert.prime(e.doc._id, e.doc);
  const edges = page.edges.map((e) => ({
    cursor: encodeSortKey(e.key),
    node: e.doc,
    ...fields(e),
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor:
        edges.length > 0 ? edges[edges.length - 1].cursor : after ? encodeSortKey(after) : null,
    },
    coverage: [
      { country: ctx.store.country, status: 'OK' as const, latencyMs: Date.now() - started },
    ],
  };
}

export const queryResolvers: QueryResolvers = {
  async experts(_, args, ctx) {
    const started = Date.now();
    const order = args.orderBy ?? 'RELEVANCE';
    const first = pageSize(args.first);
    const statistics = statisticsFromInput(args.statistics, wordsOf(args.filter));
    // With the region's statistics, areas are named as the region names them (any country's
    // synonyms); without, by this country's own phrases (docs/ARCHITECTURE.md §7.6).
    const regionNamed = statistics?.named;
    const namer = regionNamed ? () => regionNamed : await areaNamer(ctx);
    const filter = compileFilter(args.filter, await searchScope(ctx), namer);
    const after = afterOf(args, order, ctx.store.country);
    const page = await ctx.store.search({ filter, first, after, order }, statistics);
    return connectionOf(ctx, page, after, started, (e) => ({
      score: e.score,
      highlights: e.highlights,
      orderKey:
        e.key.o === 'NAME'
          ? { text: String(e.key.v), id: e.key.i }
          : { number: Number(e.key.v), id: e.key.i },
    }));
  },

  async matchTrainers(_, args, ctx) {
    const started = Date.now();
    const need = validateTrainingNeed(args.need);
    const scope = await searchScope(ctx);
    const after = afterOf(args, 'RELEVANCE', ctx.store.country);
    const page = await ctx.store.matchTrainers(scope, need, pageSize(args.first), after);
    return connectionOf(ctx, page, after, started, (e) => ({
      score: e.score,
      orderKey: { number: e.score, id: e.key.i },
      match: {
        ...e.match,
        competencies: e.match.competencies.map((c) => ({
          ...c,
          area: { id: c.area, label: findExpertiseArea(c.area)?.label ?? c.area },
        })),
      },
    }));
  },

  async expert(_, args, ctx) {
    const { country, opaque } = parseExpertId(args.id);
    if (country !== ctx.store.country) return null;
    return ctx.loaders.expert.load(opaque);
  },

  async expertByRef(_, args, ctx) {
    if (args.country !== ctx.store.country) return null;
    requireRefAccess(ctx.caller.audience, ctx.store.country, 'expertByRef');
    const ref = assertPlainString(args.ref, 'ref', 64).trim();
    const [doc] = await ctx.store.findByRefs([ref]);
    if (!doc) return null;
    ctx.loaders.expert.prime(doc._id, doc);
    return doc;
  },

  async expertSearchStatistics(_, args, ctx) {
    const statistics = await ctx.store.statistics(
      compileFilter(args.filter, await searchScope(ctx), await areaNamer(ctx)),
    );
    return { ...statistics, named: statistics.named ?? [] };
  },

  async expertFacets(_, args, ctx) {
    const started = Date.now();
    const filter = compileFilter(args.filter, await searchScope(ctx), await areaNamer(ctx));
    const facets = await ctx.store.facets(filter);
    return {
      ...facets,
      coverage: [{ country: ctx.store.country, status: 'OK', latencyMs: Date.now() - started }],
    };
  },
};
