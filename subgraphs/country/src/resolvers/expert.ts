import { findExpertiseArea, countryOfId } from '@expertpool/shared';
import { CountryContext } from '../context';
import { ExpertDoc, currentConsent } from '../store/document';

/** Field resolvers of `Expert`, from the stored document. */
export const expertResolvers = {
  async __resolveReference(ref: { id: string }, ctx: CountryContext): Promise<ExpertDoc | null> {
    if (countryOfId(ref.id) !== ctx.store.country) return null;
    return ctx.loaders.expert.load(ctx.store.opaqueOf(ref.id));
  },
  id: (doc: ExpertDoc, _: unknown, ctx: CountryContext) => `${ctx.store.country}:${doc._id}`,
  country: (_doc: ExpertDoc, _: unknown, ctx: CountryContext) => ({ code: ctx.store.country }),
  expertise: (doc: ExpertDoc) =>
    doc.expertise.map((e) => ({ ...e, area: { id: e.area, label: findExpertiseArea(e.area)?.label ?? e.area } })),
  updatedAt: (doc: ExpertDoc) => doc.updatedAt.toISOString(),
  consent: (doc: ExpertDoc) => {
    const current = currentConsent(doc.consent);
    const granted = current.filter((c) => c.granted);
    const latest = current.reduce<string | null>((max, c) => (max === null || c.recordedAt > max ? c.recordedAt : max), null);
    return {
      audiences: [...new Set(granted.map((c) => c.audience))].sort(),
      noticeVersion: granted.length > 0 ? granted[granted.length - 1].noticeVersion : null,
      updatedAt: latest,
    };
  },
  withheldFields: () => [] as string[],
};
