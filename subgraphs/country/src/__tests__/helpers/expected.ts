/**
 * Expected answers computed from the records themselves with plain JavaScript, written apart from
 * the code under test (store/filter.ts, store/relevance.ts, shared/src/text), so a shared mistake
 * cannot make both sides agree.
 */
import { EXPERTISE_AREAS, ExpertRecord } from '@expertpool/shared';

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const AREA_LABELS = new Map(EXPERTISE_AREAS.map((a) => [a.id, a.label]));
const WORDS = new Intl.Segmenter('und', { granularity: 'word' });
const STROKES: Record<string, string> = {
  đ: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

/** Lower case without Latin diacritics: "Nguyễn" -> "nguyen", "Đặng" -> "dang". */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFD')) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    out += STROKES[ch] ?? ch;
  }
  return out.normalize('NFC');
}

/** The words of a text as the platform's word segmenter sees them, folded. */
export function words(text: string): string[] {
  return [...WORDS.segment(fold(text))].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** The words of each field a text search looks at, by the field's name in the release policy. */
export interface Searchable {
  names: Set<string>;
  displayName: Set<string>;
  expertise: Set<string>;
  position: Set<string>;
  qualifications: Set<string>;
  engagements: Set<string>;
}

export type TextField = keyof Searchable;
export const ALL_TEXT_FIELDS: readonly TextField[] = [
  'names',
  'displayName',
  'expertise',
  'position',
  'qualifications',
  'engagements',
];

export function searchable(r: ExpertRecord): Searchable {
  const set = (texts: string[]) => new Set(texts.flatMap(words));
  return {
    names: set(r.names.map((n) => n.value)),
    displayName: set([r.displayName]),
    expertise: set(r.expertise.map((e) => AREA_LABELS.get(e.area) ?? e.area)),
    position: set([
      r.position.title,
      r.position.agency,
      r.position.grade.scheme,
      r.position.grade.code,
    ]),
    qualifications: set(r.qualifications.flatMap((q) => [q.title, q.institution])),
    engagements: set(r.engagements.map((e) => e.title)),
  };
}

/**
 * A caller finds a record by a text only through the fields released to it: every word must be
 * in one of them. `released` lists field names; by default (OWN) every field.
 */
export function matchesText(
  r: ExpertRecord,
  text: string,
  released: readonly string[] = ALL_TEXT_FIELDS,
): boolean {
  const s = searchable(r);
  const fields = ALL_TEXT_FIELDS.filter((f) => released.includes(f));
  return words(text).every((w) => fields.some((f) => s[f].has(w)));
}

/**
 * A word found in a released name (names or displayName) weighs 3, in released expertise 2, in
 * another released field 1; the mean over the query's words.
 */
export function expectedScore(
  r: ExpertRecord,
  text: string,
  released: readonly string[] = ALL_TEXT_FIELDS,
): number {
  const s = searchable(r);
  const has = (field: TextField, w: string) => released.includes(field) && s[field].has(w);
  const query = [...new Set(words(text))];
  const total = query.reduce(
    (sum, w) =>
      sum +
      (has('names', w) || has('displayName', w)
        ? 3
        : has('expertise', w)
          ? 2
          : (['position', 'qualifications', 'engagements'] as const).some((f) => has(f, w))
            ? 1
            : 0),
    0,
  );
  return Math.round((total / query.length) * 1000) / 1000;
}

export function matchesAreas(
  r: ExpertRecord,
  areas: string[] | undefined,
  minLevel: number | undefined,
): boolean {
  return r.expertise.some(
    (e) => (areas === undefined || areas.includes(e.area)) && e.level >= (minLevel ?? 1),
  );
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

export function matchesLanguages(
  r: ExpertRecord,
  tags: string[] | undefined,
  minCefr: string | undefined,
): boolean {
  const min = CEFR.indexOf(minCefr ?? 'A1');
  return r.languages.some(
    (l) =>
      (tags === undefined ||
        tags.some(
          (t) =>
            t.toLowerCase() === l.tag.toLowerCase() ||
            (!t.includes('-') && t.toLowerCase() === primary(l.tag)),
        )) &&
      CEFR.indexOf(l.cefr) >= min,
  );
}

export function availableBetween(r: ExpertRecord, from: string, to: string): boolean {
  return (
    r.availability.status !== 'UNAVAILABLE' &&
    r.availability.windows.some((w) => w.from <= from && w.to >= to)
  );
}

export interface FilterSpec {
  text?: string;
  countries?: string[];
  expertiseAreas?: string[];
  minLevel?: number;
  languages?: string[];
  minCefr?: string;
  availableBetween?: { from: string; to: string };
  bands?: string[];
}

/**
 * The records of `country` an ExpertFilter selects, by the rules of docs/ARCHITECTURE.md §5 and
 * the issue, for a caller receiving `released` (by default every field, as OWN).
 */
export function applyFilter(
  records: ExpertRecord[],
  country: string,
  f: FilterSpec,
  released: readonly string[] = ALL_TEXT_FIELDS,
): ExpertRecord[] {
  if (f.countries && !f.countries.includes(country)) return [];
  return records.filter(
    (r) =>
      (f.text === undefined || matchesText(r, f.text, released)) &&
      (f.expertiseAreas === undefined && f.minLevel === undefined
        ? true
        : matchesAreas(r, f.expertiseAreas, f.minLevel)) &&
      (f.languages === undefined && f.minCefr === undefined
        ? true
        : matchesLanguages(r, f.languages, f.minCefr)) &&
      (f.availableBetween === undefined ||
        availableBetween(r, f.availableBetween.from, f.availableBetween.to)) &&
      (f.bands === undefined || f.bands.includes(r.position.band)),
  );
}

export function idsOf(records: ExpertRecord[]): string[] {
  return records.map((r) => r.id!).sort();
}

/** Counts per value, most frequent first, then by value. */
export function countBy(
  records: ExpertRecord[],
  values: (r: ExpertRecord) => string[],
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of records)
    for (const v of new Set(values(r))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}
