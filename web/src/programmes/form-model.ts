import type {
  Cefr,
  CountryCode,
  DeliveryMode,
  ProgrammeInput,
  ProgrammeKind,
  ProgrammePartsFragment,
  ProgrammePatch,
  TrainingNeedInput,
  TrainingNeedPartsFragment,
} from '../generated/graphql';

/**
 * The programme form's values as the controls hold them (strings from inputs and selects), and
 * their translation to the region's ProgrammeInput and ProgrammePatch. Nothing is checked here:
 * the region checks every field and names each one at fault (README "Programmes"), so the form
 * shows the server's own rules rather than a copy of them that could drift.
 */
export const PROGRAMME_KINDS: readonly ProgrammeKind[] = [
  'WORKSHOP',
  'SEMINAR',
  'MEETING',
  'CERTIFICATION',
  'TRAINING',
];
export const LEVELS = ['1', '2', '3', '4'] as const;

/** Rows of a list the user adds to and removes from; `key` keeps focus on the right row. */
let nextKey = 0;
const key = () => ++nextKey;

export interface CompetencyRow {
  key: number;
  area: string;
  minLevel: string;
}
export interface LanguageRow {
  key: number;
  tag: string;
  minCefr: Cefr;
}
/** Whose trainers: every member state, only those chosen, or all but those chosen. */
export type CountryChoice = 'ALL' | 'ONLY' | 'EXCEPT';

export interface NeedValues {
  competencies: CompetencyRow[];
  languages: LanguageRow[];
  from: string;
  to: string;
  mode: DeliveryMode;
  countries: CountryChoice;
  chosen: string[];
}

export interface FormValues {
  title: string;
  kind: ProgrammeKind;
  host: string;
  startDate: string;
  endDate: string;
  workPlan: string;
  description: string;
  competencies: { key: number; area: string }[];
  hasNeed: boolean;
  need: NeedValues;
}

export const competencyRow = (area = '', minLevel = '2'): CompetencyRow => ({
  key: key(),
  area,
  minLevel,
});
export const languageRow = (tag = '', minCefr: Cefr = 'B2'): LanguageRow => ({
  key: key(),
  tag,
  minCefr,
});
export const areaRow = (area = '') => ({ key: key(), area });

export function emptyForm(): FormValues {
  return {
    title: '',
    kind: 'WORKSHOP',
    host: '',
    startDate: '',
    endDate: '',
    workPlan: '',
    description: '',
    competencies: [areaRow()],
    hasNeed: true,
    need: {
      competencies: [competencyRow()],
      languages: [languageRow('en')],
      from: '',
      to: '',
      mode: 'ONSITE',
      countries: 'ALL',
      chosen: [],
    },
  };
}

function needValues(need: TrainingNeedPartsFragment | null, p: ProgrammePartsFragment): NeedValues {
  if (!need) return { ...emptyForm().need, from: p.startDate, to: p.endDate };
  const countries: CountryChoice = need.includeCountries
    ? 'ONLY'
    : need.excludeCountries
      ? 'EXCEPT'
      : 'ALL';
  return {
    competencies: need.competencies.map((c) => competencyRow(c.area, String(c.minLevel))),
    languages: need.languages.map((l) => languageRow(l.tag, l.minCefr)),
    from: need.from,
    to: need.to,
    mode: need.mode,
    countries,
    chosen: [...(need.includeCountries ?? need.excludeCountries ?? [])],
  };
}

/** The form filled in with a programme as the region returned it. */
export function formOf(p: ProgrammePartsFragment): FormValues {
  return {
    title: p.title,
    kind: p.kind,
    host: p.host.code,
    startDate: p.startDate,
    endDate: p.endDate,
    workPlan: p.workPlan ?? '',
    description: p.description ?? '',
    competencies: p.competencies.map((c) => areaRow(c.id)),
    hasNeed: p.need !== null,
    need: needValues(p.need, p),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/**
 * The need as the region and matchTrainers take it. Rows are sent as they are, blank ones
 * too, so the server's `need.competencies[1]` is the form's second row.
 */
export function needOf(values: NeedValues): TrainingNeedInput {
  const chosen = values.chosen as CountryCode[];
  return {
    competencies: values.competencies.map((c) => ({ area: c.area, minLevel: Number(c.minLevel) })),
    languages: values.languages.map((l) => ({ tag: l.tag.trim(), minCefr: l.minCefr })),
    from: values.from,
    to: values.to,
    mode: values.mode,
    includeCountries: values.countries === 'ONLY' ? chosen : null,
    excludeCountries: values.countries === 'EXCEPT' ? chosen : null,
  };
}

/** A need as the region returns it, as a TrainingNeedInput (without urql's `__typename`s). */
export function needInput(need: TrainingNeedPartsFragment): TrainingNeedInput {
  return {
    competencies: need.competencies.map(({ area, minLevel }) => ({ area, minLevel })),
    languages: need.languages.map(({ tag, minCefr }) => ({ tag, minCefr })),
    from: need.from,
    to: need.to,
    mode: need.mode,
    includeCountries: need.includeCountries,
    excludeCountries: need.excludeCountries,
  };
}

export function inputOf(values: FormValues): ProgrammeInput {
  return {
    title: values.title,
    kind: values.kind,
    host: values.host as CountryCode,
    startDate: values.startDate,
    endDate: values.endDate,
    workPlan: orNull(values.workPlan),
    competencies: values.competencies.map((c) => c.area),
    description: orNull(values.description),
    need: values.hasNeed ? needOf(values.need) : null,
  };
}

/**
 * Only the fields the user changed: updateProgramme keeps the others, so an edit of the title
 * and a colleague's edit of the need both hold, and expectedVersion still refuses an edit made
 * on a programme someone changed since it was read.
 */
export function patchOf(values: FormValues, initial: FormValues): ProgrammePatch {
  const now = inputOf(values);
  const before = inputOf(initial);
  const patch: ProgrammePatch = {};
  for (const name of Object.keys(now) as (keyof ProgrammeInput)[])
    if (JSON.stringify(now[name]) !== JSON.stringify(before[name]))
      Object.assign(patch, { [name]: now[name] });
  return patch;
}

/**
 * What the region cannot even be asked: a host is a CountryCode, and GraphQL refuses the whole
 * request for a blank one before the region can name the other fields at fault. Everything
 * else goes to the region, which checks it.
 */
export function unsendable(values: FormValues): { key: string; sentence: string }[] {
  return values.host === '' ? [{ key: 'host', sentence: 'Choose the host country.' }] : [];
}
