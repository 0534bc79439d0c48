import { ExpertRecord, badInput } from '@expertpool/shared';
import { validateRecord } from './validate';

/** Fields an expert corrects through a steward (docs/ARCHITECTURE.md §6.8); the rest they change. */
export const CORRECTABLE = [
  'names',
  'displayName',
  'position',
  'expertise',
  'qualifications',
  'engagements',
] as const;

/**
 * `record` with the proposed values, checked as an import checks a record (validate.ts): at
 * request time, so a steward never sees a correction that cannot be applied, and again when it is
 * approved, against the record as it is then. BAD_USER_INPUT names the first field at fault.
 */
export function applyCorrection(
  record: ExpertRecord,
  proposed: Record<string, unknown>,
  country: string,
): ExpertRecord {
  const fields = Object.keys(proposed);
  if (fields.length === 0)
    throw badInput(`Give at least one of ${CORRECTABLE.join(', ')}.`, { field: 'input' });
  const checked = validateRecord({ ...record, ...proposed }, country);
  if (!checked.ok) {
    const named = fields.filter((f) => checked.problems.some((p) => p.startsWith(f)));
    throw badInput(`Invalid ${named.join(', ') || 'record'}: ${checked.problems.join('; ')}`, {
      field: named[0] ?? fields[0],
      problems: checked.problems,
    });
  }
  return checked.record;
}

/** The correction's fields that were given, as stored values. */
export function proposedOf(input: Partial<Record<(typeof CORRECTABLE)[number], unknown>>) {
  return Object.fromEntries(
    CORRECTABLE.filter((f) => input[f] !== undefined && input[f] !== null).map((f) => [
      f,
      input[f],
    ]),
  );
}
