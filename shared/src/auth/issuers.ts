import { type JWTVerifyGetKey } from 'jose';
import { ConfigError } from '../config';
import { isCountryCode } from '../countries';
import { TokenClaims } from './claims';
import { ASYMMETRIC_ALGS, pemKey } from './pem-key';
import { quote, refuse } from './refuse';
import { JwksOptions, remoteKeys } from './remote-keys';

/**
 * What a token's issuer may assert about its bearer: officials and experts of these countries
 * (an expert's `expertId` names a record of the bearer's country, claims.ts), or the secretariat.
 */
export type Vouchee = string; // a country code or SECRETARIAT_VOUCHEE

export const SECRETARIAT_VOUCHEE = 'secretariat';

/**
 * One trusted identity provider: where its public keys come from (exactly one of a JWKS URL or
 * one PEM public key) and whom it may vouch for. Trusting a country's identity provider for
 * its own officials only means that provider cannot mint a steward of another country.
 */
export interface IssuerKeys {
  jwksUrl?: string;
  publicKeyPem?: string;
  vouchesFor: readonly Vouchee[];
}

/** A configured issuer: its keys, the algorithms they verify, and the bearers it may vouch for. */
export interface TrustedIssuer {
  /** Bound to the key, never taken from the token: what stops algorithm confusion. */
  algorithms: readonly string[];
  key: JWTVerifyGetKey;
  /** Throws a refusal when the issuer claims a bearer outside its remit. */
  authorise(claims: TokenClaims): void;
}

/** The refusal for a token whose `iss` names no configured issuer. */
export function unknownIssuer(iss: unknown) {
  return refuse(
    typeof iss === 'string' ? `unknown issuer ${quote(iss)}` : 'claim "iss" is missing',
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function vouchesProblem(vouchesFor: unknown): string | undefined {
  if (!Array.isArray(vouchesFor) || vouchesFor.length === 0)
    return `vouchesFor must list the country codes and/or "${SECRETARIAT_VOUCHEE}" this issuer may vouch for`;
  const bad = vouchesFor.filter(
    (v) => v !== SECRETARIAT_VOUCHEE && !(typeof v === 'string' && isCountryCode(v)),
  );
  if (bad.length > 0)
    return `vouchesFor: ${bad.map((v) => quote(v)).join(', ')} is not a country code or "${SECRETARIAT_VOUCHEE}"`;
  return undefined;
}

function authoriser(iss: string, vouchesFor: readonly Vouchee[]): TrustedIssuer['authorise'] {
  const allowed = new Set(vouchesFor);
  return (claims) => {
    const bearer = claims.role === 'secretariat' ? SECRETARIAT_VOUCHEE : claims.country;
    if (bearer === null || !allowed.has(bearer))
      throw refuse(
        `issuer ${quote(iss)} may not vouch for ${bearer === SECRETARIAT_VOUCHEE ? 'the secretariat' : `${claims.role === 'expert' ? 'experts' : 'officials'} of ${bearer}`}`,
      );
  };
}

type IssuerKey = Pick<TrustedIssuer, 'algorithms' | 'key'>;

/** An issuer's key source, or the problem with its configuration. */
function keyOf(
  iss: string,
  { jwksUrl, publicKeyPem }: IssuerKeys,
  jwksOptions: JwksOptions,
  log?: (message: string) => void,
): IssuerKey | string {
  if (iss.trim() === '') return 'the issuer name is empty';
  if ((jwksUrl === undefined) === (publicKeyPem === undefined))
    return 'give exactly one of jwksUrl and publicKeyPem';
  if (publicKeyPem !== undefined) {
    const pem = pemKey(publicKeyPem);
    return typeof pem === 'string' ? pem : { algorithms: [pem.alg], key: pem.key };
  }
  if (!isHttpUrl(jwksUrl!)) return 'jwksUrl must be an http(s) URL';
  // jose lets each JWKS key verify only the algorithm of its type (and its `alg`, if given).
  return { algorithms: ASYMMETRIC_ALGS, key: remoteKeys(iss, jwksUrl!, jwksOptions, log) };
}

/**
 * Every configured issuer. A Map, not the config object, answers lookups: an
 * `iss` of "__proto__" or "constructor" must find nothing. Every problem is reported at once.
 */
export function createTrustedIssuers(
  issuers: Record<string, IssuerKeys>,
  jwksOptions: JwksOptions,
  log?: (message: string) => void,
): Map<string, TrustedIssuer> {
  const problems: string[] = [];
  const trusted = new Map<string, TrustedIssuer>();
  for (const [iss, entry] of Object.entries(issuers)) {
    const key = keyOf(iss, entry, jwksOptions, log);
    const vouches = vouchesProblem(entry.vouchesFor);
    if (typeof key === 'string') problems.push(`issuer ${quote(iss)}: ${key}`);
    if (vouches !== undefined) problems.push(`issuer ${quote(iss)}: ${vouches}`);
    if (typeof key !== 'string' && vouches === undefined)
      trusted.set(iss, { ...key, authorise: authoriser(iss, entry.vouchesFor) });
  }
  if (Object.keys(issuers).length === 0) problems.push('keys mode needs at least one issuer');
  if (problems.length > 0) throw new ConfigError(problems);
  return trusted;
}
