import {
  InputProblem,
  TrainingNeed,
  TrainingNeedInput,
  findExpertiseArea,
  inputProblemsError,
  isCalendarDate,
  isCountryCode,
  trainingNeedProblems,
} from '@expertpool/shared';
import { PROGRAMME_KINDS, ProgrammeDoc, ProgrammeKind } from '../programme';

export const TITLE_LENGTH = { min: 3, max: 200 } as const;
export const MAX_WORK_PLAN_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 4000;
export const MAX_PROGRAMME_COMPETENCIES = 10;

/** The fields of a programme the secretariat writes (engagements have mutations of their own). */
export interface ProgrammeFields {
  title: string;
  kind: ProgrammeKind;
  host: string;
  startDate: string;
  endDate: string;
  workPlan?: string;
  competencies: string[];
  description?: string;
  need?: TrainingNeed;
}
export type OptionalField = 'workPlan' | 'description' | 'need';
const OPTIONAL: readonly OptionalField[] = ['workPlan', 'description', 'need'];
const REQUIRED = ['title', 'kind', 'host', 'startDate', 'endDate', 'competencies'] as const;

/**
 * `ProgrammeInput` (every required field given) or `ProgrammePatch` (any of them) as GraphQL
 * delivers it: a field left out is absent, a field given as null is null.
 */
export interface ProgrammeFieldsInput {
  title?: string | null;
  kind?: string | null;
  host?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  workPlan?: string | null;
  competencies?: readonly string[] | null;
  description?: string | null;
  need?: TrainingNeedInput | null;
}

/** What a valid input says: the fields to set, and the optional fields it clears (given as null). */
export interface CheckedFields {
  values: Partial<ProgrammeFields>;
  cleared: OptionalField[];
}

// Line breaks belong in a description only; no field takes other control characters.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const LINE_BREAK = /[\n\r\t]/;
const isKind = (s: string): s is ProgrammeKind =>
  (PROGRAMME_KINDS as readonly string[]).includes(s);

function text(
  raw: string,
  field: string,
  min: number,
  max: number,
  problems: InputProblem[],
  multiline = false,
): string {
  const value = raw.trim();
  if (value.length < min || value.length > max)
    problems.push({
      field,
      message:
        min > 0
          ? `must be ${min} to ${max} characters (got ${value.length})`
          : `must be at most ${max} characters (got ${value.length})`,
    });
  if (CONTROL.test(value) || (!multiline && LINE_BREAK.test(value)))
    problems.push({ field, message: 'must not contain control characters or line breaks' });
  return value;
}

function competencies(list: readonly string[], field: string, problems: InputProblem[]) {
  if (list.length === 0) problems.push({ field, message: 'name at least one competency' });
  if (list.length > MAX_PROGRAMME_COMPETENCIES)
    problems.push({
      field,
      message: `name at most ${MAX_PROGRAMME_COMPETENCIES} competencies (got ${list.length})`,
    });
  const seen = new Set<string>();
  list.forEach((id, i) => {
    if (!findExpertiseArea(id))
      problems.push({
        field: `${field}[${i}]`,
        message: `unknown competency ${JSON.stringify(id.slice(0, 60))}: use an id from expertiseAreas`,
      });
    else if (seen.has(id))
      problems.push({ field: `${field}[${i}]`, message: `competency "${id}" is named twice` });
    seen.add(id);
  });
  return [...seen];
}

function date(raw: string, field: string, problems: InputProblem[]): string {
  if (!isCalendarDate(raw))
    problems.push({
      field,
      message: `must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(raw.slice(0, 40))})`,
    });
  return raw;
}

/** Checks each field the input gives; the problems name fields as `<at>.<name>`. */
function checkGiven(input: ProgrammeFieldsInput, at: string, problems: InputProblem[]) {
  const values: Partial<ProgrammeFields> = {};
  const cleared: OptionalField[] = [];
  for (const name of REQUIRED)
    if (input[name] === null) problems.push({ field: `${at}.${name}`, message: 'cannot be null' });
  for (const name of OPTIONAL) if (input[name] === null) cleared.push(name);
  const f = (name: string) => `${at}.${name}`;
  if (input.title != null)
    values.title = text(input.title, f('title'), TITLE_LENGTH.min, TITLE_LENGTH.max, problems);
  if (input.kind != null) {
    if (isKind(input.kind)) values.kind = input.kind;
    else
      problems.push({ field: f('kind'), message: `must be one of ${PROGRAMME_KINDS.join(', ')}` });
  }
  if (input.host != null) {
    if (isCountryCode(input.host)) values.host = input.host;
    else problems.push({ field: f('host'), message: `unknown country code "${input.host}"` });
  }
  if (input.startDate != null) values.startDate = date(input.startDate, f('startDate'), problems);
  if (input.endDate != null) values.endDate = date(input.endDate, f('endDate'), problems);
  if (input.workPlan != null)
    values.workPlan = text(input.workPlan, f('workPlan'), 1, MAX_WORK_PLAN_LENGTH, problems);
  if (input.description != null)
    values.description = text(
      input.description,
      f('description'),
      1,
      MAX_DESCRIPTION_LENGTH,
      problems,
      true,
    );
  if (input.competencies != null)
    values.competencies = competencies(input.competencies, f('competencies'), problems);
  if (input.need != null) {
    const checked = trainingNeedProblems(input.need, f('need'));
    problems.push(...checked.problems);
    if (checked.need) values.need = checked.need;
  }
  return { values, cleared };
}

/**
 * Checks a programme input, alone (`createProgramme`) or as a patch of `current`
 * (`updateProgramme`), and throws one BAD_USER_INPUT naming every field at fault: a caller fixes
 * a form in one round. The date order is checked on the programme as it would be.
 */
export function checkProgrammeFields(
  input: ProgrammeFieldsInput,
  current?: ProgrammeDoc,
  at = 'input',
): CheckedFields {
  const problems: InputProblem[] = [];
  const checked = checkGiven(input, at, problems);
  const start = checked.values.startDate ?? current?.startDate;
  const end = checked.values.endDate ?? current?.endDate;
  if (start && end && isCalendarDate(start) && isCalendarDate(end) && start > end)
    problems.push({
      field: `${at}.${checked.values.startDate !== undefined ? 'startDate' : 'endDate'}`,
      message: `the programme would start (${start}) after it ends (${end})`,
    });
  if (problems.length > 0) throw inputProblemsError(problems);
  return checked;
}

function given<K extends (typeof REQUIRED)[number]>(
  values: Partial<ProgrammeFields>,
  name: K,
  at: string,
): ProgrammeFields[K] {
  const value = values[name];
  // ProgrammeInput declares these non-null; this is for callers that bypass the schema.
  if (value === undefined)
    throw inputProblemsError([{ field: `${at}.${name}`, message: 'is required' }]);
  return value;
}

/** A new programme's fields (`createProgramme`), checked as checkProgrammeFields checks them. */
export function checkNewProgramme(input: ProgrammeFieldsInput, at = 'input'): ProgrammeFields {
  const { values } = checkProgrammeFields(input, undefined, at);
  return {
    ...values,
    title: given(values, 'title', at),
    kind: given(values, 'kind', at),
    host: given(values, 'host', at),
    startDate: given(values, 'startDate', at),
    endDate: given(values, 'endDate', at),
    competencies: given(values, 'competencies', at),
  };
}
