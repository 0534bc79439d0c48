import { badInput } from '@expertpool/shared';

/**
 * How long a country keeps its audit log (docs/ARCHITECTURE.md §6.6): its stewards' decision,
 * stored beside the release policy. 400 days by default: a year of releases, so an expert's
 * request "who received my record in the past year" can be answered in full, plus a month for
 * the yearly review to read the last entries before they expire. A longer obligation is met with
 * `npm run audit -- export` before the entries expire, not by keeping every entry forever.
 */
export const DEFAULT_AUDIT_RETENTION_DAYS = 400;
/** Less than a day would delete an entry before anyone could read it. */
export const MIN_AUDIT_RETENTION_DAYS = 1;
/** Ten years: longer than any member state's audit obligation, and far below MongoDB's TTL limit. */
export const MAX_AUDIT_RETENTION_DAYS = 3650;

export const SECONDS_PER_DAY = 86_400;

/** The period in force: stored by a steward, or the default. */
export interface AuditRetention {
  days: number;
  isDefault: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export const DEFAULT_AUDIT_RETENTION: AuditRetention = Object.freeze({
  days: DEFAULT_AUDIT_RETENTION_DAYS,
  isDefault: true,
  updatedAt: null,
  updatedBy: null,
});

/** A period from untrusted input (the graph or a CLI): whole days in range, else BAD_USER_INPUT. */
export function parseRetentionDays(value: unknown): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < MIN_AUDIT_RETENTION_DAYS ||
    value > MAX_AUDIT_RETENTION_DAYS
  )
    throw badInput(
      `The audit retention must be a whole number of days from ${MIN_AUDIT_RETENTION_DAYS} to ${MAX_AUDIT_RETENTION_DAYS} (got ${JSON.stringify(value)}).`,
      { field: 'days' },
    );
  return value;
}
