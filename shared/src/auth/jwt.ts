import { refuse } from './refuse';

/** Longer than any token this project issues or accepts; refuses abuse before any parsing. */
export const MAX_TOKEN_LENGTH = 8192;

/** A compact JWS split into its parts; nothing in it is verified yet. */
export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** `<header>.<payload>` exactly as received: what the signature covers. */
  signingInput: string;
  /** Empty when the token carries no signature (`alg: none`). */
  signature: Buffer;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Strict base64url (no padding, canonical) or undefined. */
function decodeBase64url(segment: string): Buffer | undefined {
  if (!BASE64URL.test(segment)) return undefined;
  const bytes = Buffer.from(segment, 'base64url');
  return bytes.toString('base64url') === segment ? bytes : undefined;
}

function decodeJson(segment: string, part: 'header' | 'payload'): Record<string, unknown> {
  const bytes = segment === '' ? undefined : decodeBase64url(segment);
  if (bytes === undefined) throw refuse(`malformed token (the ${part} is not base64url)`);
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    throw refuse(`malformed token (the ${part} is not JSON)`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw refuse(`malformed token (the ${part} is not a JSON object)`);
  return value as Record<string, unknown>;
}

/** Splits and decodes a compact JWS; refuses anything that is not one. */
export function decodeJwt(token: string): DecodedJwt {
  if (token.length > MAX_TOKEN_LENGTH)
    throw refuse(`the token is longer than ${MAX_TOKEN_LENGTH} characters`);
  const parts = token.split('.');
  if (parts.length !== 3)
    throw refuse(`malformed token (a JWT has 3 dot-separated parts, this has ${parts.length})`);
  const [header, payload, signature] = parts;
  const decoded = {
    header: decodeJson(header, 'header'),
    payload: decodeJson(payload, 'payload'),
    signingInput: `${header}.${payload}`,
  };
  const bytes = decodeBase64url(signature);
  if (bytes === undefined) throw refuse('malformed token (the signature is not base64url)');
  return { ...decoded, signature: bytes };
}
