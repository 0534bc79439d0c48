import { KeyObject, createPublicKey } from 'node:crypto';
import { ConfigError } from '../config';
import { isCountryCode } from '../countries';
import { TokenClaims } from './claims';
import { JwksKeys, JwksOptions } from './jwks';
import { quote, refuse } from './refuse';
import { AsymmetricAlg, algForKey } from './signature';

/** What a token's issuer may assert about its bearer: officials of these countries, or the secretariat. */
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

/** A configured issuer: its key lookup and the bearers it may vouch for. */
export interface TrustedIssuer {
  lookup: KeyLookup;
  /** Throws a refusal when the issuer claims a bearer outside its remit. */
  authorise(claims: TokenClaims): void;
}

/** Finds the key for a token's `kid` and `alg`, or throws a refusal. */
export type KeyLookup = (kid: string | undefined, alg: AsymmetricAlg) => Promise<KeyObject>;

/** One PEM key: its type fixes the one algorithm the issuer may use. Returns a problem text on failure. */
function pemLookup(iss: string, pem: string): KeyLookup | string {
  if (/PRIVATE KEY/.test(pem)) return 'publicKeyPem is a private key; give the public key';
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    return 'publicKeyPem is not a PEM public key';
  }
  const keyAlg = algForKey(key);
  if (keyAlg === undefined)
    return 'publicKeyPem must be an RSA key of 2048+ bits or an EC P-256 key';
  return async (_kid, alg) => {
    if (alg !== keyAlg) throw refuse(`issuer ${quote(iss)} signs with ${keyAlg}, not ${alg}`);
    return key;
  };
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
        `issuer ${quote(iss)} may not vouch for ${bearer === SECRETARIAT_VOUCHEE ? 'the secretariat' : `officials of ${bearer}`}`,
      );
  };
}

/**
 * Every configured issuer. A Map, not the config object, answers lookups: an
 * `iss` of "__proto__" or "constructor" must find nothing. Every problem is reported at once.
 */
export function createTrustedIssuers(
  issuers: Record<string, IssuerKeys>,
  jwksOptions: JwksOptions,
  now: () => number,
  log?: (message: string) => void,
): Map<string, TrustedIssuer> {
  const problems: string[] = [];
  const trusted = new Map<string, TrustedIssuer>();
  for (const [iss, { jwksUrl, publicKeyPem, vouchesFor }] of Object.entries(issuers)) {
    let lookup: KeyLookup | string;
    if (iss.trim() === '') lookup = 'the issuer name is empty';
    else if ((jwksUrl === undefined) === (publicKeyPem === undefined))
      lookup = 'give exactly one of jwksUrl and publicKeyPem';
    else if (publicKeyPem !== undefined) lookup = pemLookup(iss, publicKeyPem);
    else if (!isHttpUrl(jwksUrl!)) lookup = 'jwksUrl must be an http(s) URL';
    else {
      const jwks = new JwksKeys(iss, jwksUrl!, jwksOptions, now, log);
      lookup = (kid, alg) => jwks.keyFor(kid, alg);
    }
    const vouches = vouchesProblem(vouchesFor);
    if (typeof lookup === 'string') problems.push(`issuer ${quote(iss)}: ${lookup}`);
    if (vouches !== undefined) problems.push(`issuer ${quote(iss)}: ${vouches}`);
    if (typeof lookup !== 'string' && vouches === undefined)
      trusted.set(iss, { lookup, authorise: authoriser(iss, vouchesFor) });
  }
  if (Object.keys(issuers).length === 0) problems.push('keys mode needs at least one issuer');
  if (problems.length > 0) throw new ConfigError(problems);
  return trusted;
}
