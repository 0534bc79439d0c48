import { decodeJwt, decodeProtectedHeader } from 'jose';
import { refuse } from './refuse';

/** Longer than any token this project issues or accepts; refuses abuse before any decoding. */
const MAX_TOKEN_LENGTH = 8192;

/** What a token says before it is verified: read to route it and word refusals, never trusted. */
export interface Unverified {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** jose's messages for a malformed compact JWS, as refusals that name the part at fault. */
const DETAILS = new Map([
  ['Invalid JWT', 'a JWT has 3 dot-separated parts'],
  ['Only JWTs using Compact JWS serialization can be decoded', 'a JWT has 3 dot-separated parts'],
  ['JWTs must contain a payload', 'the payload is empty'],
  ['Failed to base64url decode the payload', 'the payload is not base64url'],
  ['Failed to parse the decoded payload as JSON', 'the payload is not JSON'],
  ['Invalid JWT Claims Set', 'the payload is not a JSON object'],
  ['Failed to base64url decode the signature', 'the signature is not base64url'],
]);

/** The refusal of a token jose could not decode, from jose's own message. */
export function malformed(joseMessage: string) {
  return refuse(`malformed token (${DETAILS.get(joseMessage) ?? joseMessage})`);
}

/**
 * A token's header and claims as jose decodes them, for picking the issuer's key; jose's
 * jwtVerify verifies the token afterwards. The payload is decoded first: decodeJwt is the one
 * that tells a wrong number of parts from a bad part.
 */
export function readUnverified(token: string): Unverified {
  if (token.length > MAX_TOKEN_LENGTH)
    throw refuse(`the token is longer than ${MAX_TOKEN_LENGTH} characters`);
  let payload: Record<string, unknown>;
  try {
    payload = decodeJwt(token);
  } catch (error) {
    throw malformed(error instanceof Error ? error.message : String(error));
  }
  try {
    return { header: decodeProtectedHeader(token), payload };
  } catch {
    // jose words every bad header alike (not base64url, not JSON, not an object).
    throw refuse('malformed token (the header is not a valid JWS header)');
  }
}
