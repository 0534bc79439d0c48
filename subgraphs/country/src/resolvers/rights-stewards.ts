import { ErrorCode, appError, badInput } from '@expertpool/shared';
import { requireSteward } from '../caller';
import { CountryContext } from '../context';
import { MutationResolvers, QueryResolvers } from '../generated/graphql';
import { confirmationDue, confirmedSince } from '../policy/rights-periods';
import { removeExpert } from '../records/remove-expert';
import { ErasureStore } from '../store/erasure-store';
import { stewardHere } from './governance';
import { erasureView } from './rights-views';

const DAY_MS = 86_400_000;
const REPORT_LIMIT = 1000;

function erasuresOf(ctx: CountryContext): ErasureStore {
  if (!ctx.erasures)
    throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no erasures.');
  return ctx.erasures;
}

/** The stewards' side of the expert's rights (docs/ARCHITECTURE.md §6.8). */
export const rightsStewardQueries: QueryResolvers = {
  async pendingErasures(_, args, ctx) {
    stewardHere(ctx, args.country, 'read');
    return (await erasuresOf(ctx).pending()).map((e) => erasureView(e, ctx, true));
  },

  async confirmationsDue(_, args, ctx) {
    stewardHere(ctx, args.country, 'read');
    const within = args.withinDays;
    if (!Number.isInteger(within) || within < 0 || within > 3650)
      throw badInput('withinDays must be a whole number of days from 0 to 3650.', {
        field: 'withinDays',
      });
    const now = new Date();
    // Lapses within `within` days: confirmed before the cut-off that day will have.
    const before = confirmedSince(new Date(now.getTime() + within * DAY_MS), ctx.periods);
    const lapsedBefore = confirmedSince(now, ctx.periods);
    const docs = await ctx.store.confirmedBefore(before, REPORT_LIMIT);
    return docs.map((doc) => ({
      expert: doc,
      lastConfirmedAt: doc.lastConfirmedAt.toISOString(),
      dueAt: confirmationDue(doc.lastConfirmedAt, ctx.periods).toISOString(),
      lapsed: doc.lastConfirmedAt < lapsedBefore,
    }));
  },
};

export const rightsStewardMutations: MutationResolvers = {
  async confirmExpert(_, args, ctx) {
    const opaque = ctx.store.opaqueOf(args.id);
    requireSteward(ctx.caller, ctx.store.country);
    const doc = await ctx.store.setLifecycle(opaque, { lastConfirmedAt: new Date() });
    if (!doc) throw appError(ErrorCode.NOT_FOUND, `No expert ${args.id}.`);
    return doc;
  },

  /**
   * Removes the record through the one removal path (records/remove-expert.ts: the search index
   * drops it, programmes show no expert) and the expert's change requests, and keeps the
   * erasure as the tombstone: id, dates, steward. Audit entries name the record by id only.
   */
  async completeErasure(_, args, ctx) {
    const opaque = ctx.store.opaqueOf(args.id);
    requireSteward(ctx.caller, ctx.store.country);
    const erasures = erasuresOf(ctx);
    const pending = await erasures.get(opaque);
    if (!pending) throw appError(ErrorCode.NOT_FOUND, `Nobody asked for ${args.id} to be erased.`);
    if (pending.completedAt)
      throw appError(
        ErrorCode.CONFLICT,
        `The erasure of ${args.id} was completed on ${pending.completedAt.toISOString()}.`,
      );
    await removeExpert(ctx.store, ctx.caller, args.id);
    await ctx.changeRequests?.removeOf(opaque);
    const done = await erasures.complete(opaque, ctx.caller.subject);
    return erasureView(done!, ctx, true);
  },
};
