/**
 * Token buckets per key (a client address, a token hash): `perMinute` units (requests, or cost
 * units) in a burst, refilled continuously at `perMinute` a minute. Memory is bounded: buckets are kept in least-recently-used
 * order, those idle long enough to be full again are dropped (a full bucket is the same as none),
 * and beyond `maxKeys` the least recently used go first.
 */
export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export interface TokenBucketOptions {
  perMinute: number;
  maxKeys?: number;
  now?: () => number;
}

const MINUTE_MS = 60_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly perMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: TokenBucketOptions) {
    if (!(options.perMinute > 0)) throw new Error('perMinute must be positive');
    this.capacity = options.perMinute;
    this.perMs = options.perMinute / MINUTE_MS;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Takes `amount` tokens for `key`, or takes none and says how many whole seconds until that
   * many are available. An amount above `perMinute` can never be taken.
   */
  take(key: string, amount = 1): Admission {
    const now = this.now();
    this.evictIdle(now);
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.perMs)
      : this.capacity;
    // Re-insert: the map's order is least recently used first.
    this.buckets.delete(key);
    if (tokens < amount) {
      this.buckets.set(key, { tokens, at: now });
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((amount - tokens) / this.perMs / 1000)),
      };
    }
    this.buckets.set(key, { tokens: tokens - amount, at: now });
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return { ok: true };
  }

  /** Puts back `amount` tokens taken earlier (never above a full bucket). */
  giveBack(key: string, amount: number): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.capacity, bucket.tokens + amount);
  }

  get size(): number {
    return this.buckets.size;
  }

  private evictIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      // Stop at the first bucket still refilling: amortised O(1) per request; the ones behind it go
      // when they reach the front, or by maxKeys.
      if (bucket.tokens + (now - bucket.at) * this.perMs < this.capacity) return;
      this.buckets.delete(key);
    }
  }
}
