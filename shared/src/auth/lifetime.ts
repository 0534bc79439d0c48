import { EnvReader } from '../config';
import { formatDuration } from '../duration';
import { TokenClaims } from './claims';
import { refuse } from './refuse';

/**
 * The longest lifetime a token may have (JWT_MAX_LIFETIME): a working day and a half. A token
 * is a bearer credential nobody can revoke, so one that lives for years (`exp` = 10^20) is a
 * key that never expires once it leaks. Identity providers issue minutes to hours.
 */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;
const MIN_LIFETIME_SECONDS = 60;
const MAX_LIFETIME_SECONDS = 30 * 86400;

/** JWT_MAX_LIFETIME: 12h by default, from 1m to 30d. */
export function readMaxTokenLifetime(reader: EnvReader): number {
  return reader.duration(
    'JWT_MAX_LIFETIME',
    DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
    MIN_LIFETIME_SECONDS,
    MAX_LIFETIME_SECONDS,
  );
}

/**
 * Refuses a token that was issued to live longer than `maxSeconds`: from `iat` to `exp`, or
 * from now when it says nothing of its issue (the skew is the verifier's clock tolerance).
 */
export function checkLifetime(
  claims: Pick<TokenClaims, 'exp'> & { iat?: number },
  nowSeconds: number,
  maxSeconds: number,
  skewSeconds: number,
): void {
  const from = claims.iat ?? nowSeconds;
  if (claims.exp - from > maxSeconds + skewSeconds)
    throw refuse(
      `it was issued to live ${describe(claims.exp - from)} (claims "iat" to "exp"), longer than the ${formatDuration(maxSeconds)} this service accepts`,
    );
}

const YEAR = 365.25 * 86400;

/** A lifetime for a message: years or days when that long, else exact (`12h 1m`). */
function describe(seconds: number): string {
  if (seconds >= 2 * YEAR) return `${Math.round(seconds / YEAR)} years`;
  if (seconds >= 2 * 86400) return `${Number((seconds / 86400).toFixed(1))} days`;
  const whole = Math.floor(seconds);
  const parts: [number, string][] = [
    [Math.floor(whole / 3600), 'h'],
    [Math.floor((whole % 3600) / 60), 'm'],
    [whole % 60, 's'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n}${unit}`)
    .join(' ');
}
