import { ErrorCode, appError, badInput } from '@expertpool/shared';
import { consentEntries } from '../records/consent-input';
import { requireSteward } from '../caller';
import { CountryContext } from '../context';
import { MutationResolvers } from '../generated/graphql';
import { removeExpert } from '../records/remove-expert';
import { validateRecord } from '../records/validate';

function ownCountry(ctx: CountryContext, country: string): void {
  if (country !== ctx.store.country) {
    throw badInput(
      `This service holds ${ctx.store.country}'s records; ${country}'s are kept by ${country}.`,
      { field: 'country' },
    );
  }
}

export const mutationResolvers: MutationResolvers = {
  async upsertExpert(_, args, ctx) {
    ownCountry(ctx, args.country);
    requireSteward(ctx.caller, ctx.store.country);
    const checked = validateRecord({ ...args.input, consent: [] }, ctx.store.country);
    if (!checked.ok)
      throw badInput(`Invalid expert: ${checked.problems.join('; ')}`, {
        problems: checked.problems,
      });
    const { doc } = await ctx.store.upsert(checked.record);
    return doc;
  },

  removeExpert(_, args, ctx) {
    return removeExpert(ctx.store, ctx.caller, args.id);
  },

  async setConsent(_, args, ctx) {
    const opaque = ctx.store.opaqueOf(args.id);
    requireSteward(ctx.caller, ctx.store.country);
    const entries = consentEntries(args.consent);
    const doc = await ctx.store.addConsent(opaque, entries);
    if (!doc) throw appError(ErrorCode.NOT_FOUND, `No expert ${args.id}.`);
    return doc;
  },
};
