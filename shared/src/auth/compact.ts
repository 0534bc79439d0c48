import { refuse } from './refuse';

/** Longer than any token this project issues or accepts; refuses abuse before any parsing. */
export const MAX_TOKEN_LENGTH = 8192;

/** What a compact JWS says before anything in it is verified: read to route it, never trusted. */
export interface UnverifiedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signed: boolean;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict base64url (no padding, canonical), which jose's decoder does not insist on. */
function isBase64url(segment: string): boolean {
  return (
    BASE64URL.test(segment) && Buffer.from(segment, 'base64url').toString('base64url') === segment
  );
}

function jsonObject(segment: string, part: 'header' | 'payload'): Record<string, unknown> {
  if (segment === '' || !isBase64url(segment))
    throw refuse(`malformed token (the ${part} is not base64url)`);
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(Buffer.from(segment, 'base64url')));
  } catch {
    throw refuse(`malformed token (the ${part} is not JSON)`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw refuse(`malformed token (the ${part} is not a JSON object)`);
  return value as Record<string, unknown>;
}

/**
 * Reads a compact JWS far enough to pick its issuer's key and to say precisely what is wrong
 * with a malformed one (jose names every bad header alike). jose verifies it afterwards.
 */
export function readUnverified(token: string): UnverifiedJwt {
  if (token.length > MAX_TOKEN_LENGTH)
    throw refuse(`the token is longer than ${MAX_TOKEN_LENGTH} characters`);
  const parts = token.split('.');
  if (parts.length !== 3)
    throw refuse(`malformed token (a JWT has 3 dot-separated parts, this has ${parts.length})`);
  const [header, payload, signature] = parts;
  const unverified = {
    header: jsonObject(header, 'header'),
    payload: jsonObject(payload, 'payload'),
  };
  if (!isBase64url(signature)) throw refuse('malformed token (the signature is not base64url)');
  return { ...unverified, signed: signature !== '' };
}
