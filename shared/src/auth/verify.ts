import { webcrypto } from 'node:crypto';
import { jwtVerify } from 'jose';
import { ConfigError } from '../config';
import { ErrorCode, errorCodeOf } from '../errors';
import { CLOCK_SKEW_SECONDS, TokenClaims, validateClaims } from './claims';
import { acceptedAlg } from './header';
import { IssuerKeys, TrustedIssuer, createTrustedIssuers, unknownIssuer } from './issuers';
import { joseRefusal } from './jose-refusal';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, checkLifetime } from './lifetime';
import { ASYMMETRIC_ALGS } from './pem-key';
import { refuse } from './refuse';
import { JwksOptions } from './remote-keys';
import { secretProblem } from './secret';
import { readUnverified } from './unverified';

export type TokenVerifierConfig =
  /** Development: HS256 with a shared secret (JWT_SECRET); `issuer`, when set, is required. */
  (
    | { kind: 'hs256'; secret: string; issuer?: string }
    /** Production: RS256/ES256 with keys per issuer (`iss`); tokens of other issuers are refused. */
    | {
        kind: 'keys';
        issuers: Record<string, IssuerKeys>;
        jwks?: JwksOptions;
        /**
         * Development only (both JWT_SECRET and JWT_ISSUERS_FILE, never with NODE_ENV=production,
         * config.ts): HS256 tokens of this one issuer, signed with the secret, as well.
         */
        dev?: { secret: string; issuer: string };
      }
  ) & {
    /** Longest accepted `exp` - `iat` (JWT_MAX_LIFETIME; default 12 h, lifetime.ts). */
    maxLifetimeSeconds?: number;
  };

export interface VerifierOptions {
  /** Milliseconds since 1970 (tests move the clock). */
  now?: () => number;
  /** Operator diagnostics (JWKS fetch failures, unexpected errors); never sent to clients. */
  log?: (message: string) => void;
}

export interface TokenVerifier {
  /** Null for no credentials (PUBLIC); the verified claims; or an UNAUTHENTICATED GraphQLError. */
  verify(authorization: string | undefined): Promise<TokenClaims | null>;
}

/** The algorithms a mode accepts, and the trusted issuer a token's `iss` names (or a refusal). */
interface Mode {
  algorithms: readonly string[];
  issuerOf(iss: unknown): TrustedIssuer;
}

/** The dev secret as one issuer that may vouch for anyone (HS256 only, bound to the key). */
function devIssuer(secret: string): TrustedIssuer {
  const problem = secretProblem(secret, 'the HS256 secret');
  if (problem !== undefined) throw new ConfigError([problem]);
  // Imported once: handing jose the raw bytes would import the key again on every request,
  // which doubles what verification costs each service (measured with `npm run bench -- --cpu`).
  const key = webcrypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  return { algorithms: ['HS256'], key: () => key, authorise: () => undefined };
}

function hs256Mode(secret: string, issuer: string | undefined): Mode {
  const dev = devIssuer(secret);
  return {
    algorithms: dev.algorithms,
    issuerOf(iss) {
      if (issuer !== undefined && iss !== issuer) throw unknownIssuer(iss);
      return dev;
    },
  };
}

function keysMode(
  config: Extract<TokenVerifierConfig, { kind: 'keys' }>,
  log: VerifierOptions['log'],
): Mode {
  const { dev } = config;
  if (dev !== undefined && Object.hasOwn(config.issuers, dev.issuer))
    throw new ConfigError([
      `issuer ${JSON.stringify(dev.issuer)} is the dev secret's; the issuers file may not name it`,
    ]);
  const issuers = createTrustedIssuers(config.issuers, config.jwks ?? {}, log);
  // Each issuer keeps its own algorithms (jose is handed only those): an HS256 token naming a
  // provider's `iss`, or an RS256 one naming the dev issuer, is refused.
  const devTrusted = dev === undefined ? undefined : devIssuer(dev.secret);
  return {
    algorithms: devTrusted === undefined ? ASYMMETRIC_ALGS : [...ASYMMETRIC_ALGS, 'HS256'],
    issuerOf(iss) {
      if (devTrusted !== undefined && iss === dev!.issuer) return devTrusted;
      const issuer = typeof iss === 'string' ? issuers.get(iss) : undefined;
      if (issuer === undefined) throw unknownIssuer(iss);
      return issuer;
    },
  };
}

/**
 * Checks a token the way docs/ARCHITECTURE.md §6.2 requires of every service (tokens are
 * verified twice: at the gateway and again in each subgraph). The signature, the key and the
 * registered claims are jose's: an audited, maintained implementation, where hand-written JOSE
 * code is where algorithm confusion and parsing bugs live (docs/adr/0005-jose-for-jwt-and-jwks.md).
 * Ours: which algorithm each key may verify, the refusals' wording, the project's claims and
 * each issuer's remit.
 */
async function verifyToken(
  token: string,
  mode: Mode,
  nowMs: number,
  maxLifetimeSeconds: number,
): Promise<TokenClaims> {
  const unverified = readUnverified(token);
  const alg = acceptedAlg(unverified.header, token, mode.algorithms);
  const iss = unverified.payload.iss;
  const issuer = mode.issuerOf(iss);
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, issuer.key, {
      algorithms: [...issuer.algorithms],
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: new Date(nowMs),
    }));
  } catch (error) {
    const context = {
      iss: String(iss),
      alg,
      algorithms: issuer.algorithms,
      nowSeconds: nowMs / 1000,
    };
    throw joseRefusal(error, context);
  }
  const claims = validateClaims(payload, nowMs / 1000);
  checkLifetime(claims, nowMs / 1000, maxLifetimeSeconds, CLOCK_SKEW_SECONDS);
  issuer.authorise(claims);
  return claims;
}

/**
 * A verifier for the `Authorization` header. Configuration problems throw a ConfigError at
 * start-up; every refused token is an UNAUTHENTICATED GraphQLError.
 */
export function createTokenVerifier(
  config: TokenVerifierConfig,
  options: VerifierOptions = {},
): TokenVerifier {
  const now = options.now ?? Date.now;
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const mode =
    config.kind === 'hs256'
      ? hs256Mode(config.secret, config.issuer)
      : keysMode(config, options.log);
  return {
    async verify(authorization) {
      if (authorization === undefined || authorization.trim() === '') return null;
      const match = /^Bearer +(\S+)$/i.exec(authorization.trim());
      if (match === null) throw refuse('the Authorization header must be "Bearer <token>"');
      try {
        return await verifyToken(match[1], mode, now(), maxLifetime);
      } catch (error) {
        if (errorCodeOf(error) === ErrorCode.UNAUTHENTICATED) throw error;
        options.log?.(
          `token verification failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        );
        throw refuse('the token could not be verified');
      }
    },
  };
}
