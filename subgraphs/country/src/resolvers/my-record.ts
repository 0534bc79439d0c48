import { ErrorCode, appError, badInput, ownRecordId, pageSize } from '@expertpool/shared';
import { decodeAuditCursor, encodeAuditCursor } from '../audit/cursor';
import { CountryContext } from '../context';
import { MutationResolvers, MyRecordResolvers, QueryResolvers } from '../generated/graphql';
import { confirmationDue, confirmedSince } from '../policy/rights-periods';
import { auditOwnWrite } from '../audit/own-write';
import { consentEntries } from '../records/consent-input';
import { validateRecord } from '../records/validate';
import { AuditEntry } from '../store/audit-store';
import { ExpertDoc, toRecord } from '../store/document';
import { erasureView } from './rights-views';
import { myChangeRequests } from './change-requests';

/**
 * The `me` fields (docs/ARCHITECTURE.md §6.8): the record the caller's expert token binds them
 * to, read without the visibility filter (an expert is PUBLIC to every other record, and sees
 * this one as OWN: recordAudience in caller.ts). UNAUTHENTICATED without a token, FORBIDDEN for
 * any other role (ownRecordId); null once the record is erased.
 */
async function myDoc(ctx: CountryContext): Promise<ExpertDoc | null> {
  const opaque = ctx.store.opaqueOf(ownRecordId(ctx.caller));
  const [doc] = await ctx.store.findByOpaqueIds([opaque], {});
  return doc;
}

async function requireMyDoc(ctx: CountryContext): Promise<ExpertDoc> {
  const doc = await myDoc(ctx);
  if (!doc) throw appError(ErrorCode.NOT_FOUND, 'Your record is not held here (any more).');
  return doc;
}

/** The record's id, as audit entries name experts. */
const idOf = (ctx: CountryContext, doc: ExpertDoc) => `${ctx.store.country}:${doc._id}`;

const releaseView = (e: AuditEntry) => ({
  at: e.at.toISOString(),
  role: e.role,
  country: e.callerCountry,
  audience: e.audience,
  purpose: e.purpose,
  operation: e.operation,
  fields: e.fields,
});

const SELF_SERVICE = ['availability', 'languages', 'contact'] as const;

export const myRecordResolvers: MyRecordResolvers = {
  expert: (doc) => doc,
  consent: (doc) => doc.consent,
  noticeVersion: (_, __, ctx) => ctx.periods.noticeVersion,
  lastConfirmedAt: (doc) => doc.lastConfirmedAt.toISOString(),
  confirmationDueAt: (doc, _, ctx) =>
    confirmationDue(doc.lastConfirmedAt, ctx.periods).toISOString(),
  lapsed: (doc, _, ctx) => doc.lastConfirmedAt < confirmedSince(new Date(), ctx.periods),
  erasureRequestedAt: (doc) => doc.erasureRequestedAt?.toISOString() ?? null,
  async erasure(doc, _, ctx) {
    const erasure = doc.erasureRequestedAt ? await ctx.erasures?.get(doc._id) : null;
    return erasure ? erasureView(erasure, ctx, false) : null;
  },
  changeRequests: (doc, _, ctx) => myChangeRequests(ctx, doc._id),
  async releases(doc, args, ctx) {
    if (!ctx.audit)
      throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no audit log.');
    const first = pageSize(args.first);
    const after = args.after ? decodeAuditCursor(args.after, 'releases') : undefined;
    const page = await ctx.audit.releasesOf(idOf(ctx, doc), { first, after });
    const edges = page.entries.map((e) => ({
      cursor: encodeAuditCursor(e._id),
      node: releaseView(e),
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : (args.after ?? null),
      },
    };
  },
};

export const myRecordQueries: QueryResolvers = {
  me: (_, __, ctx) => myDoc(ctx),

  async exportMe(_, __, ctx) {
    const doc = await myDoc(ctx);
    if (!doc) return null;
    const id = idOf(ctx, doc);
    const releases = ctx.audit ? await ctx.audit.releasesOf(id, { first: 100_000 }) : undefined;
    // `records` is what `npm run import` reads (a JSON array of records), the rest is history.
    const out = {
      records: [toRecord(doc, ctx.store.country)],
      releases: (releases?.entries ?? []).map(releaseView),
      exportedAt: new Date().toISOString(),
    };
    return JSON.stringify(out, null, 2);
  },
};

export const myRecordMutations: MutationResolvers = {
  async updateMyRecord(_, { input }, ctx) {
    const doc = await requireMyDoc(ctx);
    const fields = SELF_SERVICE.filter((f) => input[f] !== undefined && input[f] !== null);
    if (fields.length === 0)
      throw badInput(`Give at least one of ${SELF_SERVICE.join(', ')}.`, { field: 'input' });
    const changes = Object.fromEntries(fields.map((f) => [f, input[f]]));
    // The same checks as an import's (records/validate.ts), on the whole record as it would be.
    const checked = validateRecord(
      { ...toRecord(doc, ctx.store.country), ...changes },
      ctx.store.country,
    );
    if (!checked.ok) {
      const named = fields.filter((f) => checked.problems.some((p) => p.startsWith(f)));
      throw badInput(`Invalid ${named.join(', ') || 'record'}: ${checked.problems.join('; ')}`, {
        field: named[0] ?? fields[0],
        problems: checked.problems,
      });
    }
    await auditOwnWrite(ctx, idOf(ctx, doc), 'updateMyRecord', fields);
    const { doc: updated } = await ctx.store.upsert(checked.record, doc);
    return updated;
  },

  async setMyConsent(_, args, ctx) {
    const doc = await requireMyDoc(ctx);
    const entries = consentEntries(args.consent);
    await auditOwnWrite(ctx, idOf(ctx, doc), 'setMyConsent', ['consent']);
    const updated = await ctx.store.addConsent(doc._id, entries);
    if (!updated) throw appError(ErrorCode.NOT_FOUND, 'Your record is not held here (any more).');
    return updated;
  },

  async confirmMyRecord(_, __, ctx) {
    const doc = await requireMyDoc(ctx);
    await auditOwnWrite(ctx, idOf(ctx, doc), 'confirmMyRecord', []);
    const updated = await ctx.store.setLifecycle(doc._id, { lastConfirmedAt: new Date() });
    if (!updated) throw appError(ErrorCode.NOT_FOUND, 'Your record is not held here (any more).');
    return updated;
  },

  async requestErasure(_, __, ctx) {
    const doc = await requireMyDoc(ctx);
    if (!ctx.erasures)
      throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no erasures.');
    await auditOwnWrite(ctx, idOf(ctx, doc), 'requestErasure', []);
    const now = new Date();
    // Hidden first: from this write on, no non-OWN audience sees the record (visibilityFor).
    if (!doc.erasureRequestedAt) await ctx.store.setLifecycle(doc._id, { erasureRequestedAt: now });
    const erasure = await ctx.erasures.request(
      doc._id,
      doc.erasureRequestedAt ?? now,
      new Date(now.getTime() + ctx.periods.erasureSeconds * 1000),
    );
    return erasureView(erasure, ctx, false);
  },
};
