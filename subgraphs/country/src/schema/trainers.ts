import gql from 'graphql-tag';
import { COUNTRIES, MAX_NEED_COMPETENCIES, MAX_NEED_LANGUAGES } from '@expertpool/shared';
import { EXPERT_LIST_LIMITS as LISTS } from '../records/list-limits';

/**
 * Trainer candidates for a programme's training need, each with why it fits
 * (docs/ARCHITECTURE.md §7.7).
 */
export const trainersTypeDefs = gql`
  type TrainerConnection {
    edges: [TrainerEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
    coverage: [CountryCoverage!]! @listSize(assumedSize: ${COUNTRIES.length})
  }

  type TrainerEdge {
    cursor: String!
    "The fit in [0, 1]: competencies most, then languages, availability and earlier engagements (docs/ARCHITECTURE.md §7.7)."
    score: Float!
    node: Expert!
    match: TrainerMatch!
    orderKey: OrderKey! @inaccessible
  }

  "Why a candidate fits, from the fields released to you only; a part whose field is withheld is null and does not count."
  type TrainerMatch {
    competencies: [CompetencyFit!]! @listSize(assumedSize: ${MAX_NEED_COMPETENCIES})
    languages: [LanguageFit!] @listSize(assumedSize: ${MAX_NEED_LANGUAGES})
    availability: AvailabilityFit
    "Earlier ACCSM engagements."
    engagements: [EngagementRecord!] @listSize(assumedSize: ${LISTS.engagements})
  }

  type CompetencyFit {
    area: ExpertiseArea!
    minLevel: Int!
    "The candidate's level in the area; null when the candidate does not hold it."
    level: Int
    years: Int
    met: Boolean!
  }

  type LanguageFit {
    tag: String!
    minCefr: Cefr!
    "The candidate's best level in the language; null when the candidate does not speak it."
    cefr: Cefr
    met: Boolean!
  }

  type AvailabilityFit {
    status: AvailabilityStatus!
    "Whether the candidate works in the need's mode (on site or remote)."
    modeSupported: Boolean!
    "Days of the need's window that the candidate's availability windows cover."
    overlapDays: Int!
    windowDays: Int!
  }
`;
