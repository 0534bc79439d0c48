import gql from 'graphql-tag';
import { EXPERTISE_AREAS } from '@expertpool/shared';

/** Forms a query's statistics list: a few words, each with its kept forms. */
const STATISTICS_SIZE = 50;

/**
 * The gateway's own, never in the public API: a country's counts for a query's text, added up
 * across the region and sent back with the request for the ranked pages, so that every country
 * scores by the same statistics (docs/ARCHITECTURE.md §7.6).
 */
export const searchStatisticsTypeDefs = gql`
  "One country's counts for a query (the gateway's own, docs/ARCHITECTURE.md §7.6)."
  type SearchStatistics @inaccessible {
    documents: Int!
    forms: [FormStatistic!]! @listSize(assumedSize: ${STATISTICS_SIZE})
    areas: [AreaStatistic!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
    named: [NamedAreaStatistic!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
  }

  "An area the query names: which of its words name it, by which phrase."
  type NamedAreaStatistic @inaccessible {
    area: ID!
    words: [Int!]!
    phrase: String!
    quality: Float!
  }

  input NamedAreaStatisticInput @inaccessible {
    area: ID!
    words: [Int!]!
    phrase: String!
    quality: Float!
  }

  type FormStatistic @inaccessible {
    word: Int!
    token: String!
    kind: MatchKind!
    edits: Int!
    documents: Int!
    "Of those records, how many hold the form as a family name."
    families: Int!
  }

  type AreaStatistic @inaccessible {
    area: ID!
    documents: Int!
  }

  "The region's counts for a query, sent by the gateway with each country's ranked page."
  input SearchStatisticsInput @inaccessible {
    documents: Int!
    forms: [FormStatisticInput!]!
    areas: [AreaStatisticInput!]!
    "The areas any country names for the query; absent, each country names them by its own phrases."
    named: [NamedAreaStatisticInput!]
  }

  input FormStatisticInput @inaccessible {
    word: Int!
    token: String!
    kind: MatchKind!
    edits: Int!
    documents: Int!
    families: Int!
  }

  input AreaStatisticInput @inaccessible {
    area: ID!
    documents: Int!
  }
`;
