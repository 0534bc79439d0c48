import { COUNTRIES, EXPERTISE_AREAS } from '@expertpool/shared';
import { QueryResolvers } from '../generated/graphql';
import { programmeQueryOf } from './programme-args';

export const queryResolvers: QueryResolvers = {
  countries: (_, args) =>
    args.membership == null ? COUNTRIES : COUNTRIES.filter((c) => c.membership === args.membership),

  country: (_, args, ctx) => ctx.loaders.country.load(args.code),

  expertiseAreas: () => EXPERTISE_AREAS.map((a) => ({ id: a.id, label: a.label })),

  programmes: (_, args, ctx) => ctx.store.find(programmeQueryOf(args)),

  programme: (_, args, ctx) => ctx.store.findById(args.id),
};
