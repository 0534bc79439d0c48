import { EnvReader } from '@expertpool/shared';

/**
 * The periods a country sets for its experts' rights (docs/ARCHITECTURE.md §6.8), from its
 * environment: how long a steward has to complete an erasure (ERASURE_PERIOD, the deadline the
 * pending-erasure list reports) and how long a record stays released outside the country
 * without being confirmed (CONFIRMATION_PERIOD; rosters of this kind ask every three years).
 */
export interface RightsPeriods {
  erasureSeconds: number;
  confirmationSeconds: number;
}

const DAY = 86_400;
export const DEFAULT_ERASURE_SECONDS = 30 * DAY;
export const DEFAULT_CONFIRMATION_SECONDS = 3 * 365 * DAY;
export const DEFAULT_RIGHTS_PERIODS: RightsPeriods = Object.freeze({
  erasureSeconds: DEFAULT_ERASURE_SECONDS,
  confirmationSeconds: DEFAULT_CONFIRMATION_SECONDS,
});

export function readRightsPeriods(r: EnvReader): RightsPeriods {
  return {
    // Indonesia's PDP Law stops processing within 3×24 hours of a withdrawal, but removal may
    // take longer; a day is the least a steward can be asked for, a year the most a law allows.
    erasureSeconds: r.duration('ERASURE_PERIOD', DEFAULT_ERASURE_SECONDS, DAY, 365 * DAY),
    confirmationSeconds: r.duration(
      'CONFIRMATION_PERIOD',
      DEFAULT_CONFIRMATION_SECONDS,
      30 * DAY,
      10 * 365 * DAY,
    ),
  };
}

/**
 * The oldest confirmation still released outside the country at `now`: the start of the UTC
 * day minus the period. By the day, so a request's visibility filter is the same all day and
 * the search statistics cached per filter keep (a record lapses at most a day late).
 */
export function confirmedSince(now: Date, periods: RightsPeriods): Date {
  const day = Math.floor(now.getTime() / (DAY * 1000)) * DAY * 1000;
  return new Date(day - periods.confirmationSeconds * 1000);
}

/** When a record confirmed at `confirmedAt` lapses. */
export function confirmationDue(confirmedAt: Date, periods: RightsPeriods): Date {
  return new Date(confirmedAt.getTime() + periods.confirmationSeconds * 1000);
}
