import { EXPERTISE_AREAS } from '../vocabulary/areas';
import { tokenize } from '../text/tokens';
import { boundedEdits } from './edits';
import { QueryWord } from './query';

/** A phrase that names an expertise area: a label or synonym in one of the region's languages. */
export interface NamingPhrase {
  area: string;
  text: string;
}

/** An area a query names, and which of its words name it. */
export interface NamedArea {
  area: string;
  /** Indexes into the query's words. */
  words: number[];
  /** The phrase the words matched, for explanations and highlights. */
  phrase: string;
}

/**
 * Connecting words that a phrase may omit in a query ("performance management trainer" names
 * the area without its "and"). Only words that carry no meaning of their own in the labels.
 */
const CONNECTORS = new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  '&',
  'dan',
  'untuk',
  'va',
  'at',
  'ng',
  'e',
  'de',
  'da',
  'do',
  'no',
  'ba',
]);

interface PreparedPhrase {
  area: string;
  text: string;
  tokens: string[];
}

const prepare = (phrases: readonly NamingPhrase[]): PreparedPhrase[] =>
  phrases
    .map((p) => ({ ...p, tokens: tokenize(p.text).filter((t) => !CONNECTORS.has(t)) }))
    .filter((p) => p.tokens.length > 0);

/** Whether a query word stands for a phrase word: exactly, as its unfinished beginning, or with a typo. */
function stands(word: QueryWord, token: string): boolean {
  if (word.text === token) return true;
  if (word.prefix && token.startsWith(word.text)) return true;
  return word.edits > 0 && boundedEdits(word.text, token, word.edits) <= word.edits;
}

/**
 * The areas whose phrase the query contains, every meaningful word of it, in any order. Each
 * area once, by the phrase covering most query words. Every country runs this same code over
 * the same vocabulary, so a query names the same areas everywhere.
 */
export function findNamedAreas(
  words: readonly QueryWord[],
  phrases: readonly NamingPhrase[] = DEFAULT_PHRASES,
): NamedArea[] {
  const prepared = phrases === DEFAULT_PHRASES ? PREPARED_DEFAULT : prepare(phrases);
  const best = new Map<string, NamedArea>();
  for (const phrase of prepared) {
    const used: number[] = [];
    const ok = phrase.tokens.every((token) => {
      const i = words.findIndex((w, j) => !used.includes(j) && stands(w, token));
      if (i < 0) return false;
      used.push(i);
      return true;
    });
    if (!ok) continue;
    const known = best.get(phrase.area);
    if (!known || used.length > known.words.length)
      best.set(phrase.area, {
        area: phrase.area,
        words: used.sort((a, b) => a - b),
        phrase: phrase.text,
      });
  }
  return [...best.values()].sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : 0));
}

/** The vocabulary's labels, until the multilingual labels land. */
const DEFAULT_PHRASES: readonly NamingPhrase[] = EXPERTISE_AREAS.map((a) => ({
  area: a.id,
  text: a.label,
}));
const PREPARED_DEFAULT = prepare(DEFAULT_PHRASES);
