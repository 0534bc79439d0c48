import { badInput } from './errors';

/** One thing wrong with an input: the path of the field at fault and what to do about it. */
export interface InputProblem {
  field: string;
  message: string;
}

/**
 * One BAD_USER_INPUT for every problem of an input, so a caller fixes them in one round: the
 * message says each problem after its field, `extensions.field` is the first field at fault (as
 * in every other refusal, docs/ARCHITECTURE.md §5.4) and `extensions.problems` lists them all,
 * so a form can mark each field.
 */
export function inputProblemsError(problems: readonly InputProblem[]) {
  if (problems.length === 0) throw new RangeError('inputProblemsError needs at least one problem');
  const lines = problems.map((p) => `${p.field}: ${p.message}.`);
  const message =
    problems.length === 1 ? lines[0] : `${problems.length} problems: ${lines.join(' ')}`;
  return badInput(message, { field: problems[0].field, problems });
}
