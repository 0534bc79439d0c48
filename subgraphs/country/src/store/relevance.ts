import { ExpertDoc } from './document';

/**
 * Relevance of a record to the query tokens, all of which it contains. A token found in a name
 * weighs 3, in an expertise area 2, elsewhere 1; the mean keeps scores of short and long queries
 * on one scale. Every country runs this same code, so scores compare across countries; rounding
 * keeps them exact through JSON and across machines.
 */
const WEIGHTS = { name: 3, expertise: 2, other: 1 } as const;

/** `queryTokens` all occur in the record (the query matched them with `$all`). */
export function relevance(search: ExpertDoc['search'], queryTokens: readonly string[]): number {
  if (queryTokens.length === 0) return 0;
  const name = new Set(search.name.split(' '));
  const expertise = new Set(search.expertise.split(' '));
  let total = 0;
  for (const token of queryTokens) {
    total += name.has(token) ? WEIGHTS.name : expertise.has(token) ? WEIGHTS.expertise : WEIGHTS.other;
  }
  return Math.round((total / queryTokens.length) * 1000) / 1000;
}
