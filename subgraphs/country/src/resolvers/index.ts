import { Resolvers } from '../generated/graphql';
import { expertResolvers } from './expert';
import { consentQueries, governanceMutations, governanceQueries } from './governance';
import { mutationResolvers } from './mutation';
import { programmeEngagementResolvers } from './programme-engagement';
import { queryResolvers } from './query';
import { releasePreviewQueries } from './release-preview';

export const resolvers: Resolvers = {
  Query: { ...queryResolvers, ...governanceQueries, ...consentQueries, ...releasePreviewQueries },
  Mutation: { ...mutationResolvers, ...governanceMutations },
  Expert: expertResolvers,
  ProgrammeEngagement: programmeEngagementResolvers,
};
