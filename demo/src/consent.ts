import type { ConsentAudience, ConsentEntry, Purpose } from '@expertpool/shared';
import { isoTimestampOfSecond } from './dates';
import type { Rng } from './random';

/** Most consents were taken under the current notice; some under the one it replaced. */
const NOTICE_VERSIONS: readonly (readonly [string, number])[] = [
  ['2025-01', 0.8],
  ['2024-07', 0.2],
];

const YEAR_START_SECOND = Date.UTC(2025, 0, 1) / 1000;
const YEAR_SECONDS = 365 * 86_400;
/** Grants are recorded early enough in 2025 that a later withdrawal still falls in 2025. */
const GRANT_SECONDS = 300 * 86_400;

/**
 * The consent mix: about 10% never answered (no entries, so invisible outside their country),
 * 75% consent to members and the secretariat for any purpose, 15% only for trainer searches
 * by members, about 40% also to the public, and a few later withdraw one consent.
 */
export function makeConsent(rng: Rng): ConsentEntry[] {
  const roll = rng.next();
  if (roll < 0.1) return [];
  const noticeVersion = rng.weighted(NOTICE_VERSIONS);
  const grantedAt = rng.int(0, GRANT_SECONDS);
  const entry = (
    audience: ConsentAudience,
    purpose: Purpose,
    granted: boolean,
    at: number,
  ): ConsentEntry => ({
    audience,
    purpose,
    granted,
    noticeVersion,
    recordedAt: isoTimestampOfSecond(YEAR_START_SECOND + at),
  });

  const entries: ConsentEntry[] = [entry('SECRETARIAT', 'ANY', true, grantedAt)];
  if (roll < 0.85) {
    entries.push(entry('MEMBER', 'ANY', true, grantedAt));
    // 0.4 of all records: 0.53 of the 75% who consent broadly.
    if (rng.chance(0.53)) entries.push(entry('PUBLIC', 'ANY', true, grantedAt));
  } else {
    entries.push(entry('MEMBER', 'TRAINER_SEARCH', true, grantedAt));
  }

  if (rng.chance(0.05)) {
    // A withdrawal is a later entry for the same audience and purpose, never an edit of the grant.
    const withdrawn = entries[entries.length - 1];
    const at = rng.int(grantedAt + 86_400, YEAR_SECONDS - 1);
    entries.push({
      ...entry(withdrawn.audience, withdrawn.purpose, false, at),
      noticeVersion: '2025-01',
    });
  }
  return entries;
}
