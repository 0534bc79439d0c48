import { ErrorCode, appError, findExpertiseArea, pageSize } from '@expertpool/shared';
import { ProgrammeResolvers } from '../generated/graphql';
import { requireSecretariat } from './secretariat';

/** Field resolvers of `Programme`, from the stored document. */
export const programmeResolvers: ProgrammeResolvers = {
  id: (doc) => doc._id,
  // `host` is non-null in the schema: a document naming a code outside the country table (only a
  // hand edit can) fails here with its id, not with GraphQL's anonymous non-null error.
  host: async (doc, _, ctx) => {
    const host = await ctx.loaders.country.load(doc.host);
    if (!host)
      throw appError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        `Programme ${doc._id} names host ${doc.host}, which is not in the country table.`,
      );
    return host;
  },
  workPlan: (doc) => doc.workPlan ?? null,
  description: (doc) => doc.description ?? null,
  // Vocabulary ids are never removed, so the fallback only guards against hand-edited documents.
  competencies: (doc) =>
    doc.competencies.map((id) => ({ id, label: findExpertiseArea(id)?.label ?? id })),
  // Only the expert's id: its own country resolves `expert`, or withholds it (null) from a caller
  // it may not see (docs/ARCHITECTURE.md §4.4).
  engagements: (doc) =>
    doc.engagements.map((e) => ({
      role: e.role,
      topic: e.topic ?? null,
      expertId: e.expertId,
    })),
  // The need as stored is already the output's shape: a client passes it back as it is.
  need: (doc) => doc.need ?? null,
  status: (doc) => doc.status ?? 'ACTIVE',
  cancelledAt: (doc) => doc.cancelledAt?.toISOString() ?? null,
  cancelReason: (doc) => doc.cancelReason ?? null,
  version: (doc) => doc.version ?? 0,
  // Who changed a programme names secretariat staff, which is not the public record.
  changes: async (doc, args, ctx) => {
    requireSecretariat(ctx, "read a programme's changes");
    const first = pageSize(args.first);
    // A change claimed but not yet applied (ProgrammeStore.change) is not shown yet.
    const applied = doc.version ?? 0;
    const history = (await ctx.loaders.changes.load(doc._id)).filter((c) => c.version <= applied);
    return history
      .slice(Math.max(0, history.length - first))
      .reverse()
      .map(({ at, by, action, version, fields, summary }) => ({
        at: at.toISOString(),
        by,
        action,
        version,
        fields,
        summary,
      }));
  },
};
