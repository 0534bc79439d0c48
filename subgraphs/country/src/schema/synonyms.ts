import gql from 'graphql-tag';
import { VOCABULARY_LANGUAGES } from '@expertpool/shared';

/** The country's own phrases for expertise areas, by which searches name areas (§7.6). */
export const synonymsTypeDefs = gql`
  "A country's own phrase for an expertise area in one of the vocabulary's languages (docs/ARCHITECTURE.md §7.6)."
  type AreaSynonym {
    area: ExpertiseArea!
    "A vocabulary language: ${VOCABULARY_LANGUAGES.join(', ')}."
    lang: String!
    text: String!
    "Who added it: for the country's own stewards only, null for everyone else."
    addedBy: String
    addedAt: String!
  }

  input AreaSynonymInput {
    "An ExpertiseArea id."
    area: ID!
    lang: String!
    text: String!
  }
`;
