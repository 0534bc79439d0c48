import { ExpertOrder, encodeSortKey, pageSize, parseExpertId } from '@expertpool/shared';
import { CountryContext } from '../context';
import { RELEASABLE_FIELDS, releasedFields } from '../policy/release-policy';
import { compileFilter, ExpertFilterInput } from '../store/filter';
import { SearchScope } from '../store/search-scope';

export interface ExpertsArgs {
  filter?: ExpertFilterInput | null;
  first?: number | null;
  after?: string | null;
  orderBy?: ExpertOrder | null;
}

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

export const queryResolvers = {
  async experts(_: unknown, args: ExpertsArgs, ctx: CountryContext) {
    const started = Date.now();
    const order = args.orderBy ?? 'RELEVANCE';
    const first = pageSize(args.first);
    const filter = compileFilter(args.filter, await searchScope(ctx));
    const page = await ctx.store.search({ filter, first, after: args.after, order });
    const edges = page.edges.map((e) => ({
      cursor: encodeSortKey(e.key),
      score: e.score,
      node: e.doc,
    }));
    for (const e of page.edges) ctx.loaders.expert.prime(e.doc._id, e.doc);
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : (args.after ?? null),
      },
      coverage: [{ country: ctx.store.country, status: 'OK', latencyMs: Date.now() - started }],
    };
  },

  async expert(_: unknown, args: { id: string }, ctx: CountryContext) {
    const { country, opaque } = parseExpertId(args.id);
    if (country !== ctx.store.country) return null;
    return ctx.loaders.expert.load(opaque);
  },

  async expertFacets(_: unknown, args: { filter?: ExpertFilterInput | null }, ctx: CountryContext) {
    const started = Date.now();
    const filter = compileFilter(args.filter, await searchScope(ctx));
    const facets = await ctx.store.facets(filter);
    return {
      ...facets,
      coverage: [{ country: ctx.store.country, status: 'OK', latencyMs: Date.now() - started }],
    };
  },
};
