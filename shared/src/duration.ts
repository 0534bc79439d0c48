/**
 * Lifetimes as operators write them: whole seconds, or a whole number with s, m, h or d
 * (`90s`, `30m`, `12h`, `7d`). One grammar for every variable and option that takes one
 * (JWT_MAX_LIFETIME, `npm run token -- --ttl`).
 */
const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, or undefined when `raw` is not a duration. */
export function parseDuration(raw: string): number | undefined {
  const match = /^(\d{1,9})([smhd]?)$/.exec(raw.trim().toLowerCase());
  return match === null ? undefined : Number(match[1]) * UNIT_SECONDS[match[2]];
}

/** The largest unit that divides `seconds` exactly: 43200 is `12h`, 90 is `90s`. */
export function formatDuration(seconds: number): string {
  for (const unit of ['d', 'h', 'm'] as const)
    if (seconds >= UNIT_SECONDS[unit] && seconds % UNIT_SECONDS[unit] === 0)
      return `${seconds / UNIT_SECONDS[unit]}${unit}`;
  return `${seconds}s`;
}
