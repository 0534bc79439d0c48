import { Resolvers } from '../generated/graphql';
import { countryResolvers } from './country';
import { mutationResolvers } from './mutation';
import { programmeResolvers } from './programme';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Country: countryResolvers,
  Programme: programmeResolvers,
};
