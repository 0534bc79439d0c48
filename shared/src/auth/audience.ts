import { ErrorCode, appError } from '../errors';
import { Audience, PURPOSES, Purpose } from '../expert';
import { TokenClaims } from './claims';

/**
 * Which audience (docs/ARCHITECTURE.md §6) a caller is for one record: no token is PUBLIC, the
 * secretariat is SECRETARIAT wherever the record lives, an official of the record's country is
 * OWN and an official of any other country is MEMBER. An expert is an official of nothing: PUBLIC
 * for every record (their own record they see as OWN only through the `me` fields, which check
 * the token's `expertId`: docs/ARCHITECTURE.md §6.8). A country-less non-secretariat claim set
 * (which `validateClaims` never produces) gets the least: PUBLIC.
 */
export function audienceFor(
  claims: Pick<TokenClaims, 'role' | 'country'> | null,
  recordCountry: string,
): Audience {
  if (claims === null) return 'PUBLIC';
  if (claims.role === 'secretariat') return 'SECRETARIAT';
  if (claims.role === 'expert') return 'PUBLIC';
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
 * The purpose of a request (docs/ARCHITECTURE.md §6): what the identity provider vouched for in
 * the token's `purpose` claim. The `x-purpose` header may only narrow it:
 *  - token purpose P: the header may be absent or repeat P; any other purpose is refused;
 *  - token purpose ANY: the request may be for any purpose, and the header chooses one;
 *  - no purpose claim (or no token): the request has no purpose, and a header cannot add one
 *    (only `x-purpose: ANY`, which says the same, is accepted).
 * ANY as a request's purpose means "no particular purpose": such a request sees only experts
 * who withdrew their consent for no purpose (visibilityFor in the country subgraph). A header
 * that could choose RESEARCH without the provider's say would let any caller see experts who
 * consented to research only. Every refusal is BAD_USER_INPUT naming the header.
 */
export function resolvePurpose(
  claims: Pick<TokenClaims, 'purpose'> | null,
  headerValue: string | readonly string[] | undefined,
): Purpose {
  const fromHeader = parsePurposeHeader(headerValue);
  const granted = claims?.purpose;
  if (fromHeader === undefined || fromHeader === (granted ?? 'ANY')) return granted ?? 'ANY';
  if (granted === 'ANY') return fromHeader;
  if (granted === undefined)
    throw badPurpose(
      `x-purpose ${fromHeader} is not granted: ${claims === null ? 'the request carries no token' : 'the token has no purpose claim'}, and a header cannot add a purpose. Ask your identity provider for a token with purpose ${fromHeader} or ANY.`,
    );
  throw badPurpose(`x-purpose ${fromHeader} contradicts the token's purpose ${granted}.`);
}
