/**
 * Expected answers computed from the records themselves with plain JavaScript, written apart from
 * the code under test (store/filter.ts, store/search-text.ts, shared/src/search, shared/src/text),
 * so a shared mistake cannot make both sides agree. Scores are not modelled here (a second BM25F
 * would share the first one's mistakes); tests assert properties of them instead.
 */
import { EXPERTISE_AREAS, ExpertRecord, areaPhrases } from '@expertpool/shared';

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

/** One word of a query: whether it may complete a longer word, and how many typos it may carry. */
export interface QueryWordSpec {
  text: string;
  prefix: boolean;
  typos: number;
}

/**
 * The query's distinct words by the rules: the last one is a prefix unless the text ends
 * in something other than a letter, mark or digit (the user finished it) or it has fewer than 3
 * letters; 5 letters allow one typo, 9 two. Letters are code points.
 */
export function queryWords(text: string): QueryWordSpec[] {
  const distinct = [...new Set(words(text))];
  const last = [...text].at(-1) ?? '';
  const finished = !/^[\p{L}\p{M}\p{N}]$/u.test(last);
  return distinct.map((w, i) => {
    const letters = [...w].length;
    return {
      text: w,
      prefix: !finished && i === distinct.length - 1 && letters >= 3,
      typos: letters >= 9 ? 2 : letters >= 5 ? 1 : 0,
    };
  });
}

/**
 * Optimal string alignment distance over code points (insert, delete, substitute, swap two
 * neighbours), computed in full: the textbook table, no early exit.
 */
export function typoDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = [];
  for (let i = 0; i <= x.length; i++) {
    d.push([]);
    for (let j = 0; j <= y.length; j++) {
      if (i === 0 || j === 0) {
        d[i].push(i + j);
        continue;
      }
      let best = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i].push(best);
    }
  }
  return d[x.length][y.length];
}

/** How a query word matches a stored word, or null: EXACT beats PREFIX beats TYPO. */
export function wordMatch(q: QueryWordSpec, stored: string): 'EXACT' | 'PREFIX' | 'TYPO' | null {
  if (q.text === stored) return 'EXACT';
  if (q.prefix && stored.startsWith(q.text)) return 'PREFIX';
  if (q.typos > 0 && typoDistance(q.text, stored) <= q.typos) return 'TYPO';
  return null;
}

/**
 * Words a label may leave out in a query (shared/src/search/areas.ts lists the same ones; this
 * copy is deliberate, so the model does not import the code under test).
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

/**
 * The query words (by index) that give each label word a word of its own that matches it, or
 * null when the label is not covered (backtracking over the assignments).
 */
function cover(query: QueryWordSpec[], label: string[], used: number[] = []): number[] | null {
  if (label.length === 0) return used;
  const [first, ...rest] = label;
  for (let i = 0; i < query.length; i++) {
    if (used.includes(i) || wordMatch(query[i], first) === null) continue;
    const found = cover(query, rest, [...used, i]);
    if (found) return found;
  }
  return null;
}

/** An area a text names, and the query words (by index) that name it. */
export interface Named {
  area: string;
  words: number[];
}

/**
 * The expertise areas a text names: every word of one of the area's labels or synonyms, in any
 * of the vocabulary's languages, connectors aside, matched by a query word of its own, exactly,
 * as the unfinished last word, or with the typos it may carry. Per area, the phrase using most
 * query words. The phrases are the vocabulary's data (shared/src/vocabulary), not search code.
 */
export function namedAreas(text: string): Named[] {
  const query = queryWords(text);
  const best = new Map<string, Named>();
  for (const phrase of areaPhrases()) {
    // Connectors are words between spaces only: "e-government" keeps its "e".
    const label = phrase.text
      .split(/\s+/)
      .filter((chunk) => !CONNECTORS.has(fold(chunk)))
      .flatMap(words);
    if (label.length === 0) continue;
    const used = cover(query, label);
    if (!used) continue;
    const known = best.get(phrase.area);
    if (!known || used.length > known.words.length)
      best.set(phrase.area, { area: phrase.area, words: used });
  }
  return [...best.values()];
}

/** The areas some record holds: a named area nobody the caller sees holds names nothing. */
export function heldAreas(records: readonly ExpertRecord[]): Set<string> {
  return new Set(records.flatMap((r) => r.expertise.map((e) => e.area)));
}

/**
 * A caller finds a record by a text through the fields released to it only (by default, OWN,
 * every field). Words are optional: one query word matching one word of a released field is
 * enough. When expertise is released, the text may name areas (`held`: the areas held by the
 * records the caller may see); a record holding a named area matches, and the words that named
 * an area count through it only, not as words (the "quản lý nhân tài" must not find
 * people named Lý).
 */
export function matchesText(
  r: ExpertRecord,
  text: string,
  released: readonly string[] = ALL_TEXT_FIELDS,
  held: ReadonlySet<string> = new Set(),
): boolean {
  const query = queryWords(text);
  if (query.length === 0) return true;
  const named = released.includes('expertise')
    ? namedAreas(text).filter((a) => held.has(a.area))
    : [];
  if (r.expertise.some((e) => named.some((a) => a.area === e.area))) return true;
  const naming = new Set(named.flatMap((a) => a.words));
  const s = searchable(r);
  const fields = ALL_TEXT_FIELDS.filter((f) => released.includes(f));
  return query.some(
    (q, i) => !naming.has(i) && fields.some((f) => [...s[f]].some((w) => wordMatch(q, w) !== null)),
  );
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
 * The areas `minLevel` applies to without `expertiseAreas`: those the text names (when expertise
 * is released and it names any), else every area (undefined).
 */
function levelAreas(f: FilterSpec, released: readonly string[]): string[] | undefined {
  if (f.text === undefined || !released.includes('expertise')) return undefined;
  const named = namedAreas(f.text).map((a) => a.area);
  return named.length > 0 ? named : undefined;
}

/**
 * The records of `country` an ExpertFilter selects, by the rules of docs/ARCHITECTURE.md §5 and
 * §7.6 and the issue, for a caller receiving `released` (by default every field, as OWN) who may
 * see `records` (every one of them: the areas they hold decide which named areas count).
 */
export function applyFilter(
  records: ExpertRecord[],
  country: string,
  f: FilterSpec,
  released: readonly string[] = ALL_TEXT_FIELDS,
): ExpertRecord[] {
  if (f.countries && !f.countries.includes(country)) return [];
  const held = heldAreas(records);
  return records.filter(
    (r) =>
      (f.text === undefined || matchesText(r, f.text, released, held)) &&
      (f.expertiseAreas === undefined && f.minLevel === undefined
        ? true
        : matchesAreas(r, f.expertiseAreas ?? levelAreas(f, released), f.minLevel)) &&
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
