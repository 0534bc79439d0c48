import { ProgrammeEngagementResolvers } from '../generated/graphql';
import { visibleExpert } from './expert';

/**
 * `ProgrammeEngagement.expert`, asked by the gateway with the region's reference: the
 * representation (`expertId`) is the whole entity here, so no `__resolveReference` is needed.
 * The expert is null when this country withholds it from the caller (removed, or no consent for
 * the audience), so the caller gets no id and no error (docs/ARCHITECTURE.md §4.4).
 */
export const programmeEngagementResolvers: ProgrammeEngagementResolvers = {
  expert: (engagement, _, ctx) => visibleExpert(engagement.expertId, ctx),
};
