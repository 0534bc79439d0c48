import { Resolvers } from '../generated/graphql';
import { expertResolvers } from './expert';
import { governanceMutations, governanceQueries } from './governance';
import { mutationResolvers } from './mutation';
import { programmeEngagementResolvers } from './programme-engagement';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  Query: { ...queryResolvers, ...governanceQueries },
  Mutation: { ...mutationResolvers, ...governanceMutations },
  Expert: expertResolvers,
  ProgrammeEngagement: programmeEngagementResolvers,
};
