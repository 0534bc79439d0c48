import { KeyObject, createHmac, timingSafeEqual, verify } from 'node:crypto';

/** The asymmetric algorithms accepted from identity providers (keys mode). */
export const ASYMMETRIC_ALGS = ['RS256', 'ES256'] as const;
export type AsymmetricAlg = (typeof ASYMMETRIC_ALGS)[number];

export function isAsymmetricAlg(alg: string): alg is AsymmetricAlg {
  return (ASYMMETRIC_ALGS as readonly string[]).includes(alg);
}

/** HS256 check in constant time (the signature's length is public). */
export function hmacMatches(key: KeyObject, signingInput: string, signature: Buffer): boolean {
  const expected = createHmac('sha256', key).update(signingInput).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected);
}

/**
 * The one algorithm a public key may verify: RSA of at least 2048 bits signs RS256, a P-256 key
 * signs ES256; anything else (secret or private keys, RSA-PSS, other curves) is not accepted.
 * Binding the algorithm to the key, not to the token's header, is what stops algorithm confusion.
 */
export function algForKey(key: KeyObject): AsymmetricAlg | undefined {
  if (key.type !== 'public') return undefined;
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'rsa' && (details?.modulusLength ?? 0) >= 2048) return 'RS256';
  if (key.asymmetricKeyType === 'ec' && details?.namedCurve === 'prime256v1') return 'ES256';
  return undefined;
}

/** RS256 (RSASSA-PKCS1-v1_5, SHA-256) or ES256 (ECDSA P-256, SHA-256, 64-byte r||s) signature check. */
export function signatureMatches(
  alg: AsymmetricAlg,
  key: KeyObject,
  signingInput: string,
  signature: Buffer,
): boolean {
  if (algForKey(key) !== alg) return false;
  const data = Buffer.from(signingInput, 'utf8');
  if (alg === 'ES256')
    return (
      signature.length === 64 &&
      verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature)
    );
  return verify('sha256', data, key, signature);
}
