/**
 * The judged query set of `npm run bench -- --relevance` (issue 10, point 7), built from the demo
 * generator's ground truth: each expert's expertise areas and levels, and their names.
 *
 * Classes (every list is fixed and deterministic; the same demo data gives the same queries):
 * - exact: an area's English label, as typed ("succession planning").
 * - typo: the label with one or two edits in its longest word, within the typo budget of
 *   docs/ARCHITECTURE.md §7.6 (1 edit from 5 letters, 2 from 9, counted on the typed word).
 * - prefix: the label with its last word cut ("succession plan", "digital gov").
 * - other language: the area's label in one of the 12 other vocabulary languages.
 * - natural phrase: the label or an English synonym inside a sentence ("expert in …").
 * - name: an expert's display name folded as typed without diacritics, the local-script name,
 *   or the family name alone.
 *
 * Grading (gain, for nDCG; "relevant" for recall is gain >= 1):
 * - an area query: the expert's level in that area: level 4 -> 3, 3 -> 2, 2 -> 1, 1 -> 0.5, not
 *   holding it -> 0. Other words of a phrase ("trainer", "english") do not change the gain.
 * - a name query: 3 for an expert the text names (it equals one of their names or is a run of
 *   whole words in one), 1 for others sharing the family name of the expert the query was taken
 *   from, else 0. The family name follows the generator's name order (demo/src/names): the first
 *   word of a Vietnamese, Khmer or Chinese name, the last of a Thai, Lao, Filipino, Timorese or
 *   two-word Indonesian name; Malay and Tamil names (patronymics) and Burmese names have none.
 *
 * Only experts the bench's caller (the secretariat) sees are judged: the caller passes them in.
 */
import { EXPERTISE_AREAS, ExpertRecord, areaLabels, foldText } from '@expertpool/shared';

/** A generated expert: the demo always gives the id. */
export type Expert = ExpertRecord & { id: string };

export const CLASSES = ['exact', 'typo', 'prefix', 'other language', 'phrase', 'name'] as const;
export type QueryClass = (typeof CLASSES)[number];

/** Classes whose every query names an existing area (the zero-result target applies to them). */
export const AREA_CLASSES: readonly QueryClass[] = CLASSES.filter((c) => c !== 'name');

export interface JudgedQuery {
  cls: QueryClass;
  text: string;
  /** Gain per expert id; experts not listed have gain 0. */
  gains: Map<string, number>;
  /** What the query was built from, for the report. */
  from: string;
  /** Name queries: display name, local script or family name; else the class. */
  kind: string;
  /** The area an area query names. */
  area?: string;
}

const LEVEL_GAIN: Record<1 | 2 | 3 | 4, number> = { 1: 0.5, 2: 1, 3: 2, 4: 3 };

function areaGains(experts: readonly Expert[], area: string): Map<string, number> {
  const gains = new Map<string, number>();
  for (const expert of experts) {
    const entry = expert.expertise.find((e) => e.area === area);
    if (entry) gains.set(expert.id, LEVEL_GAIN[entry.level]);
  }
  return gains;
}

/**
 * The typo budget as the issue states it, counted in letters (code points) of the typed word.
 * Written out here rather than imported, so the judged set does not lean on the engine it judges.
 */
const budget = (word: string): 0 | 1 | 2 => {
  const letters = [...word].length;
  return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
};

const label = (area: string) => EXPERTISE_AREAS.find((a) => a.id === area)!.label.toLowerCase();

/** Letters in a run (Latin, with diacritics) and where they are in the text. */
const WORDS = /\p{L}+/gu;

function longestWord(text: string): { word: string; at: number } | undefined {
  let best: { word: string; at: number } | undefined;
  for (const m of text.matchAll(WORDS))
    if (!best || [...m[0]].length > [...best.word].length) best = { word: m[0], at: m.index };
  return best;
}

/** A letter that differs from `c` (the next one in the alphabet, z wraps to a). */
const other = (c: string) => (c === 'z' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1));

/**
 * `word` with `edits` typos (1 or 2): one edit of the kind `variant` picks (substitution, swap of
 * neighbours, deletion, insertion), two as a substitution and a swap apart from each other, so
 * the typed word keeps the length that allows them. Checked against the budget by the caller.
 */
function misspell(word: string, edits: 1 | 2, variant: number): string {
  const w = [...word];
  const mid = Math.floor(w.length / 2);
  // A swap of two equal letters changes nothing: swap the first unequal neighbours from `at`.
  const swap = (at: number) => {
    let j = at;
    while (j + 1 < w.length && w[j] === w[j + 1]) j++;
    if (j + 1 < w.length) [w[j], w[j + 1]] = [w[j + 1], w[j]];
  };
  if (edits === 2) {
    w[1] = other(w[1]);
    swap(Math.max(3, w.length - 4));
    return w.join('');
  }
  switch (variant % 4) {
    case 0:
      w[mid] = other(w[mid]);
      break;
    case 1:
      swap(mid - 1);
      break;
    case 2:
      w.splice(mid, 1);
      break;
    default:
      w.splice(mid, 0, other(w[mid]));
  }
  return w.join('');
}

function typoQuery(area: string, i: number): string | undefined {
  const text = label(area);
  const longest = longestWord(text);
  if (!longest || budget(longest.word) === 0) return undefined;
  // Long words alternate between two typos and one; a deletion that would leave a word below
  // the budget becomes a substitution, so every query stays within what the engine promises.
  const wanted: 1 | 2 = budget(longest.word) === 2 && i % 2 === 0 ? 2 : 1;
  let typed = misspell(longest.word, wanted, i);
  if (budget(typed) < wanted || typed === longest.word) typed = misspell(longest.word, wanted, 0);
  return text.slice(0, longest.at) + typed + text.slice(longest.at + longest.word.length);
}

/** The label with its last word cut to half its letters or to 3, alternately; none for short last words. */
function prefixQuery(area: string, i: number): string | undefined {
  const text = label(area);
  const words = [...text.matchAll(WORDS)];
  const last = words[words.length - 1];
  const letters = [...last[0]];
  if (letters.length < 5) return undefined;
  const keep = i % 2 === 0 ? Math.ceil(letters.length / 2) : 3;
  return text.slice(0, last.index) + letters.slice(0, keep).join('');
}

const PHRASES: readonly ((area: string) => string)[] = [
  (a) => `trainer for ${a} in english`,
  (a) => `expert in ${a}`,
  (a) => `${a} trainer`,
  (a) => `consultant on ${a}`,
  (a) => `who can teach ${a}`,
  (a) => `senior ${a} adviser`,
];

function phraseQuery(area: string, i: number): string {
  const synonyms = areaLabels(area).find((l) => l.lang === 'en')?.synonyms ?? [];
  const what = i % 2 === 1 && synonyms.length > 0 ? synonyms[0].toLowerCase() : label(area);
  return PHRASES[i % PHRASES.length](what);
}

const OTHER_LANGUAGES = ['id', 'ms', 'th', 'vi', 'km', 'lo', 'my', 'fil', 'tet', 'pt', 'zh', 'ta'];

function areaQueries(experts: readonly Expert[]): JudgedQuery[] {
  const areas = EXPERTISE_AREAS.map((a) => a.id).filter((a) =>
    experts.some((e) => e.expertise.some((x) => x.area === a)),
  );
  const out: JudgedQuery[] = [];
  const add = (cls: QueryClass, area: string, text: string | undefined, from = area) => {
    if (text) out.push({ cls, text, gains: areaGains(experts, area), from, kind: cls, area });
  };
  for (const area of areas) add('exact', area, label(area));
  areas.forEach((area, i) => add('typo', area, typoQuery(area, i)));
  areas.forEach((area, i) => add('prefix', area, prefixQuery(area, i)));
  // Every area, then two again, each (area, language) pair once: 5 is prime to 12, so each of
  // the 12 languages is used three times.
  for (let i = 0; i < 36; i++) {
    const lang = OTHER_LANGUAGES[(i * 5) % OTHER_LANGUAGES.length];
    const area = areas[i % areas.length];
    const text = areaLabels(area).find((l) => l.lang === lang)?.label;
    add('other language', area, text, `${area} (${lang})`);
  }
  areas.forEach((area, i) => add('phrase', area, phraseQuery(area, i)));
  return out;
}

const country = (expert: Expert) => expert.id.slice(0, 2);
const foldedWords = (text: string) => foldText(text).split(/\s+/).filter(Boolean);

/** The family name of an expert (folded), by the generator's name order; see the header. */
export function familyName(expert: Expert): string | undefined {
  const words = foldedWords(expert.displayName);
  const local = expert.names.find((n) => n.script !== 'Latn');
  switch (country(expert)) {
    case 'VN':
    case 'KH':
      return words[0];
    case 'SG':
      return local?.script === 'Hans' ? words[0] : undefined;
    case 'TH':
    case 'LA':
    case 'PH':
    case 'TL':
      return words[words.length - 1];
    case 'ID':
      return words.length >= 2 ? words[words.length - 1] : undefined;
    default:
      return undefined;
  }
}

/** Whether `text` names the expert: it equals one of their names, or whole words of one. */
function names(expert: Expert, text: string): boolean {
  const wanted = ` ${foldedWords(text).join(' ')} `;
  return [expert.displayName, ...expert.names.map((n) => n.value)].some((name) =>
    ` ${foldedWords(name).join(' ')} `.includes(wanted),
  );
}

function nameGains(
  experts: readonly Expert[],
  text: string,
  family: string | undefined,
): Map<string, number> {
  const gains = new Map<string, number>();
  for (const expert of experts) {
    if (names(expert, text)) gains.set(expert.id, 3);
    else if (family !== undefined && familyName(expert) === family) gains.set(expert.id, 1);
  }
  return gains;
}

/** Every `n`-th of `list` from a fixed start, up to `count`: a spread, deterministic sample. */
function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length === 0) return [];
  const step = Math.max(1, Math.floor(list.length / count));
  return list.filter((_, i) => i % step === 0).slice(0, count);
}

function nameQueries(experts: readonly Expert[]): JudgedQuery[] {
  const byId = [...experts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: JudgedQuery[] = [];
  const add = (expert: Expert, text: string, kind: string) =>
    out.push({
      cls: 'name',
      text,
      gains: nameGains(experts, text, familyName(expert)),
      from: `${expert.id} (${kind})`,
      kind,
    });
  for (const expert of spread(byId, 12)) add(expert, foldText(expert.displayName), 'display name');
  const local = byId.filter((e) => e.names.some((n) => n.script !== 'Latn'));
  for (const expert of spread(local, 10))
    add(expert, expert.names.find((n) => n.script !== 'Latn')!.value, 'local script');
  const families = byId.filter((e) => familyName(e) !== undefined);
  const seen = new Set<string>();
  for (const expert of spread(families, 20)) {
    const family = familyName(expert)!;
    if (seen.has(family) || seen.size >= 10) continue;
    seen.add(family);
    add(expert, family, 'family name');
  }
  return out;
}

/** The whole judged set over the experts the caller sees. */
export function judgedQueries(visible: readonly Expert[]): JudgedQuery[] {
  return [...areaQueries(visible), ...nameQueries(visible)];
}
