import { CountryResolvers } from '../generated/graphql';

/** Field resolvers of `Country`, from the shared country table. */
export const countryResolvers: CountryResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.country.load(ref.code),
  name: (c) => c.nameEn,
  localName: (c) => c.nameLocal,
  unverified: (c) => c.unverified ?? [],
};
