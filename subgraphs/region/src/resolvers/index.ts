import { countryResolvers } from './country';
import { programmeResolvers } from './programme';
import { queryResolvers } from './query';

export const resolvers = {
  Query: queryResolvers,
  Country: countryResolvers,
  Programme: programmeResolvers,
};
