import type { Availability, AvailabilityStatus, DateWindow } from '@expertpool/shared';
import { isoDateOfDay } from './dates';
import type { Rng } from './random';

const STATUSES: readonly (readonly [AvailabilityStatus, number])[] = [
  ['AVAILABLE', 0.6],
  ['LIMITED', 0.25],
  ['UNAVAILABLE', 0.15],
];

/** Windows fall in the demo's planning horizon, 2026-01-01 to 2027-12-31 (730 days). */
const FIRST_DAY = Date.UTC(2026, 0, 1) / 86_400_000;
const HORIZON_DAYS = 730;
const MAX_WINDOW_DAYS = 45;

export function makeAvailability(rng: Rng): Availability {
  const status = rng.weighted(STATUSES);
  if (status === 'UNAVAILABLE') return { status, onsite: false, remote: false, windows: [] };
  let onsite = rng.chance(0.75);
  const remote = rng.chance(0.7);
  if (!onsite && !remote) onsite = true;
  const count = status === 'AVAILABLE' ? rng.int(0, 4) : rng.int(0, 2);
  return { status, onsite, remote, windows: makeWindows(rng, count) };
}

/**
 * Sorted, non-overlapping windows: the horizon is cut into `count` equal slots and each window
 * stays inside its own slot.
 */
function makeWindows(rng: Rng, count: number): DateWindow[] {
  const windows: DateWindow[] = [];
  if (count === 0) return windows;
  const slot = Math.floor(HORIZON_DAYS / count);
  for (let k = 0; k < count; k++) {
    const offset = rng.int(0, slot - 2);
    const length = rng.int(1, Math.min(MAX_WINDOW_DAYS, slot - offset));
    const from = k * slot + offset;
    windows.push({
      from: isoDateOfDay(FIRST_DAY + from),
      to: isoDateOfDay(FIRST_DAY + from + length - 1),
    });
  }
  return windows;
}
