import { isCountryCode } from './countries';
import { badInput } from './errors';

/**
 * Expert ids are `<CC>:<opaque>`: the owning country's code, then an opaque token that never
 * encodes a national employee number. The gateway routes by the prefix.
 */
export interface ExpertId {
  country: string;
  opaque: string;
}

const OPAQUE = /^[0-9a-z]{4,32}$/;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function formatExpertId(country: string, opaque: string): string {
  return `${country}:${opaque}`;
}

/** Parses an id, throwing `BAD_USER_INPUT` for anything malformed or of an unknown country. */
export function parseExpertId(id: unknown): ExpertId {
  if (typeof id !== 'string') throw badInput('An expert id must be a string like "MY:7f3k2q".');
  const match = /^([A-Z]{2}):(.*)$/.exec(id);
  if (!match)
    throw badInput(
      `Malformed expert id "${clip(id)}": expected "<CC>:<opaque>", e.g. "MY:7f3k2q".`,
    );
  const [, country, opaque] = match;
  if (!isCountryCode(country))
    throw badInput(`Expert id "${clip(id)}" names an unknown country "${country}".`);
  if (!OPAQUE.test(opaque)) {
    throw badInput(
      `Malformed expert id "${clip(id)}": the part after ":" must be 4-32 lower-case letters or digits.`,
    );
  }
  return { country, opaque };
}

/** The country an id belongs to, or undefined when the id is malformed. */
export function countryOfId(id: unknown): string | undefined {
  try {
    return parseExpertId(id).country;
  } catch {
    return undefined;
  }
}

/**
 * A new opaque token from a source of random numbers in [0, 1): a cryptographic one for real
 * records (ids must not be guessable), a seeded one for demo data.
 */
export function newOpaqueId(random: () => number, length = 10): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return out;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
