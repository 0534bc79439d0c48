import gql from 'graphql-tag';

/**
 * What every region-wide page shares: its place in an order for the gateway's merge
 * (docs/ARCHITECTURE.md §4), its page info, and which countries' parts it holds.
 */
export const connectionTypeDefs = gql`
  "A position in an order: RELEVANCE and UPDATED sort by number (score, epoch ms), NAME by text; id breaks ties."
  type OrderKey @inaccessible {
    number: Float
    text: String
    id: String!
  }

  "The gateway's own: where this country continues a region-wide page (not in the public API)."
  input OrderKeyInput @inaccessible {
    number: Float
    text: String
    id: String!
  }

  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }

  enum CoverageStatus {
    OK
    TIMEOUT
    UNAVAILABLE
    SKIPPED
  }

  "Whether a country's part is in a region-wide answer."
  type CountryCoverage {
    country: CountryCode!
    status: CoverageStatus!
    latencyMs: Int
  }
`;
