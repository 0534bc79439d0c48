import { JsonWebKey, KeyObject, createPublicKey } from 'node:crypto';
import { quote, refuse } from './refuse';
import { AsymmetricAlg, algForKey } from './signature';

export interface JwksOptions {
  /** How long a fetched key set is used before it is fetched again. */
  ttlMs: number;
  /** Least time between two fetches of one set: an unknown `kid` refetches at most this often. */
  minRefetchMs: number;
  /** Time limit for one fetch. */
  timeoutMs: number;
}

export const DEFAULT_JWKS_OPTIONS: JwksOptions = {
  ttlMs: 10 * 60_000,
  minRefetchMs: 30_000,
  timeoutMs: 5_000,
};

const MAX_JWKS_CHARS = 1 << 20;
const MAX_KEYS = 100;

interface UsableKey {
  kid: string | undefined;
  alg: AsymmetricAlg;
  key: KeyObject;
}

/** The signing keys of a JWKS document this project can use; others are skipped, not fatal. */
export function parseJwks(document: unknown): UsableKey[] {
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) throw new Error('the document has no "keys" array');
  const usable: UsableKey[] = [];
  for (const jwk of keys.slice(0, MAX_KEYS)) {
    if (jwk === null || typeof jwk !== 'object') continue;
    const { kid, use, alg, d } = jwk as Record<string, unknown>;
    if ((use !== undefined && use !== 'sig') || d !== undefined) continue;
    let key: KeyObject;
    try {
      key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
    } catch {
      continue;
    }
    const keyAlg = algForKey(key);
    if (keyAlg === undefined || (alg !== undefined && alg !== keyAlg)) continue;
    usable.push({ kid: typeof kid === 'string' ? kid : undefined, alg: keyAlg, key });
  }
  return usable;
}

/**
 * One issuer's JWKS, cached for `ttlMs`. A `kid` not in the cache refetches the set (key
 * rotation), at most once per `minRefetchMs` so forged kids cannot hammer the issuer; concurrent
 * requests share one fetch. A failed fetch keeps the keys already known.
 */
export class JwksKeys {
  private keys: UsableKey[] = [];
  private fetchedAt = -Infinity;
  private attemptedAt = -Infinity;
  private inflight: Promise<void> | undefined;

  constructor(
    private readonly issuer: string,
    private readonly url: string,
    private readonly options: JwksOptions,
    private readonly now: () => number,
    private readonly log?: (message: string) => void,
  ) {}

  async keyFor(kid: string | undefined, alg: AsymmetricAlg): Promise<KeyObject> {
    if (this.now() - this.fetchedAt >= this.options.ttlMs) await this.refresh();
    let key = this.find(kid, alg);
    if (key === undefined) {
      await this.refresh();
      key = this.find(kid, alg);
    }
    if (key !== undefined) return key;
    const issuer = quote(this.issuer);
    if (this.keys.length === 0)
      throw refuse(`the signing keys of issuer ${issuer} are unavailable`);
    if (kid === undefined)
      throw refuse(`header "kid" is missing and issuer ${issuer} has several ${alg} keys`);
    throw refuse(`issuer ${issuer} has no ${alg} key with kid ${quote(kid)}`);
  }

  private find(kid: string | undefined, alg: AsymmetricAlg): KeyObject | undefined {
    const candidates = this.keys.filter((k) => k.alg === alg);
    if (kid !== undefined) return candidates.find((k) => k.kid === kid)?.key;
    return candidates.length === 1 ? candidates[0].key : undefined;
  }

  private refresh(): Promise<void> {
    if (this.inflight !== undefined) return this.inflight;
    if (this.now() - this.attemptedAt < this.options.minRefetchMs) return Promise.resolve();
    this.attemptedAt = this.now();
    this.inflight = this.load()
      .then(
        (keys) => {
          this.keys = keys;
          this.fetchedAt = this.now();
        },
        (error: unknown) => {
          this.log?.(
            `JWKS of issuer ${quote(this.issuer)} could not be fetched: ${error instanceof Error ? error.message : String(error)}`,
          );
        },
      )
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }

  private async load(): Promise<UsableKey[]> {
    const response = await fetch(this.url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (text.length > MAX_JWKS_CHARS) throw new Error('the document is too large');
    return parseJwks(JSON.parse(text));
  }
}
