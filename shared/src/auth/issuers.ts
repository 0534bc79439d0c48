import { KeyObject, createPublicKey } from 'node:crypto';
import { ConfigError } from '../config';
import { JwksKeys, JwksOptions } from './jwks';
import { quote, refuse } from './refuse';
import { AsymmetricAlg, algForKey } from './signature';

/** Where an issuer's public keys come from: exactly one of a JWKS URL or one PEM public key. */
export interface IssuerKeys {
  jwksUrl?: string;
  publicKeyPem?: string;
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

/**
 * The key lookup of every configured issuer. A Map, not the config object, answers lookups: an
 * `iss` of "__proto__" or "constructor" must find nothing. Every problem is reported at once.
 */
export function createKeyLookups(
  issuers: Record<string, IssuerKeys>,
  jwksOptions: JwksOptions,
  now: () => number,
  log?: (message: string) => void,
): Map<string, KeyLookup> {
  const problems: string[] = [];
  const lookups = new Map<string, KeyLookup>();
  for (const [iss, { jwksUrl, publicKeyPem }] of Object.entries(issuers)) {
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
    if (typeof lookup === 'string') problems.push(`issuer ${quote(iss)}: ${lookup}`);
    else lookups.set(iss, lookup);
  }
  if (Object.keys(issuers).length === 0) problems.push('keys mode needs at least one issuer');
  if (problems.length > 0) throw new ConfigError(problems);
  return lookups;
}
