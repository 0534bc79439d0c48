/**
 * Search tokens shared by every country instance, so that a query is tokenised exactly like the
 * records it searches, and scores compare across countries.
 *
 * Lower-case, fold diacritics (Nguyễn -> nguyen, Đặng -> dang), then split into words with
 * Intl.Segmenter, which uses dictionaries for scripts written without spaces (Thai, Lao, Khmer,
 * Burmese). MongoDB's `$text` cannot segment those scripts, hence our own token arrays.
 */
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Letters that NFD does not decompose but that users type without their stroke. */
const EXTRA_FOLDS: Record<string, string> = {
  đ: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

/**
 * Marks removed after NFD: the Latin combining diacritics only. Thai, Lao, Khmer and Burmese
 * vowel signs and tone marks are also combining marks but change the word, so they stay.
 */
const LATIN_MARKS = /[\u0300-\u036f]/g;

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .replace(/[đøłßæœı]/g, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .normalize('NFC');
}

/** Longest token kept; longer runs are almost always noise (hashes, pasted blobs). */
const MAX_TOKEN_LENGTH = 40;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const part of segmenter.segment(foldText(text))) {
    if (!part.isWordLike) continue;
    const token = part.segment.slice(0, MAX_TOKEN_LENGTH);
    if (token.length > 0) out.push(token);
  }
  return out;
}

/** Distinct tokens of several texts, in first-seen order. */
export function tokenSet(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const token of tokenize(text)) seen.add(token);
  return [...seen];
}
