import { findExpertiseArea, countryOfId } from '@expertpool/shared';
import { CountryContext } from '../context';
import { ReleasableField, releasedFields, withheldFields } from '../policy/release-policy';
import { ExpertDoc, currentConsent } from '../store/document';

type FieldResolver = (doc: ExpertDoc, ctx: CountryContext) => unknown;

/** The value of each releasable field, from the stored document. */
const values: Record<ReleasableField, FieldResolver> = {
  names: (doc) => doc.names,
  displayName: (doc) => doc.displayName,
  position: (doc) => doc.position,
  expertise: (doc) =>
    doc.expertise.map((e) => ({
      ...e,
      area: { id: e.area, label: findExpertiseArea(e.area)?.label ?? e.area },
    })),
  languages: (doc) => doc.languages,
  availability: (doc) => doc.availability,
  contact: (doc) => doc.contact,
  qualifications: (doc) => doc.qualifications,
  engagements: (doc) => doc.engagements,
  consent: (doc) => {
    const current = currentConsent(doc.consent);
    const granted = current.filter((c) => c.granted);
    const latest = current.reduce<string | null>(
      (max, c) => (max === null || c.recordedAt > max ? c.recordedAt : max),
      null,
    );
    return {
      audiences: [...new Set(granted.map((c) => c.audience))].sort(),
      noticeVersion: granted.length > 0 ? granted[granted.length - 1].noticeVersion : null,
      updatedAt: latest,
    };
  },
  updatedAt: (doc) => doc.updatedAt.toISOString(),
};

const idOf = (doc: ExpertDoc, ctx: CountryContext) => `${ctx.store.country}:${doc._id}`;

/** Notes that `doc` (and `field`, if any) reached a non-OWN caller, for the request's audit entry. */
function noteRelease(doc: ExpertDoc, ctx: CountryContext, field?: string): void {
  if (ctx.caller.audience === 'OWN') return;
  ctx.releases.expertIds.add(idOf(doc, ctx));
  if (field) ctx.releases.fields.add(field);
}

/**
 * Each releasable field passes the country's release policy for the caller's audience: a withheld
 * field resolves to null. OWN callers never wait for the policy.
 */
function released(field: ReleasableField) {
  return async (doc: ExpertDoc, _: unknown, ctx: CountryContext) => {
    if (ctx.caller.audience !== 'OWN') {
      const policy = await ctx.releasePolicy();
      if (!releasedFields(policy, ctx.caller.audience).includes(field)) return null;
      noteRelease(doc, ctx, field);
    }
    return values[field](doc, ctx);
  };
}

/** Field resolvers of `Expert`, from the stored document. */
export const expertResolvers = {
  async __resolveReference(ref: { id: string }, ctx: CountryContext): Promise<ExpertDoc | null> {
    if (countryOfId(ref.id) !== ctx.store.country) return null;
    return ctx.loaders.expert.load(ctx.store.opaqueOf(ref.id));
  },
  id: (doc: ExpertDoc, _: unknown, ctx: CountryContext) => {
    noteRelease(doc, ctx);
    return idOf(doc, ctx);
  },
  country: (doc: ExpertDoc, _: unknown, ctx: CountryContext) => {
    noteRelease(doc, ctx);
    return { code: ctx.store.country };
  },
  ...(Object.fromEntries(
    Object.keys(values).map((f) => [f, released(f as ReleasableField)]),
  ) as Record<ReleasableField, ReturnType<typeof released>>),
  withheldFields: async (doc: ExpertDoc, _: unknown, ctx: CountryContext): Promise<string[]> => {
    if (ctx.caller.audience === 'OWN') return [];
    noteRelease(doc, ctx);
    return [...withheldFields(await ctx.releasePolicy(), ctx.caller.audience)].sort();
  },
};
