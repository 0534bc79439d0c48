import { ExpertiseEntry } from '../expert';
import { FormKind, formQuality } from './dictionary';
import { SEARCH_FIELDS, SearchField } from './fields';
import { NamedArea, isConnector } from './areas';
import { SearchStatistics } from './statistics';

/** BM25's term-frequency saturation and length normalisation (Robertson and Zaragoza's usual values). */
const K1 = 1.2;
const B = 0.5;
/** A named area counts as much as two words: it says what the searcher is looking for. */
const AREA_WEIGHT = 2;
/**
 * A query word that is the record's family name counts this much more (family-names.ts): in a
 * name query the family name is what tells people apart and what names are filed under, so
 * "Rattana Jaidee" ranks another Jaidee above another Rattana (docs/ARCHITECTURE.md §7.6).
 * Outside BM25's saturation: the word already matches the name fields, and saturation would
 * all but cancel a third field.
 */
const FAMILY_WEIGHT = 1;

/** BM25's inverse document frequency, never negative. */
export function idf(documents: number, total: number): number {
  return Math.log(1 + (total - documents + 0.5) / (documents + 0.5));
}

/** What a match on one field of one record shows: which query word matched which stored word. */
export interface Highlight {
  field: SearchField;
  /** The query word as the user typed it (folded), or the phrase that named an area. */
  word: string;
  /** The stored word it matched (the corrected or completed form), or the area id. */
  matched: string;
  kind: FormKind | 'AREA';
}

/** A record's words per released field, and its expertise when that field is released. */
export interface ScoredRecord {
  fields: Partial<Record<SearchField, ReadonlySet<string>>>;
  /** Field lengths in words, for the length normalisation. */
  lengths: Partial<Record<SearchField, number>>;
  expertise?: readonly ExpertiseEntry[];
  /** The tokens of the record's family names, when its names are released (family-names.ts). */
  family?: ReadonlySet<string>;
}

interface PlannedForm {
  token: string;
  kind: FormKind;
  weight: number;
  /** Added to the form's weight where it is the record's family name; 0 if it is nobody's. */
  familyWeight: number;
}

/** A query's scoring weights, computed once from the (region's) statistics. */
export interface ScoringPlan {
  words: { text: string; forms: PlannedForm[]; weight: number }[];
  areas: { area: string; phrase: string; weight: number }[];
  total: number;
}

export function planScoring(
  words: readonly { text: string }[],
  named: readonly NamedArea[],
  stats: SearchStatistics,
): ScoringPlan {
  const N = Math.max(stats.documents, 1);
  const areaDocs = new Map(stats.areas.map((a) => [a.area, a.documents]));
  const held = named.filter((a) => (areaDocs.get(a.area) ?? 0) > 0);
  // Words that name an area count through the area (its level and years), not again as words:
  // "quản lý nhân tài" must find talent managers, not people named Lý.
  // So do connectors once an area is named ("da" of "Gestão da mudança" is no word to look for).
  const covered = new Set(held.flatMap((a) => a.words));
  if (held.length > 0) words.forEach((w, i) => isConnector(w.text) && covered.add(i));
  const planned = words.map((w, i) => {
    const mine = stats.forms.filter((f) => f.word === i && !covered.has(i));
    // One idf per word, from its most frequent form (a blended frequency), so that only the
    // form's quality tells its forms apart: an exact match always outweighs a completion or a
    // correction, however rare the longer word ("prak" above "prakash").
    const wordIdf = idf(Math.max(0, ...mine.map((f) => f.documents)), N);
    const forms = mine.map((f) => {
      const weight = formQuality(f.kind, f.edits) * wordIdf;
      return {
        token: f.token,
        kind: f.kind,
        weight,
        familyWeight: f.families > 0 ? FAMILY_WEIGHT * weight : 0,
      };
    });
    // The most a record can get for the word: so the score stays in [0, 1].
    const most = Math.max(0, ...forms.map((f) => f.weight + f.familyWeight));
    return { text: w.text, forms, weight: most };
  });
  const areas = held.map((a) => ({
    area: a.area,
    phrase: a.phrase,
    weight: AREA_WEIGHT * idf(areaDocs.get(a.area)!, N),
  }));
  const total =
    planned.reduce((sum, w) => sum + w.weight, 0) + areas.reduce((sum, a) => sum + a.weight, 0);
  return { words: planned, areas, total };
}

/** How well an expert's level and years in a named area fit: level counts most. */
export function areaFit(entry: ExpertiseEntry): number {
  return 0.75 * ((entry.level - 1) / 3) + 0.25 * (Math.min(entry.years, 25) / 25);
}

/**
 * A record's relevance in [0, 1] (docs/ARCHITECTURE.md §7.6): BM25F over the released fields,
 * each query word by its best-weighted form in the record (so an exact match beats a corrected
 * one) and more where it is their family name, plus, for each area the query names, the
 * expert's level and years in it. Divided by the largest total a record could reach, so scores
 * compare across queries and countries. Rounded to six places so that every country's
 * arithmetic gives the same number.
 */
export function scoreRecord(
  record: ScoredRecord,
  plan: ScoringPlan,
): { score: number; highlights: Highlight[] } {
  if (plan.total <= 0) return { score: 0, highlights: [] };
  const highlights: Highlight[] = [];
  let sum = 0;
  for (const word of plan.words) {
    let best = 0;
    let bestHighlights: Highlight[] = [];
    for (const form of word.forms) {
      let tf = 0;
      const found: Highlight[] = [];
      for (const [field, words] of Object.entries(record.fields) as [
        SearchField,
        ReadonlySet<string>,
      ][]) {
        if (!words.has(form.token)) continue;
        const { weight, length } = SEARCH_FIELDS[field];
        const norm = 1 - B + (B * (record.lengths[field] ?? length)) / length;
        tf += weight / norm;
        found.push({ field, word: word.text, matched: form.token, kind: form.kind });
      }
      if (tf === 0) continue;
      const family = record.family?.has(form.token) ? form.familyWeight : 0;
      const value = (form.weight * tf) / (tf + K1) + family;
      if (value > best) {
        best = value;
        bestHighlights = found;
      }
    }
    sum += best;
    highlights.push(...bestHighlights);
  }
  for (const area of plan.areas) {
    const entry = record.expertise?.find((e) => e.area === area.area);
    if (!entry) continue;
    sum += area.weight * (0.4 + 0.6 * areaFit(entry));
    highlights.push({ field: 'expertise', word: area.phrase, matched: area.area, kind: 'AREA' });
  }
  return { score: Math.round((sum / plan.total) * 1e6) / 1e6, highlights };
}
