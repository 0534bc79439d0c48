import { COUNTRIES, isCountryCode } from './countries';
import { isCalendarDate } from './dates';
import { CEFR_LEVELS, Cefr } from './expert';
import { InputProblem, inputProblemsError } from './input-problems';
import { findExpertiseArea } from './vocabulary';

/**
 * What a training needs of its trainers: the secretariat stores it on a programme (the region
 * subgraph) and a trainer-matching query takes it (every country subgraph). One definition for
 * both, so a programme's `need` as the region returns it is a valid `TrainingNeedInput` as is.
 */
export interface TrainingNeed {
  /** Areas of the ACCSM vocabulary, each with the lowest level (1-4) a trainer may have. */
  competencies: { area: string; minLevel: 1 | 2 | 3 | 4 }[];
  /** BCP 47 tags (canonical form), each with the lowest CEFR level a trainer may have. */
  languages: { tag: string; minCefr: Cefr }[];
  /** ISO calendar dates, inclusive: the window the trainer must be available in. */
  from: string;
  to: string;
  mode: DeliveryMode;
  /** Only trainers of these countries; absent: every country. */
  includeCountries?: string[];
  /** No trainers of these countries. */
  excludeCountries?: string[];
}

export const DELIVERY_MODES = ['ONSITE', 'REMOTE'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** Bounds of a need's lists: a need is typed by hand, and every entry costs each country a clause. */
export const MAX_NEED_COMPETENCIES = 10;
export const MAX_NEED_LANGUAGES = 10;

/**
 * The need in SDL, for every subgraph that takes or returns it. It uses the `Cefr` and
 * `CountryCode` enums, so a subgraph declares `SHARED_ENUMS_SDL` beside it, and it marks the
 * output types `@shareable` and sizes their lists with `@listSize`, both of which the subgraph
 * imports from the federation spec. Federation
 * requires input types (and the enum used by both inputs and outputs) to be identical in every
 * subgraph that declares them (docs/ARCHITECTURE.md §5.3): generating them from this one string
 * keeps them so. Input and output fields have the same names and types.
 */
export const TRAINING_NEED_SDL = `
  enum DeliveryMode { ${DELIVERY_MODES.join(' ')} }

  "An ACCSM expertise area (an ExpertiseArea id) and the lowest level a trainer may have, 1-4."
  input CompetencyNeedInput {
    area: ID!
    minLevel: Int!
  }

  "A language (BCP 47 tag) and the lowest CEFR level a trainer may have."
  input LanguageNeedInput {
    tag: String!
    minCefr: Cefr!
  }

  "What a training needs of its trainers. from/to are ISO dates (YYYY-MM-DD), inclusive."
  input TrainingNeedInput {
    competencies: [CompetencyNeedInput!]!
    languages: [LanguageNeedInput!]! = []
    from: String!
    to: String!
    mode: DeliveryMode!
    includeCountries: [CountryCode!]
    excludeCountries: [CountryCode!]
  }

  type CompetencyNeed @shareable {
    area: ID!
    minLevel: Int!
  }

  type LanguageNeed @shareable {
    tag: String!
    minCefr: Cefr!
  }

  "A training need; passed back as a TrainingNeedInput it means the same need."
  type TrainingNeed @shareable {
    competencies: [CompetencyNeed!]! @listSize(assumedSize: ${MAX_NEED_COMPETENCIES})
    languages: [LanguageNeed!]! @listSize(assumedSize: ${MAX_NEED_LANGUAGES})
    from: String!
    to: String!
    mode: DeliveryMode!
    includeCountries: [CountryCode!] @listSize(assumedSize: ${COUNTRIES.length})
    excludeCountries: [CountryCode!] @listSize(assumedSize: ${COUNTRIES.length})
  }
`;

/**
 * A need as a caller sends it: `TrainingNeedInput` as GraphQL delivers it (optional lists may be
 * null), or the same read from a JSON file. Nothing in it is trusted yet.
 */
export interface TrainingNeedInput {
  competencies: readonly { area: string; minLevel: number }[];
  languages?: readonly { tag: string; minCefr: string }[] | null;
  from: string;
  to: string;
  mode: string;
  includeCountries?: readonly string[] | null;
  excludeCountries?: readonly string[] | null;
}

const LEVELS = [1, 2, 3, 4] as const;
const isLevel = (n: number): n is 1 | 2 | 3 | 4 => (LEVELS as readonly number[]).includes(n);
const isCefr = (s: string): s is Cefr => (CEFR_LEVELS as readonly string[]).includes(s);
const isMode = (s: string): s is DeliveryMode => (DELIVERY_MODES as readonly string[]).includes(s);
const clip = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);

/** A BCP 47 tag in canonical form (`EN-gb` is `en-GB`), or undefined when it is not one. */
function canonicalTag(tag: string): string | undefined {
  // Intl accepts any well-formed tag, including private-use ones (x-...) that name no language.
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function competenciesOf(input: TrainingNeedInput, at: string, problems: InputProblem[]) {
  const out: TrainingNeed['competencies'] = [];
  const list = input.competencies ?? [];
  if (list.length === 0)
    problems.push({ field: `${at}.competencies`, message: 'name at least one competency' });
  if (list.length > MAX_NEED_COMPETENCIES)
    problems.push({
      field: `${at}.competencies`,
      message: `name at most ${MAX_NEED_COMPETENCIES} competencies (got ${list.length})`,
    });
  const seen = new Set<string>();
  list.slice(0, MAX_NEED_COMPETENCIES).forEach(({ area, minLevel }, i) => {
    const field = `${at}.competencies[${i}]`;
    if (!findExpertiseArea(area))
      problems.push({
        field: `${field}.area`,
        message: `unknown area ${clip(area)}: use an id from expertiseAreas`,
      });
    else if (seen.has(area))
      problems.push({ field: `${field}.area`, message: `area "${area}" is named twice` });
    seen.add(area);
    if (!isLevel(minLevel))
      problems.push({
        field: `${field}.minLevel`,
        message: `minLevel must be 1, 2, 3 or 4 (got ${minLevel})`,
      });
    else out.push({ area, minLevel });
  });
  return out;
}

function languagesOf(input: TrainingNeedInput, at: string, problems: InputProblem[]) {
  const out: TrainingNeed['languages'] = [];
  const list = input.languages ?? [];
  if (list.length > MAX_NEED_LANGUAGES)
    problems.push({
      field: `${at}.languages`,
      message: `name at most ${MAX_NEED_LANGUAGES} languages (got ${list.length})`,
    });
  const seen = new Set<string>();
  list.slice(0, MAX_NEED_LANGUAGES).forEach(({ tag: raw, minCefr }, i) => {
    const field = `${at}.languages[${i}]`;
    const tag = canonicalTag(raw);
    if (tag === undefined)
      problems.push({
        field: `${field}.tag`,
        message: `${clip(raw)} is not a BCP 47 language tag such as "en", "th" or "zh-Hant"`,
      });
    else if (seen.has(tag))
      problems.push({ field: `${field}.tag`, message: `language "${tag}" is named twice` });
    if (tag !== undefined) seen.add(tag);
    if (!isCefr(minCefr))
      problems.push({
        field: `${field}.minCefr`,
        message: `minCefr must be one of ${CEFR_LEVELS.join(', ')} (got ${clip(minCefr)})`,
      });
    if (tag !== undefined && isCefr(minCefr)) out.push({ tag, minCefr });
  });
  return out;
}

function countriesOf(
  list: readonly string[] | null | undefined,
  field: string,
  problems: InputProblem[],
): string[] | undefined {
  if (list == null) return undefined;
  if (list.length === 0)
    problems.push({ field, message: 'name at least one country, or leave the list out' });
  const seen = new Set<string>();
  list.forEach((code, i) => {
    if (!isCountryCode(code))
      problems.push({
        field: `${field}[${i}]`,
        message: `unknown country code ${clip(code)}: one of ${COUNTRIES.map((c) => c.code).join(', ')}`,
      });
    else if (seen.has(code))
      problems.push({ field: `${field}[${i}]`, message: `country ${code} is named twice` });
    seen.add(code);
  });
  return [...seen].filter(isCountryCode);
}

function windowOf(input: TrainingNeedInput, at: string, problems: InputProblem[]) {
  for (const name of ['from', 'to'] as const)
    if (!isCalendarDate(input[name]))
      problems.push({
        field: `${at}.${name}`,
        message: `${name} must be a calendar date written YYYY-MM-DD (got ${clip(input[name])})`,
      });
  if (isCalendarDate(input.from) && isCalendarDate(input.to) && input.from > input.to)
    problems.push({
      field: `${at}.from`,
      message: `from (${input.from}) is after to (${input.to})`,
    });
}

/**
 * Every problem of a need, each naming its field by path under `at` (`need.competencies[1].area`),
 * and the need as stored when there is none. Checked here rather than by GraphQL alone because a
 * need also arrives in JSON files and from callers that bypass the schema.
 */
export function trainingNeedProblems(
  input: TrainingNeedInput,
  at = 'need',
): { need?: TrainingNeed; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const competencies = competenciesOf(input, at, problems);
  const languages = languagesOf(input, at, problems);
  windowOf(input, at, problems);
  if (!isMode(input.mode))
    problems.push({
      field: `${at}.mode`,
      message: `mode must be ${DELIVERY_MODES.join(' or ')} (got ${clip(String(input.mode))})`,
    });
  const include = countriesOf(input.includeCountries, `${at}.includeCountries`, problems);
  const exclude = countriesOf(input.excludeCountries, `${at}.excludeCountries`, problems);
  (input.excludeCountries ?? []).forEach((code, i) => {
    if (include?.includes(code))
      problems.push({
        field: `${at}.excludeCountries[${i}]`,
        message: `country ${code} is both included and excluded`,
      });
  });
  if (problems.length > 0 || !isMode(input.mode)) return { problems };
  const need: TrainingNeed = {
    competencies,
    languages,
    from: input.from,
    to: input.to,
    mode: input.mode,
  };
  if (include) need.includeCountries = include;
  if (exclude) need.excludeCountries = exclude;
  return { need, problems };
}

/** The need as stored, or BAD_USER_INPUT naming every field at fault (trainingNeedProblems). */
export function validateTrainingNeed(input: TrainingNeedInput, at = 'need'): TrainingNeed {
  const { need, problems } = trainingNeedProblems(input, at);
  if (need === undefined) throw inputProblemsError(problems);
  return need;
}
