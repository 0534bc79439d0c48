import gql from 'graphql-tag';
import { COUNTRIES, EXPERTISE_AREAS, REGIONAL_BANDS } from '@expertpool/shared';

/** Languages are free BCP 47 tags: a facet lists those the matching experts speak, a few dozen at most. */
const LANGUAGE_FACET_SIZE = 50;

/** Counts of the experts a filter matches, summed across the region. */
export const facetsTypeDefs = gql`
  type FacetBucket {
    value: String!
    count: Int!
  }

  type ExpertFacets {
    total: Int!
    byCountry: [FacetBucket!]! @listSize(assumedSize: ${COUNTRIES.length})
    byArea: [FacetBucket!]! @listSize(assumedSize: ${EXPERTISE_AREAS.length})
    byLanguage: [FacetBucket!]! @listSize(assumedSize: ${LANGUAGE_FACET_SIZE})
    byBand: [FacetBucket!]! @listSize(assumedSize: ${REGIONAL_BANDS.length})
    coverage: [CountryCoverage!]! @listSize(assumedSize: ${COUNTRIES.length})
  }
`;
