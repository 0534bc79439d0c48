import { createSecretKey } from 'node:crypto';
import { ConfigError } from '../config';
import { ErrorCode, errorCodeOf } from '../errors';
import { TokenClaims, validateClaims } from './claims';
import { IssuerKeys, createTrustedIssuers } from './issuers';
import { DEFAULT_JWKS_OPTIONS, JwksOptions } from './jwks';
import { DecodedJwt, decodeJwt } from './jwt';
import { quote, refuse } from './refuse';
import { secretProblem } from './secret';
import { ASYMMETRIC_ALGS, AsymmetricAlg, hmacMatches, signatureMatches } from './signature';

export type TokenVerifierConfig =
  /** Development: HS256 with a shared secret (JWT_SECRET); `issuer`, when set, is required. */
  | { kind: 'hs256'; secret: string; issuer?: string }
  /** Production: RS256/ES256 with keys per issuer (`iss`); tokens of other issuers are refused. */
  | { kind: 'keys'; issuers: Record<string, IssuerKeys>; jwks?: Partial<JwksOptions> };

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

/**
 * The algorithms a mode accepts and its signature check (which throws a refusal); the check
 * answers with the remit test its issuer's claims must pass.
 */
interface SignatureCheck {
  algs: readonly string[];
  check(jwt: DecodedJwt, alg: string): Promise<(claims: TokenClaims) => void>;
}

/** The dev secret is one issuer that may vouch for anyone. */
const ANYONE = () => undefined;

function hs256Check(secret: string, issuer: string | undefined): SignatureCheck {
  const problem = secretProblem(secret, 'the HS256 secret');
  if (problem !== undefined) throw new ConfigError([problem]);
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  return {
    algs: ['HS256'],
    async check(jwt) {
      if (!hmacMatches(key, jwt.signingInput, jwt.signature)) throw refuse('bad signature');
      const { iss } = jwt.payload;
      if (issuer !== undefined && iss !== issuer)
        throw refuse(
          typeof iss === 'string' ? `unknown issuer ${quote(iss)}` : 'claim "iss" is missing',
        );
      return ANYONE;
    },
  };
}

function keysCheck(
  config: Extract<TokenVerifierConfig, { kind: 'keys' }>,
  options: VerifierOptions,
): SignatureCheck {
  const jwksOptions = { ...DEFAULT_JWKS_OPTIONS, ...config.jwks };
  const issuers = createTrustedIssuers(
    config.issuers,
    jwksOptions,
    options.now ?? Date.now,
    options.log,
  );
  return {
    algs: ASYMMETRIC_ALGS,
    async check(jwt, alg) {
      const { iss } = jwt.payload;
      const issuer = typeof iss === 'string' ? issuers.get(iss) : undefined;
      if (issuer === undefined)
        throw refuse(
          typeof iss === 'string' ? `unknown issuer ${quote(iss)}` : 'claim "iss" is missing',
        );
      const { kid } = jwt.header;
      if (kid !== undefined && typeof kid !== 'string')
        throw refuse('header "kid" must be a string');
      const key = await issuer.lookup(kid, alg as AsymmetricAlg);
      if (!signatureMatches(alg as AsymmetricAlg, key, jwt.signingInput, jwt.signature))
        throw refuse('bad signature');
      return issuer.authorise;
    },
  };
}

async function verifyToken(
  token: string,
  signature: SignatureCheck,
  nowSeconds: number,
): Promise<TokenClaims> {
  const jwt = decodeJwt(token);
  const { alg, crit } = jwt.header;
  if (typeof alg !== 'string') throw refuse('header "alg" is missing');
  if (alg.toLowerCase() === 'none') throw refuse('unsigned tokens (alg "none") are not accepted');
  if (!signature.algs.includes(alg))
    throw refuse(
      `algorithm ${quote(alg)} is not accepted here; expected ${signature.algs.join(' or ')}`,
    );
  if (crit !== undefined)
    throw refuse('header "crit" names extensions this service does not support');
  if (jwt.signature.length === 0) throw refuse('the signature is missing');
  const authorise = await signature.check(jwt, alg);
  const claims = validateClaims(jwt.payload, nowSeconds);
  authorise(claims);
  return claims;
}

/**
 * A verifier for the `Authorization` header (docs/ARCHITECTURE.md §6). Configuration problems
 * throw a ConfigError at start-up; every refused token is an UNAUTHENTICATED GraphQLError.
 */
export function createTokenVerifier(
  config: TokenVerifierConfig,
  options: VerifierOptions = {},
): TokenVerifier {
  const now = options.now ?? Date.now;
  const signature =
    config.kind === 'hs256' ? hs256Check(config.secret, config.issuer) : keysCheck(config, options);
  return {
    async verify(authorization) {
      if (authorization === undefined || authorization.trim() === '') return null;
      const match = /^Bearer +(\S+)$/i.exec(authorization.trim());
      if (match === null) throw refuse('the Authorization header must be "Bearer <token>"');
      try {
        return await verifyToken(match[1], signature, now() / 1000);
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
