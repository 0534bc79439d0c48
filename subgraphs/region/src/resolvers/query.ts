import { COUNTRIES, EXPERTISE_AREAS, Membership } from '@expertpool/shared';
import { RegionContext } from '../context';
import { programmeQueryOf, ProgrammesArgs } from './programme-args';

export const queryResolvers = {
  countries: (_: unknown, args: { membership?: Membership | null }) =>
    args.membership == null ? COUNTRIES : COUNTRIES.filter((c) => c.membership === args.membership),

  country: (_: unknown, args: { code: string }, ctx: RegionContext) =>
    ctx.loaders.country.load(args.code),

  expertiseAreas: () => EXPERTISE_AREAS.map((a) => ({ id: a.id, label: a.label })),

  programmes: (_: unknown, args: ProgrammesArgs, ctx: RegionContext) =>
    ctx.store.find(programmeQueryOf(args)),

  programme: (_: unknown, args: { id: string }, ctx: RegionContext) => ctx.store.findById(args.id),
};
