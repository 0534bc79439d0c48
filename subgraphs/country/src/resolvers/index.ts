import { Resolvers } from '../generated/graphql';
import { expertResolvers } from './expert';
import { consentQueries, governanceMutations, governanceQueries } from './governance';
import { mutationResolvers } from './mutation';
import { programmeEngagementResolvers } from './programme-engagement';
import { queryResolvers } from './query';
import { releasePreviewQueries } from './release-preview';
import { myRecordMutations, myRecordQueries, myRecordResolvers } from './my-record';
import { rightsStewardMutations, rightsStewardQueries } from './rights-stewards';
import { changeRequestMutations, changeRequestQueries } from './change-requests';

export const resolvers: Resolvers = {
  Query: {
    ...queryResolvers,
    ...governanceQueries,
    ...myRecordQueries,
    ...rightsStewardQueries,
    ...changeRequestQueries,
    ...consentQueries,
    ...releasePreviewQueries,
  },
  Mutation: {
    ...mutationResolvers,
    ...governanceMutations,
    ...myRecordMutations,
    ...rightsStewardMutations,
    ...changeRequestMutations,
  },
  MyRecord: myRecordResolvers,
  Expert: expertResolvers,
  ProgrammeEngagement: programmeEngagementResolvers,
};
