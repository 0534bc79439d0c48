import { CountryInfo } from '@expertpool/shared';
import { RegionContext } from '../context';

/** Field resolvers of `Country`, from the shared country table. */
export const countryResolvers = {
  __resolveReference(ref: { code: string }, ctx: RegionContext): Promise<CountryInfo | null> {
    return ctx.loaders.country.load(ref.code);
  },
  name: (c: CountryInfo) => c.nameEn,
  localName: (c: CountryInfo) => c.nameLocal,
  unverified: (c: CountryInfo) => c.unverified ?? [],
};
