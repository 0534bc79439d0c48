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
  /**
   * The version of the privacy notice the country's experts consent under now
   * (PRIVACY_NOTICE_VERSION): every consent entry names the notice it was given under (§6.4),
   * and the expert's own page records new consent under this one.
   */
  noticeVersion: string;
}

const DAY = 86_400;
export const DEFAULT_ERASURE_SECONDS = 30 * DAY;
export const DEFAULT_CONFIRMATION_SECONDS = 3 * 365 * DAY;
/** The notice the demo data's consent was mostly taken under (demo/src/consent.ts). */
export const DEFAULT_NOTICE_VERSION = '2025-01';
export const DEFAULT_RIGHTS_PERIODS: RightsPeriods = Object.freeze({
  erasureSeconds: DEFAULT_ERASURE_SECONDS,
  confirmationSeconds: DEFAULT_CONFIRMATION_SECONDS,
  noticeVersion: DEFAULT_NOTICE_VERSION,
});

/** As consent entries' noticeVersion is checked (records/consent-input.ts): plain, 1–40 characters. */
const NOTICE_VERSION = /^[\w.:-]{1,40}$/;

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
    noticeVersion: noticeVersion(r),
  };
}

function noticeVersion(r: EnvReader): string {
  const value = r.string('PRIVACY_NOTICE_VERSION', DEFAULT_NOTICE_VERSION);
  r.check(
    NOTICE_VERSION.test(value),
    `PRIVACY_NOTICE_VERSION must be 1 to 40 letters, digits or . _ : - (such as 2025-01), got "${value}"`,
  );
  return value;
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
