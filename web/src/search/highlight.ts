/** A piece of displayed text, marked when a query word matched it. */
export interface Piece {
  text: string;
  marked: boolean;
}

/**
 * One character as search compares it (docs/ARCHITECTURE.md §7.6): diacritics folded and lower
 * case, so the stored word "quản" a highlight reports marks "Quản" on screen.
 */
const fold = (char: string) => char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Splits text into pieces, marking every place one of the matched words (Highlight.matched)
 * occurs, compared folded. Indices are kept per character, so folding never shifts a mark.
 */
export function markMatches(text: string, matched: readonly string[]): Piece[] {
  const chars = [...text];
  const folded = chars.map(fold);
  const flat = folded.join('');
  // Where each original character starts in the folded text.
  const starts: number[] = [];
  let at = 0;
  for (const f of folded) {
    starts.push(at);
    at += f.length;
  }
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const word of new Set(matched.map((m) => [...m].map(fold).join('')).filter(Boolean))) {
    for (let i = flat.indexOf(word); i !== -1; i = flat.indexOf(word, i + 1)) {
      for (let c = 0; c < chars.length; c++)
        if (starts[c] >= i && starts[c] < i + word.length) marked[c] = true;
    }
  }
  const pieces: Piece[] = [];
  chars.forEach((char, c) => {
    const last = pieces[pieces.length - 1];
    if (last && last.marked === marked[c]) last.text += char;
    else pieces.push({ text: char, marked: marked[c] });
  });
  return pieces;
}
