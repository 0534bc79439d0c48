import { Audience } from '@expertpool/shared';
import { recordAudience } from '../caller';
import { CountryContext } from '../context';
import { ExpertDoc } from '../store/document';
import { ReleasePolicy } from './release-policy';

/** An audience and the policy its records are resolved under. */
export interface ReleaseView {
  audience: Audience;
  policy: ReleasePolicy;
}

/**
 * Records a steward previews (`releasePreview`, docs/ARCHITECTURE.md §6.3): each a copy of the
 * stored document, resolved by the `Expert` resolvers for the previewed audience and policy
 * instead of the caller's. Keyed by the copy, so the request's loader cache and every other
 * request are untouched, and gone with the response.
 */
const previews = new WeakMap<ExpertDoc, ReleaseView>();

/**
 * A copy of `doc` that the `Expert` resolvers resolve as `view.audience` would receive it under
 * `view.policy`. Only for a steward of the record's country (OWN, who may see every field), so a
 * preview can only ever show less than the caller may see.
 */
export function previewAs(doc: ExpertDoc, view: ReleaseView): ExpertDoc {
  const copy = { ...doc };
  previews.set(copy, view);
  return copy;
}

/**
 * The audience `doc` is resolved for: the previewed one, else the caller's for this record (OWN
 * for an expert's own, docs/ARCHITECTURE.md §6.8).
 */
export function audienceOf(doc: ExpertDoc, ctx: CountryContext): Audience {
  return previews.get(doc)?.audience ?? recordAudience(ctx.caller, ctx.store.country, doc._id);
}

/** The policy `doc` is resolved under: the previewed one, else the country's (once per request). */
export function policyOf(doc: ExpertDoc, ctx: CountryContext): Promise<ReleasePolicy> {
  const preview = previews.get(doc);
  return preview ? Promise.resolve(preview.policy) : ctx.releasePolicy();
}
