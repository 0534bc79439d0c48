import gql from 'graphql-tag';
import { COUNTRIES } from '@expertpool/shared';

/** Highlights per edge: a few query words found in a field or two. */
const HIGHLIGHTS_SIZE = 6;

/** The expert search: its filter and its page of ranked experts. */
export const searchTypeDefs = gql`
  input ExpertFilter {
    text: String
    countries: [CountryCode!]
    expertiseAreas: [ID!]
    minLevel: Int
    languages: [String!]
    minCefr: Cefr
    availableBetween: DateRange
    bands: [RegionalBand!]
    "Experts with any of these agency references (the country's own callers only; FORBIDDEN for others). Name the country in countries: no other country holds its refs."
    refs: [String!]
  }

  "An inclusive range of ISO dates (YYYY-MM-DD)."
  input DateRange {
    from: String!
    to: String!
  }

  type ExpertConnection {
    edges: [ExpertEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
    coverage: [CountryCoverage!]! @listSize(assumedSize: ${COUNTRIES.length})
  }

  type ExpertEdge {
    cursor: String!
    "Relevance in [0, 1] for a text search ordered by RELEVANCE; null otherwise."
    score: Float
    "Which query words matched which released fields, with the stored word each matched; empty without text."
    highlights: [Highlight!]! @listSize(assumedSize: ${HIGHLIGHTS_SIZE})
    node: Expert!
    "The edge's place in the requested order, as plain values, for the gateway's merge (docs/ARCHITECTURE.md §4)."
    orderKey: OrderKey! @inaccessible
  }
`;
