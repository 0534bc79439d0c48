import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { BudgetFactory } from './budgets';

const WINDOW_SECONDS = 60;

/**
 * Budgets every gateway replica shares through one Redis (REDIS_URL), with rate-limiter-flexible:
 * an atomic counter per key and fixed minute, in Redis's own script, so two replicas behind a
 * load balancer admit what one would (docs/ARCHITECTURE.md §11.5). While Redis cannot be
 * reached each replica falls back to a budget of the same size in its own memory (the library's
 * insurance limiter) instead of refusing everyone or admitting everything; `redis-link.ts` logs
 * the outage.
 *
 * A fixed minute, not the memory budgets' continuously refilled bucket: it is what one atomic
 * Redis call can keep, and a client may at most spend two minutes' worth across a boundary.
 */
export function redisBudgets(redis: Redis, prefix: string): BudgetFactory {
  return (name, perMinute) => {
    const limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:${name}`,
      points: perMinute,
      duration: WINDOW_SECONDS,
      // Not ready (connecting, down): the insurance at once, never a request waiting on Redis.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points: perMinute, duration: WINDOW_SECONDS }),
    });
    return {
      async take(key, amount) {
        try {
          await limiter.consume(key, amount);
          return { ok: true };
        } catch (refused) {
          if (!(refused instanceof RateLimiterRes)) throw refused;
          // A refused consume still counted its points; a refusal must take nothing.
          await limiter.reward(key, amount).catch(() => undefined);
          return {
            ok: false,
            retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)),
          };
        }
      },
      async giveBack(key, amount) {
        await limiter.reward(key, amount).catch(() => undefined);
      },
    };
  };
}
