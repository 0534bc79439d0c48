import { KeyObject, createPublicKey } from 'node:crypto';
import { type CryptoKey, importSPKI } from 'jose';

/** The asymmetric algorithms accepted from identity providers (keys mode). */
export const ASYMMETRIC_ALGS = ['RS256', 'ES256'] as const;
export type AsymmetricAlg = (typeof ASYMMETRIC_ALGS)[number];

/** One issuer's PEM public key and the one algorithm it verifies. */
export interface PemKey {
  alg: AsymmetricAlg;
  /** The key as jose imported it, bound to `alg`; imported on first use. */
  key(): Promise<CryptoKey>;
}

/**
 * RSA of at least 2048 bits signs RS256, a P-256 key signs ES256; anything else (RSA-PSS, other
 * curves) is not accepted. Binding the algorithm to the key, not to the token's header, is what
 * stops algorithm confusion.
 */
function algForKey(key: KeyObject): AsymmetricAlg | undefined {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'rsa' && (details?.modulusLength ?? 0) >= 2048) return 'RS256';
  if (key.asymmetricKeyType === 'ec' && details?.namedCurve === 'prime256v1') return 'ES256';
  return undefined;
}

/**
 * A PEM public key, checked now so that a bad one stops the service at start-up (jose imports
 * asynchronously). Returns a problem text when it is unusable.
 */
export function pemKey(pem: string): PemKey | string {
  if (/PRIVATE KEY/.test(pem)) return 'publicKeyPem is a private key; give the public key';
  let parsed: KeyObject;
  try {
    parsed = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    return 'publicKeyPem is not a PEM public key';
  }
  const alg = algForKey(parsed);
  if (alg === undefined) return 'publicKeyPem must be an RSA key of 2048+ bits or an EC P-256 key';
  // importSPKI wants the SubjectPublicKeyInfo form; a PKCS#1 "RSA PUBLIC KEY" is converted.
  const spki = parsed.export({ format: 'pem', type: 'spki' }).toString();
  let imported: Promise<CryptoKey> | undefined;
  return { alg, key: () => (imported ??= importSPKI(spki, alg)) };
}
