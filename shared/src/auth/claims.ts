import { COUNTRIES, isCountryCode } from '../countries';
import { PURPOSES, Purpose } from '../expert';
import { parseExpertId } from '../ids';
import { quote, refuse } from './refuse';

/**
 * Officials (viewer, steward), the secretariat, and `expert`: a person in the pool, bound by the
 * token to exactly one record, who is an official of nothing (docs/ARCHITECTURE.md §6.1, §6.8).
 */
export const ROLES = ['viewer', 'steward', 'secretariat', 'expert'] as const;
export type Role = (typeof ROLES)[number];

/** An ISO 3166-1 alpha-2 code from the country table (`isCountryCode`), e.g. `MY`. */
export type CountryCode = string;

/** What a verified token says about its bearer (docs/ARCHITECTURE.md §6); others are dropped. */
export interface TokenClaims {
  /** Who: the identity provider's subject id. */
  sub: string;
  /** Which identity provider issued the token. */
  iss: string;
  /** The bearer's own country; null for the secretariat, which belongs to none. */
  country: CountryCode | null;
  role: Role;
  /**
   * The purpose the identity provider vouches for, for every request made with the token; ANY
   * lets each request choose one with `x-purpose`. Absent: the requests have no purpose.
   */
  purpose?: Purpose;
  /**
   * Role `expert` only: the one record the bearer is the subject of, `<CC>:<opaque>`, whose
   * country is the bearer's `country` (docs/ARCHITECTURE.md §6.8). Absent for every other role.
   */
  expertId?: string;
  /** Expiry and issue time, seconds since 1970 (JWT NumericDate). */
  exp: number;
  iat: number;
}

/** Tolerated difference between the issuer's clock and ours. */
export const CLOCK_SKEW_SECONDS = 30;

const CONTROL = /[\u0000-\u001f\u007f]/;

function text(payload: Record<string, unknown>, name: 'sub' | 'iss', max: number): string {
  const value = payload[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw refuse(`claim "${name}" is missing or empty`);
  if (value.length > max || CONTROL.test(value))
    throw refuse(`claim "${name}" must be at most ${max} printable characters`);
  return value;
}

function numericDate(
  payload: Record<string, unknown>,
  name: 'exp' | 'iat' | 'nbf',
): number | undefined {
  const value = payload[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw refuse(`claim "${name}" must be a NumericDate (seconds since 1970), got ${quote(value)}`);
  return value;
}

function country(payload: Record<string, unknown>, role: Role): CountryCode | null {
  const value = payload.country;
  if (role === 'secretariat') {
    if (value === undefined || value === null) return null;
    throw refuse('claim "country" must be absent or null for role "secretariat"');
  }
  if (value === undefined || value === null)
    throw refuse(`claim "country" is required for role "${role}"`);
  if (typeof value !== 'string' || !isCountryCode(value))
    throw refuse(
      `claim "country" must be a country code (${COUNTRIES.map((c) => c.code).join(', ')}), got ${quote(value)}`,
    );
  return value;
}

/**
 * The `expertId` claim: required for role `expert` and naming a record of the bearer's own
 * country (so the issuer's remit over that country covers the record too); refused on any other
 * role, which must not pass for an expert's subject.
 */
function expertIdClaim(
  payload: Record<string, unknown>,
  { role, country }: Pick<TokenClaims, 'role' | 'country'>,
): string | undefined {
  const value = payload.expertId;
  if (role !== 'expert') {
    if (value === undefined || value === null) return undefined;
    throw refuse(`claim "expertId" is only allowed for role "expert", not "${role}"`);
  }
  if (typeof value !== 'string') throw refuse('claim "expertId" is required for role "expert"');
  let owner: string;
  try {
    owner = parseExpertId(value).country;
  } catch {
    throw refuse(`claim "expertId" must be an expert id like "MY:7f3k2q", got ${quote(value)}`);
  }
  if (owner !== country)
    throw refuse(
      `claim "expertId" names a record of ${owner}, but the bearer's country is ${country}`,
    );
  return value;
}

/**
 * Checks a decoded (and already signature-verified) payload: lifetime first, then every claim
 * this project reads. `nowSeconds` is the verifier's clock.
 */
export function validateClaims(
  payload: Record<string, unknown>,
  nowSeconds: number,
  skewSeconds = CLOCK_SKEW_SECONDS,
): TokenClaims {
  const exp = numericDate(payload, 'exp');
  if (exp === undefined) throw refuse('claim "exp" is missing; tokens must expire');
  if (nowSeconds >= exp + skewSeconds) throw refuse('the token has expired');
  const nbf = numericDate(payload, 'nbf');
  if (nbf !== undefined && nowSeconds < nbf - skewSeconds)
    throw refuse('the token is not valid yet (claim "nbf")');
  const iat = numericDate(payload, 'iat');
  if (iat === undefined) throw refuse('claim "iat" is missing');
  if (nowSeconds < iat - skewSeconds) throw refuse('claim "iat" is in the future');

  const iss = text(payload, 'iss', 512);
  const sub = text(payload, 'sub', 256);
  const role = payload.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
    throw refuse(`claim "role" must be one of ${ROLES.join(', ')}, got ${quote(role)}`);
  const claims: TokenClaims = {
    sub,
    iss,
    country: country(payload, role as Role),
    role: role as Role,
    exp,
    iat,
  };
  const expertId = expertIdClaim(payload, claims);
  if (expertId !== undefined) claims.expertId = expertId;
  const purpose = payload.purpose;
  if (purpose !== undefined) {
    if (typeof purpose !== 'string' || !(PURPOSES as readonly string[]).includes(purpose))
      throw refuse(`claim "purpose" must be one of ${PURPOSES.join(', ')}, got ${quote(purpose)}`);
    claims.purpose = purpose as Purpose;
  }
  return claims;
}
