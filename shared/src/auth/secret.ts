import { randomBytes } from 'node:crypto';
import { EnvReader } from '../config';

/**
 * The dev HS256 secret must be as hard to guess as the 256-bit key HS256 is keyed with: whoever
 * guesses it mints a steward of any country. Nobody can measure the randomness of one string, so
 * this refuses what cannot carry 256 bits or plainly was not drawn at random: too short for its
 * alphabet, a repeated pattern, few different characters, letters of one case only (a word, a
 * phrase, a name) or mostly runs like `abcd` or `1111`. A random secret passes every check (a
 * test draws thousands); a weak one chosen with care may still pass, so generate it.
 */
export const MIN_SECRET_BITS = 256;

export const GENERATE_SECRET_HINT = `node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`;

/** A secret as GENERATE_SECRET_HINT makes one: 32 random bytes, base64url (43 characters). */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The alphabets secrets are written in, smallest first, and the bits each character carries. */
const ENCODINGS = [
  { name: 'hex', pattern: /^[0-9a-f]+$/i, size: 16 },
  { name: 'base64', pattern: /^[A-Za-z0-9+/_-]+={0,2}$/, size: 64 },
  { name: 'text', pattern: /^/, size: 95 },
] as const;

/** The number of different characters a random string of `length` over `size` has, on average. */
const expectedDistinct = (length: number, size: number) => size * (1 - (1 - 1 / size) ** length);

/** The shortest pattern `text` repeats (`abab…` is 2), or undefined when it repeats none. */
function repeatedPattern(text: string): number | undefined {
  for (let period = 1; period <= text.length / 2; period++)
    if (text.slice(period) === text.slice(0, text.length - period)) return period;
  return undefined;
}

/** How many neighbouring characters are equal or next to each other (`aa`, `ab`, `ba`). */
function steps(text: string): number {
  let count = 0;
  for (let i = 1; i < text.length; i++)
    if (Math.abs(text.charCodeAt(i) - text.charCodeAt(i - 1)) <= 1) count++;
  return count;
}

/** Why `secret` cannot be a random 256-bit secret (no part of it is quoted), or undefined. */
function weakness(secret: string): string | undefined {
  const encoding = ENCODINGS.find((e) => e.pattern.test(secret))!;
  const symbols = secret.replace(/=+$/, '');
  const period = repeatedPattern(symbols);
  if (period !== undefined)
    return period === 1
      ? 'it repeats one character'
      : `it repeats a pattern of ${period} characters`;
  const bits = Math.floor(symbols.length * Math.log2(encoding.size));
  if (bits < MIN_SECRET_BITS)
    return `${symbols.length} characters of ${encoding.name} carry at most ${bits} bits`;
  const distinct = new Set(symbols).size;
  if (distinct < expectedDistinct(symbols.length, encoding.size) / 2)
    return `it uses only ${distinct} different characters`;
  if (
    encoding.name === 'hex'
      ? !/\d/.test(symbols) || !/[a-f]/i.test(symbols)
      : !/[a-z]/.test(symbols) || !/[A-Z]/.test(symbols)
  )
    return encoding.name === 'hex'
      ? 'it is hex without both letters and digits'
      : 'its letters are all of one case, like words or a name';
  if (steps(symbols) * 2 > symbols.length - 1) return 'it is mostly runs like "abcd" or "1111"';
  return undefined;
}

/** Why a dev signing secret is unusable (one line naming `name`), or undefined when it is fine. */
export function secretProblem(secret: string, name = 'JWT_SECRET'): string | undefined {
  const why = weakness(secret);
  if (why === undefined) return undefined;
  return `${name} is too weak (${why}); it needs at least ${MIN_SECRET_BITS} bits of randomness: generate one with ${GENERATE_SECRET_HINT}`;
}

/** The dev HS256 secret from the environment; a problem is reported through the reader. */
export function readJwtSecret(reader: EnvReader, name = 'JWT_SECRET'): string {
  const secret = reader.string(name);
  if (secret !== '') {
    const problem = secretProblem(secret, name);
    reader.check(problem === undefined, problem ?? '');
  }
  return secret;
}
