import {
  MAX_FORMS_PER_WORD,
  SearchStatistics,
  badInput,
  findExpertiseArea,
  parseQuery,
} from '@expertpool/shared';

interface StatisticsInput {
  documents: number;
  forms: readonly {
    word: number;
    token: string;
    kind: string;
    edits: number;
    documents: number;
    families: number;
  }[];
  areas: readonly { area: string; documents: number }[];
  named?:
    readonly { area: string; words: readonly number[]; phrase: string; quality: number }[] | null;
}

/** The number of words the search engine reads from a filter's text. */
export const wordsOf = (filter: { text?: string | null } | null | undefined): number =>
  typeof filter?.text === 'string' ? parseQuery(filter.text).length : 0;

const count = (n: number) => Number.isInteger(n) && n >= 0;

/**
 * The region's statistics as the gateway sends them (docs/ARCHITECTURE.md §7.6), checked before
 * scoring: they only weigh what the caller may already see, so a bad set can only misorder that
 * caller's own page, but it must never crash the search or make it unbounded.
 */
export function statisticsFromInput(
  input: StatisticsInput | null | undefined,
  words: number,
): SearchStatistics | undefined {
  if (!input || words === 0) return undefined;
  const bad = (what: string) => badInput(`statistics: ${what}.`, { field: 'statistics' });
  if (!count(input.documents)) throw bad('documents must be a whole number of at least 0');
  if (input.forms.length > words * MAX_FORMS_PER_WORD)
    throw bad(`at most ${MAX_FORMS_PER_WORD} forms per query word`);
  const forms = input.forms.map((f) => {
    if (!Number.isInteger(f.word) || f.word < 0 || f.word >= words)
      throw bad(`form word ${f.word} is not a word of the query`);
    if (f.kind === 'AREA') throw bad('a form cannot be of kind AREA');
    if (!count(f.documents) || f.documents > input.documents)
      throw bad('a form is in more records than there are');
    if (!count(f.families) || f.families > f.documents)
      throw bad('a form is a family name in more records than hold it');
    if (![0, 1, 2].includes(f.edits)) throw bad('edits must be 0, 1 or 2');
    return { ...f, kind: f.kind as 'EXACT' | 'PREFIX' | 'TYPO' };
  });
  // One entry per vocabulary area at most: anything longer could only make scoring repeat work.
  const areaIds = new Set<string>();
  for (const a of input.areas) {
    if (!findExpertiseArea(a.area)) throw bad(`area "${a.area}" is not in the vocabulary`);
    if (areaIds.has(a.area)) throw bad(`area ${a.area} is listed twice`);
    areaIds.add(a.area);
    if (!count(a.documents) || a.documents > input.documents)
      throw bad('an area is in more records than there are');
  }
  if (new Set((input.named ?? []).map((a) => a.area)).size !== (input.named ?? []).length)
    throw bad('a named area is listed twice');
  const named = input.named?.map((a) => {
    if (!findExpertiseArea(a.area)) throw bad(`named area "${a.area}" is not in the vocabulary`);
    if (
      a.words.length === 0 ||
      new Set(a.words).size !== a.words.length ||
      a.words.some((w) => !Number.isInteger(w) || w < 0 || w >= words)
    )
      throw bad(`named area ${a.area} must name distinct words of the query`);
    if (a.phrase.length > 200) throw bad('a naming phrase is longer than 200 characters');
    if (!Number.isFinite(a.quality) || a.quality < 0 || a.quality > a.words.length)
      throw bad('a naming quality must be from 0 to the number of words named');
    return { area: a.area, words: [...a.words], phrase: a.phrase, quality: a.quality };
  });
  return {
    documents: input.documents,
    forms,
    areas: [...input.areas],
    ...(named && { named }),
  };
}
