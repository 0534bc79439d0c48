import { ReleasableField } from '../policy/release-policy';
import { SearchGroups } from './document';

/**
 * Relevance of a record to the query tokens, all of which it contains in fields released to the
 * caller. A token found in a name (names or displayName) weighs 3, in an expertise area 2,
 * elsewhere 1; the mean keeps scores of short and long queries on one scale. Only released
 * fields count: a higher score must not tell a caller that a word sits in a withheld name.
 * Every country runs this same code, so scores compare across countries; rounding keeps them
 * exact through JSON and across machines.
 */
const WEIGHTED: readonly { field: keyof SearchGroups & ReleasableField; weight: number }[] = [
  { field: 'names', weight: 3 },
  { field: 'displayName', weight: 3 },
  { field: 'expertise', weight: 2 },
];
const OTHER_WEIGHT = 1;

/** `queryTokens` all occur in released fields of the record (the query matched them so). */
export function relevance(
  search: SearchGroups,
  queryTokens: readonly string[],
  released: ReadonlySet<ReleasableField>,
): number {
  if (queryTokens.length === 0) return 0;
  const groups = WEIGHTED.filter((g) => released.has(g.field)).map((g) => ({
    weight: g.weight,
    tokens: new Set(search[g.field].split(' ')),
  }));
  let total = 0;
  for (const token of queryTokens) {
    // The heaviest released group holding the token decides (WEIGHTED is heaviest first).
    total += groups.find((g) => g.tokens.has(token))?.weight ?? OTHER_WEIGHT;
  }
  return Math.round((total / queryTokens.length) * 1000) / 1000;
}
