import { compareUtf8 } from '../order';
import { boundedEdits } from './edits';
import { QueryWord } from './query';

/** How a stored word matches a query word. Exact matches rank above completed and corrected ones. */
export type FormKind = 'EXACT' | 'PREFIX' | 'TYPO';

/** A stored word that a query word matches, with how well (docs/ARCHITECTURE.md §7.6). */
export interface WordForm {
  token: string;
  kind: FormKind;
  edits: number;
  /** In (0, 1]: how much a match on this form counts against an exact one. */
  quality: number;
}

/** Exact 1; a completed prefix or one typo a little less; two typos less again. */
export function formQuality(kind: FormKind, edits: number): number {
  if (kind === 'EXACT') return 1;
  if (kind === 'PREFIX') return 0.85;
  return edits <= 1 ? 0.7 : 0.55;
}

/**
 * Best first, then the shorter word (the nearer completion: "pra" keeps "pratama" before
 * "prasetyawati"), then by code points: the one order, independent of any count, in which forms
 * are kept and cut everywhere (statistics.ts).
 */
export function compareForms(a: WordForm, b: WordForm): number {
  return b.quality - a.quality || a.token.length - b.token.length || compareUtf8(a.token, b.token);
}

/**
 * The distinct words one country holds, for completing and correcting query words against them.
 * Sorted so that the words a prefix begins are one range; bucketed by length so a correction
 * only compares words whose length is within its typo budget.
 */
export class TermDictionary {
  private readonly sorted: string[];
  private readonly byLength = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    this.sorted = [...new Set(words)].sort();
    for (const word of this.sorted) {
      const n = [...word].length;
      let bucket = this.byLength.get(n);
      if (!bucket) this.byLength.set(n, (bucket = []));
      bucket.push(word);
    }
  }

  get size(): number {
    return this.sorted.length;
  }

  has(word: string): boolean {
    const i = this.lowerBound(word);
    return this.sorted[i] === word;
  }

  /** Every form of `word` here: itself when held, words it begins (if a prefix), words a few typos away. */
  forms(word: QueryWord): WordForm[] {
    const found = new Map<string, WordForm>();
    const add = (token: string, kind: FormKind, edits: number) => {
      const form = { token, kind, edits, quality: formQuality(kind, edits) };
      const known = found.get(token);
      if (!known || form.quality > known.quality) found.set(token, form);
    };
    if (this.has(word.text)) add(word.text, 'EXACT', 0);
    if (word.prefix) {
      for (let i = this.lowerBound(word.text); i < this.sorted.length; i++) {
        const token = this.sorted[i];
        if (!token.startsWith(word.text)) break;
        if (token !== word.text) add(token, 'PREFIX', 0);
      }
    }
    if (word.edits > 0) {
      const n = [...word.text].length;
      for (let len = n - word.edits; len <= n + word.edits; len++) {
        for (const token of this.byLength.get(len) ?? []) {
          if (token === word.text) continue;
          const edits = boundedEdits(word.text, token, word.edits);
          if (edits <= word.edits) add(token, 'TYPO', edits);
        }
      }
    }
    return [...found.values()].sort(compareForms);
  }

  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
