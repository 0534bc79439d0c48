import { Redis } from 'ioredis';
import type { Logger } from '@expertpool/shared';

/** REDIS_URL's host and port for log lines: never its password. */
export function redisHost(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || '6379'}`;
}

/**
 * One connection to the Redis the gateway replicas share budgets through. Commands never queue
 * while it is down (the budgets use their memory insurance instead, redis-budgets.ts), it
 * reconnects by itself, and each outage is logged once when it starts and once when it ends.
 */
export function connectRedis(url: string, log: Logger): { redis: Redis; close(): void } {
  const where = redisHost(url);
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Back off to one attempt every 2 s while Redis is away.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let down = false;
  let closing = false;
  const warn = (why: string) => {
    if (down || closing) return;
    down = true;
    log.warn(
      { event: 'redis_unreachable', redis: where, reason: why },
      `REDIS_URL (${where}) cannot be reached (${why}); rate and cost budgets are this replica's own until it returns`,
    );
  };
  // A connection refused at start-up is an 'error'; one lost later is a 'close' first.
  redis.on('error', (error: Error) => warn(error.message));
  redis.on('close', () => warn('the connection closed'));
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log.info(
      { event: 'redis_reachable', redis: where },
      `REDIS_URL (${where}) reached again; rate and cost budgets are shared`,
    );
  });
  return {
    redis,
    close() {
      closing = true;
      redis.disconnect();
    },
  };
}
