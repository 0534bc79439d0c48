import gql from 'graphql-tag';

/** Why a search result matched: which query words were found in which released fields. */
export const highlightsTypeDefs = gql`
  "How a stored word matched a query word: EXACT, completed from a PREFIX, corrected from a TYPO, or an expertise AREA the query names."
  enum MatchKind {
    EXACT
    PREFIX
    TYPO
    AREA
  }

  "One query word (or the phrase naming an area) found in one released field."
  type Highlight {
    "The Expert field: names, displayName, expertise, position, qualifications or engagements."
    field: String!
    "The query word as folded for search, or the phrase that named the area."
    word: String!
    "The stored word it matched (its corrected or completed form), or the area id."
    matched: String!
    kind: MatchKind!
  }
`;
