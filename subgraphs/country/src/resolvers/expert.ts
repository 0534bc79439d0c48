import { findExpertiseArea, countryOfId } from '@expertpool/shared';
import { CountryContext } from '../context';
import { ExpertResolvers, ResolverFn } from '../generated/graphql';
import { refVisibleTo } from '../policy/agency-ref';
import { ReleasableField, releasedFields, withheldFields } from '../policy/release-policy';
import { audienceOf, policyOf } from '../policy/release-view';
import { ExpertDoc, currentConsent } from '../store/document';

/** What a generated resolver type returns (distributing over its function and object forms). */
type ResultOf<R> =
  R extends ResolverFn<infer T, ExpertDoc, CountryContext, infer _Args> ? T : never;

/** What the schema lets the resolver of Expert field `F` return (null included). */
type FieldValue<F extends ReleasableField> = Awaited<ResultOf<ExpertResolvers[F]>>;

/** The value of each releasable field, from the stored document. */
const values: { [F in ReleasableField]: (doc: ExpertDoc, ctx: CountryContext) => FieldValue<F> } = {
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

/**
 * The expert with this id as the caller may see it (the request's loader applies consent), or
 * null: removed, withheld from the caller, or another country's.
 */
export async function visibleExpert(id: unknown, ctx: CountryContext): Promise<ExpertDoc | null> {
  if (typeof id !== 'string' || countryOfId(id) !== ctx.store.country) return null;
  return ctx.loaders.expert.load(ctx.store.opaqueOf(id));
}

const idOf = (doc: ExpertDoc, ctx: CountryContext) => `${ctx.store.country}:${doc._id}`;

/** Notes that `doc` (and `field`, if any) reached a non-OWN caller, for the request's audit entry. */
function noteRelease(doc: ExpertDoc, ctx: CountryContext, field?: string): void {
  if (audienceOf(doc, ctx) === 'OWN') return;
  ctx.releases.expertIds.add(idOf(doc, ctx));
  if (field) ctx.releases.fields.add(field);
}

/**
 * Each releasable field passes the country's release policy for the caller's audience: a withheld
 * field resolves to null. OWN callers never wait for the policy. A steward's preview of a record
 * (policy/release-view.ts) passes the previewed audience and policy instead, through this same
 * code, so the preview shows exactly what that audience would receive.
 */
function released<F extends ReleasableField>(field: F) {
  return async (doc: ExpertDoc, _: unknown, ctx: CountryContext): Promise<FieldValue<F> | null> => {
    const audience = audienceOf(doc, ctx);
    if (audience !== 'OWN') {
      const policy = await policyOf(doc, ctx);
      if (!releasedFields(policy, audience).includes(field)) return null;
      noteRelease(doc, ctx, field);
    }
    return values[field](doc, ctx);
  };
}

/**
 * Field resolvers of `Expert`, from the stored document. The type demands one for every releasable
 * field: the default resolver would hand the stored value to any caller.
 */
export const expertResolvers: ExpertResolvers & Record<ReleasableField, unknown> = {
  __resolveReference: (ref, ctx) => visibleExpert(ref.id, ctx),
  id: (doc, _, ctx) => {
    noteRelease(doc, ctx);
    return idOf(doc, ctx);
  },
  country: (doc, _, ctx) => {
    noteRelease(doc, ctx);
    return { code: ctx.store.country };
  },
  // Not a releasable field: no policy releases it (policy/agency-ref.ts).
  ref: (doc, _, ctx) => (refVisibleTo(audienceOf(doc, ctx)) ? doc.ref : null),
  names: released('names'),
  displayName: released('displayName'),
  position: released('position'),
  expertise: released('expertise'),
  languages: released('languages'),
  availability: released('availability'),
  contact: released('contact'),
  qualifications: released('qualifications'),
  engagements: released('engagements'),
  consent: released('consent'),
  updatedAt: released('updatedAt'),
  withheldFields: async (doc, _, ctx) => {
    const audience = audienceOf(doc, ctx);
    if (audience === 'OWN') return [];
    noteRelease(doc, ctx);
    return [...withheldFields(await policyOf(doc, ctx), audience)].sort();
  },
};
