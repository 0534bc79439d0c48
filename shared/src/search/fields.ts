/**
 * The record fields text search reads, with their BM25F weight and reference length
 * (docs/ARCHITECTURE.md §7.6). A name match says most about who someone is, an expertise area
 * what they know, a position title what they do; qualifications and engagements the rest.
 *
 * The reference length (words a field usually holds) is a constant of the record's shape, not
 * a corpus average: every country normalises by the same numbers without gathering anything,
 * so only document frequencies need region-wide statistics.
 */
export const SEARCH_FIELDS = {
  names: { weight: 3, length: 4 },
  displayName: { weight: 3, length: 3 },
  expertise: { weight: 2.5, length: 8 },
  position: { weight: 1.5, length: 10 },
  qualifications: { weight: 1, length: 10 },
  engagements: { weight: 1, length: 10 },
} as const;

export type SearchField = keyof typeof SEARCH_FIELDS;

export const SEARCH_FIELD_NAMES = Object.keys(SEARCH_FIELDS) as SearchField[];
