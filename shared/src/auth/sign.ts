import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { Purpose } from '../expert';
import { CountryCode, Role, validateClaims } from './claims';
import { secretProblem } from './secret';

/** The issuer of dev tokens (`npm run token`). */
export const DEV_ISSUER = 'expertpool-dev';

export interface DevTokenInput {
  /** Default `devSubject(role, country)`. */
  sub?: string;
  role: Role;
  /** Required for viewer, steward and expert; absent or null for the secretariat. */
  country?: CountryCode | null;
  purpose?: Purpose;
  /** Role `expert` only: the record the bearer is the subject of (`<CC>:<opaque>` of `country`). */
  expertId?: string;
  /** Default DEV_ISSUER. */
  iss?: string;
}

/** The subject of a dev token nobody named: dev-<role>[-<cc>], e.g. dev-steward-my. */
export function devSubject(role: Role, country?: CountryCode | null): string {
  return ['dev', role, ...(country ? [country.toLowerCase()] : [])].join('-');
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An HS256 JWT over any payload, with header fields overridable: for tests, which build tokens a
 * verifier must refuse (`alg: none`, a foreign `alg`, `crit`). jose rightly refuses to sign such
 * headers, so this is a bare HMAC; real dev tokens come from `signDevToken`.
 */
export function signHs256(
  payload: Record<string, unknown>,
  secret: string,
  header: Record<string, unknown> = {},
): string {
  const head = base64url({ alg: 'HS256', typ: 'JWT', ...header });
  const body = base64url(payload);
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

/**
 * A dev token that `createTokenVerifier({ kind: 'hs256', secret })` accepts until it expires,
 * signed by jose (`SignJWT`, which is asynchronous).
 */
export async function signDevToken(
  input: DevTokenInput,
  secret: string,
  ttlSeconds: number,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<string> {
  const problem = secretProblem(secret, 'the signing secret');
  if (problem !== undefined) throw new Error(problem);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)
    throw new RangeError(
      `ttlSeconds must be a positive whole number of seconds (got ${ttlSeconds})`,
    );
  const payload: Record<string, unknown> = {
    iss: input.iss ?? DEV_ISSUER,
    sub: input.sub ?? devSubject(input.role, input.country),
    role: input.role,
    country: input.country ?? null,
    ...(input.purpose === undefined ? {} : { purpose: input.purpose }),
    ...(input.expertId === undefined ? {} : { expertId: input.expertId }),
    iat: nowSeconds,
    exp: nowSeconds + ttlSeconds,
  };
  try {
    validateClaims(payload, nowSeconds);
  } catch (error) {
    // Never mint a token the verifier would refuse.
    throw new Error(
      `Cannot sign a dev token: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
}
