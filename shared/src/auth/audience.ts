import { ErrorCode, appError } from '../errors';
import { Audience, PURPOSES, Purpose } from '../expert';
import { TokenClaims } from './claims';

/**
 * Which audience (docs/ARCHITECTURE.md §6) a caller is for one record: no token is PUBLIC, the
 * secretariat is SECRETARIAT wherever the record lives, an official of the record's country is
 * OWN and an official of any other country is MEMBER. A country-less non-secretariat claim set
 * (which `validateClaims` never produces) gets the least: PUBLIC.
 */
export function audienceFor(
  claims: Pick<TokenClaims, 'role' | 'country'> | null,
  recordCountry: string,
): Audience {
  if (claims === null) return 'PUBLIC';
  if (claims.role === 'secretariat') return 'SECRETARIAT';
  if (claims.country === null) return 'PUBLIC';
  return claims.country === recordCountry ? 'OWN' : 'MEMBER';
}

function badPurpose(message: string) {
  return appError(ErrorCode.BAD_USER_INPUT, message, { header: 'x-purpose' });
}

/** The `x-purpose` header as a Purpose, or undefined when it is absent or empty. */
export function parsePurposeHeader(
  value: string | readonly string[] | undefined,
): Purpose | undefined {
  if (Array.isArray(value) && value.length > 1)
    throw badPurpose('Give one x-purpose header, not several.');
  const raw = (typeof value === 'string' ? value : value?.[0])?.trim();
  if (raw === undefined || raw === '') return undefined;
  const purpose = raw.toUpperCase();
  if (!(PURPOSES as readonly string[]).includes(purpose))
    throw badPurpose(
      `Unknown purpose ${JSON.stringify(raw.slice(0, 40))} in x-purpose; one of ${PURPOSES.join(', ')}.`,
    );
  return purpose as Purpose;
}

/**
 * The purpose of a request: the token's `purpose` claim, else the `x-purpose` header, else ANY.
 * An unknown header value, or one that contradicts the token's purpose, is BAD_USER_INPUT: a
 * request declares one purpose, and the token's is the one that was authorised.
 */
export function resolvePurpose(
  claims: Pick<TokenClaims, 'purpose'> | null,
  headerValue: string | readonly string[] | undefined,
): Purpose {
  const fromHeader = parsePurposeHeader(headerValue);
  const fromToken = claims?.purpose;
  if (fromToken === undefined) return fromHeader ?? 'ANY';
  if (fromHeader !== undefined && fromHeader !== fromToken)
    throw badPurpose(`x-purpose ${fromHeader} contradicts the token's purpose ${fromToken}.`);
  return fromToken;
}
