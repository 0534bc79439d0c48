import { confirmedSince } from '../policy/rights-periods';
import { AUDIENCES, Audience, ErrorCode, Purpose, appError } from '@expertpool/shared';
import { visibilityFor } from '../caller';
import { CountryContext } from '../context';
import { QueryResolvers } from '../generated/graphql';
import {
  ReleasePolicy,
  parsePolicyInput,
  releasedFields,
  withheldFields,
} from '../policy/release-policy';
import { previewAs } from '../policy/release-view';
import { stewardHere } from './governance';

/** Whether a request of `audience` naming `purpose` would see the record at all (consent, §6.4). */
async function visibleTo(
  ctx: CountryContext,
  opaque: string,
  audience: Audience,
  purpose: Purpose,
): Promise<boolean> {
  if (audience === 'OWN') return true;
  const [doc] = await ctx.store.findByOpaqueIds(
    [opaque],
    visibilityFor({ audience, purpose }, confirmedSince(new Date(), ctx.periods)),
  );
  return doc !== null;
}

export const releasePreviewQueries: QueryResolvers = {
  /**
   * One record as each audience would receive it under a draft policy (or the stored one), for
   * the steward console (docs/ARCHITECTURE.md §6.3, §10.5). The draft goes through the same
   * validation as setReleasePolicy and the record through the same Expert resolvers as any read
   * (policy/release-view.ts); nothing is written, and the caller is the country's own steward,
   * so nothing leaves the country and nothing is audited.
   */
  async releasePreview(_, args, ctx) {
    stewardHere(ctx, args.country, 'read');
    const opaque = ctx.store.opaqueOf(args.expertId);
    const policy: ReleasePolicy = args.policy
      ? {
          audiences: parsePolicyInput(args.policy),
          updatedAt: null,
          updatedBy: null,
          isDefault: false,
        }
      : await ctx.releasePolicy();
    const doc = await ctx.loaders.expert.load(opaque);
    if (!doc)
      throw appError(ErrorCode.NOT_FOUND, `${args.country} holds no expert ${args.expertId}.`, {
        field: 'expertId',
      });
    const purpose = args.purpose ?? 'ANY';
    const audiences = await Promise.all(
      AUDIENCES.map(async (audience) => {
        const visible = await visibleTo(ctx, opaque, audience, purpose);
        return {
          audience,
          released: [...releasedFields(policy, audience)],
          withheld: withheldFields(policy, audience),
          visible,
          expert: visible ? previewAs(doc, { audience, policy }) : null,
        };
      }),
    );
    return {
      country: args.country,
      expertId: `${args.country}:${opaque}`,
      draft: Boolean(args.policy),
      audiences,
    };
  },
};
