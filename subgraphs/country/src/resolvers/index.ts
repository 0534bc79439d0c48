import { Resolvers } from '../generated/graphql';
import { expertResolvers } from './expert';
import { governanceMutations, governanceQueries } from './governance';
import { mutationResolvers } from './mutation';
import { programmeEngagementResolvers } from './programme-engagement';
import { queryResolvers } from './query';
import { myRecordMutations, myRecordQueries, myRecordResolvers } from './my-record';
import { rightsStewardMutations, rightsStewardQueries } from './rights-stewards';

export const resolvers: Resolvers = {
  Query: { ...queryResolvers, ...governanceQueries, ...myRecordQueries, ...rightsStewardQueries },
  Mutation: {
    ...mutationResolvers,
    ...governanceMutations,
    ...myRecordMutations,
    ...rightsStewardMutations,
  },
  MyRecord: myRecordResolvers,
  Expert: expertResolvers,
  ProgrammeEngagement: programmeEngagementResolvers,
};
