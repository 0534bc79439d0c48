import { tokenize } from '../text/tokens';
import { allowedEdits } from './edits';

/** One word of a query, as the search engine matches it. */
export interface QueryWord {
  /** Folded and segmented like the records' words (text/tokens.ts). */
  text: string;
  /** The last word of a query still being typed: it also matches longer words it begins. */
  prefix: boolean;
  /** Typos it may carry (edits.ts). */
  edits: 0 | 1 | 2;
}

/** A word must have this many letters before it is completed as a prefix ("su" is not). */
const MIN_PREFIX_LETTERS = 3;

/**
 * The distinct words of a query, in order. The last one is a prefix unless the text ends with a
 * space or punctuation (the user finished it), so `succ` finds succession while `succ ` is a word
 * of its own.
 */
export function parseQuery(text: string): QueryWord[] {
  const tokens = [...new Set(tokenize(text))];
  const finished = text.length === 0 || !/[\p{L}\p{M}\p{N}]$/u.test(text);
  return tokens.map((token, i) => ({
    text: token,
    prefix: !finished && i === tokens.length - 1 && [...token].length >= MIN_PREFIX_LETTERS,
    edits: allowedEdits(token),
  }));
}
