import { NamedArea, betterNaming, withoutSubsumed } from './areas';
import { compareForms, FormKind, formQuality } from './dictionary';

/**
 * What one country counted for a query, over the records and fields it releases to the caller
 * (docs/ARCHITECTURE.md §7.6). The gateway adds every country's counts up, so each one scores
 * with the statistics one index over the whole region would have: distributed frequency
 * statistics, as search engines gather them across shards.
 */
export interface SearchStatistics {
  /** Records the caller may see. */
  documents: number;
  /** Per query word (by index), the stored forms it matches and in how many records. */
  forms: FormStatistic[];
  /** Per expertise area, how many records hold it (at least the areas the query names). */
  areas: AreaStatistic[];
  /**
   * The areas the query names, by the vocabulary and the country's own synonyms; the region's
   * are every country's together, so an area one country's synonym names is named everywhere.
   * Absent: each country names areas by its own phrases.
   */
  named?: NamedArea[];
}

export interface FormStatistic {
  word: number;
  token: string;
  kind: FormKind;
  edits: number;
  documents: number;
  /** Of those, records where the form is a family name (family-names.ts). */
  families: number;
}

export interface AreaStatistic {
  area: string;
  documents: number;
}

/**
 * Forms kept per query word. A form in the region's best `MAX_FORMS_PER_WORD` is among the best of
 * every country holding it (a country holds a subset of the region's forms), so cutting each
 * country's list and then the sum to this size keeps exactly the region's best.
 */
export const MAX_FORMS_PER_WORD = 24;

/** The best forms of each word, in the one order every country and the gateway cut by. */
export function keepBestForms(forms: readonly FormStatistic[]): FormStatistic[] {
  const byWord = new Map<number, FormStatistic[]>();
  for (const form of forms) {
    if (form.documents <= 0) continue;
    let list = byWord.get(form.word);
    if (!list) byWord.set(form.word, (list = []));
    list.push(form);
  }
  const quality = (f: FormStatistic) => ({ ...f, quality: formQuality(f.kind, f.edits) });
  return [...byWord.keys()]
    .sort((a, b) => a - b)
    .flatMap((word) =>
      byWord
        .get(word)!
        .map(quality)
        .sort(compareForms)
        .slice(0, MAX_FORMS_PER_WORD)
        .map(({ quality: _q, ...f }) => f),
    );
}

/** The region's statistics: every country's counts added up. */
export function addStatistics(parts: readonly SearchStatistics[]): SearchStatistics {
  const forms = new Map<string, FormStatistic>();
  const areas = new Map<string, number>();
  const named = new Map<string, NamedArea>();
  let documents = 0;
  for (const part of parts) {
    documents += part.documents;
    for (const f of part.forms) {
      const key = `${f.word}\u0000${f.token}`;
      const known = forms.get(key);
      if (known) {
        known.documents += f.documents;
        known.families += f.families;
      } else forms.set(key, { ...f });
    }
    for (const a of part.areas) areas.set(a.area, (areas.get(a.area) ?? 0) + a.documents);
    for (const a of part.named ?? []) {
      const known = named.get(a.area);
      if (!known || betterNaming(a, known)) named.set(a.area, a);
    }
  }
  return {
    documents,
    forms: keepBestForms([...forms.values()]),
    areas: [...areas]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([area, count]) => ({ area, documents: count })),
    ...(parts.some((p) => p.named) && {
      named: withoutSubsumed([...named.values()]),
    }),
  };
}
