import {
  ErrorCode,
  appError,
  assertPlainString,
  badInput,
  ownRecordId,
  parseExpertId,
} from '@expertpool/shared';
import { auditOwnWrite } from '../audit/own-write';
import { requireSteward } from '../caller';
import { CountryContext } from '../context';
import { MutationResolvers, QueryResolvers } from '../generated/graphql';
import { applyCorrection, proposedOf } from '../records/correction';
import { ChangeRequestDoc, ChangeRequestStore } from '../store/change-request-store';
import { toRecord } from '../store/document';
import { stewardHere } from './governance';

function storeOf(ctx: CountryContext): ChangeRequestStore {
  if (!ctx.changeRequests)
    throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no change requests.');
  return ctx.changeRequests;
}

/** A change request as the schema shows it; the deciding steward to stewards only. */
export const changeRequestView = (r: ChangeRequestDoc, ctx: CountryContext, steward: boolean) => ({
  id: `${ctx.store.country}:${r._id}`,
  expertId: `${ctx.store.country}:${r.expert}`,
  status: r.status,
  fields: Object.keys(r.proposed).sort(),
  proposed: JSON.stringify(r.proposed),
  note: r.note,
  requestedAt: r.requestedAt.toISOString(),
  decidedAt: r.decidedAt?.toISOString() ?? null,
  decidedBy: steward ? r.decidedBy : null,
  reason: r.reason,
});

/** The expert's own requests (`me.changeRequests`). */
export async function myChangeRequests(ctx: CountryContext, opaque: string) {
  return (await storeOf(ctx).list({ expert: opaque })).map((r) => changeRequestView(r, ctx, false));
}

export const changeRequestQueries: QueryResolvers = {
  async changeRequests(_, args, ctx) {
    stewardHere(ctx, args.country, 'read');
    const list = await storeOf(ctx).list({ status: args.status ?? undefined });
    return list.map((r) => changeRequestView(r, ctx, true));
  },
};

export const changeRequestMutations: MutationResolvers = {
  /** Checked now against the record as it is, so a steward only sees corrections that apply. */
  async requestCorrection(_, { input }, ctx) {
    const opaque = ctx.store.opaqueOf(ownRecordId(ctx.caller));
    const [doc] = await ctx.store.findByOpaqueIds([opaque], {});
    if (!doc) throw appError(ErrorCode.NOT_FOUND, 'Your record is not held here (any more).');
    const proposed = proposedOf(input);
    applyCorrection(toRecord(doc, ctx.store.country), proposed, ctx.store.country);
    const note = input.note == null ? null : assertPlainString(input.note, 'note', 500);
    await auditOwnWrite(
      ctx,
      `${ctx.store.country}:${opaque}`,
      'requestCorrection',
      Object.keys(proposed),
    );
    const request = await storeOf(ctx).create(opaque, proposed, note);
    return changeRequestView(request, ctx, false);
  },

  /** Approval applies the correction through the same upsert as an import. */
  async decideChangeRequest(_, args, ctx) {
    const { country, opaque } = parseExpertId(args.id);
    if (country !== ctx.store.country)
      throw badInput(`Change request ${args.id} belongs to ${country}.`, { field: 'id' });
    requireSteward(ctx.caller, ctx.store.country);
    const requests = storeOf(ctx);
    const request = await requests.get(opaque);
    if (!request) throw appError(ErrorCode.NOT_FOUND, `No change request ${args.id}.`);
    if (request.status !== 'PENDING')
      throw appError(
        ErrorCode.CONFLICT,
        `Change request ${args.id} was ${request.status.toLowerCase()} already.`,
      );
    const reason =
      args.reason == null ? null : assertPlainString(args.reason, 'reason', 500).trim() || null;
    if (!args.approve && reason === null)
      throw badInput('Give the expert a reason for the rejection.', { field: 'reason' });
    if (args.approve) {
      const [doc] = await ctx.store.findByOpaqueIds([request.expert], {});
      if (!doc)
        throw appError(ErrorCode.NOT_FOUND, `The expert of ${args.id} is not held here any more.`);
      const record = applyCorrection(
        toRecord(doc, ctx.store.country),
        request.proposed,
        ctx.store.country,
      );
      await ctx.store.upsert(record, doc);
    }
    const decided = await requests.decide(opaque, {
      status: args.approve ? 'APPROVED' : 'REJECTED',
      decidedBy: ctx.caller.subject,
      reason,
    });
    if (!decided)
      throw appError(ErrorCode.CONFLICT, `Change request ${args.id} was decided meanwhile.`);
    return changeRequestView(decided, ctx, true);
  },
};
