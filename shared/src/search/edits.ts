/**
 * Typo tolerance as people type (docs/ARCHITECTURE.md §7.6): a word of 5 letters or more may
 * carry one typo, of 9 or more two; shorter words must be exact, because one edit on a 3- or
 * 4-letter word matches too many other words. Letters are counted as code points, so a Thai or
 * Khmer word is measured like a Latin one.
 */
export function allowedEdits(word: string): 0 | 1 | 2 {
  const letters = [...word].length;
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

/**
 * The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
 * substitutions and swaps of two neighbours, each 1), or `max + 1` as soon as it must exceed
 * `max`. Written here rather than taken from a library: the packages on npm compute the full
 * distance (no early exit) and on UTF-16 units, which miscounts letters outside the BMP.
 */
export function boundedEdits(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[y.length], max + 1);
}
