import { EnvReader } from '../config';

/** Shortest accepted HS256 secret: 32 characters, about the 256 bits the algorithm is keyed with. */
export const MIN_SECRET_LENGTH = 32;

export const GENERATE_SECRET_HINT = `node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`;

/** Why a dev signing secret is unusable, or undefined when it is fine. */
export function secretProblem(secret: string, name = 'JWT_SECRET'): string | undefined {
  if (secret.length >= MIN_SECRET_LENGTH) return undefined;
  return `${name} must be at least ${MIN_SECRET_LENGTH} characters (got ${secret.length}); generate one with: ${GENERATE_SECRET_HINT}`;
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
