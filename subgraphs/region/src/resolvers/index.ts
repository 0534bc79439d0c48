import { Resolvers } from '../generated/graphql';
import { countryResolvers } from './country';
import { programmeResolvers } from './programme';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  Query: queryResolvers,
  Country: countryResolvers,
  Programme: programmeResolvers,
};
