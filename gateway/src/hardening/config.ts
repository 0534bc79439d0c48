import { EnvReader, MAX_PAGE_SIZE } from '@expertpool/shared';
import { DEFAULT_ASSUMED_LIST_SIZE } from './cost';
import { CostBudgets } from './cost-budget';
import { QueryLimits } from './query-limits';
import { RateLimits } from './rate-limit';

export interface DemandControlConfig {
  queryLimits: QueryLimits;
  /** Requests a minute per client address and per token (0 disables). */
  rateLimits: RateLimits;
  /** Estimated cost units a minute per client address and per token (0 disables). */
  costBudgets: CostBudgets;
  /** REDIS_URL: the Redis every replica shares its budgets through; unset: each its own memory. */
  redisUrl?: string;
}

function redisUrlProblem(value: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(value);
    if ((protocol === 'redis:' || protocol === 'rediss:') && hostname !== '') return undefined;
  } catch {
    // reported below
  }
  return `REDIS_URL must be a redis:// or rediss:// URL with a host, e.g. redis://redis.internal:6379 (got "${value.replace(/\/\/[^@/]*@/, '//…@')}")`;
}

/** The gateway's demand-control variables (README, "Hardening"); every bad one reported by name. */
export function readDemandControl(r: EnvReader): DemandControlConfig {
  const maxCost = r.int('MAX_COST', 50_000, 1, 1_000_000_000);
  const budget = (name: string, fallback: number) => {
    const value = r.int(name, fallback, 0, 1_000_000_000_000);
    // A request the budget could never admit would be refused with a Retry-After that lies.
    r.check(
      value === 0 || value >= maxCost,
      `${name} must be 0 (off) or at least MAX_COST (${maxCost}), so a request within MAX_COST can be admitted (got ${value})`,
    );
    return value;
  };
  const redisUrl = r.optional('REDIS_URL') || undefined;
  const redisProblem = redisUrl === undefined ? undefined : redisUrlProblem(redisUrl);
  r.check(redisProblem === undefined, redisProblem ?? '');
  return {
    redisUrl,
    queryLimits: {
      maxDepth: r.int('MAX_DEPTH', 12, 1, 1000),
      maxFragmentDepth: r.int('MAX_FRAGMENT_DEPTH', 50, 1, 1000),
      maxCost,
      maxFirst: MAX_PAGE_SIZE,
      assumedListSize: r.int('ASSUMED_LIST_SIZE', DEFAULT_ASSUMED_LIST_SIZE, 0, 10_000),
    },
    rateLimits: {
      perAddress: r.int('RATE_LIMIT_PER_ADDRESS', 1200, 0, 10_000_000),
      perToken: r.int('RATE_LIMIT_PER_TOKEN', 600, 0, 10_000_000),
    },
    costBudgets: {
      perAddress: budget('COST_PER_MINUTE_PER_ADDRESS', 1_000_000),
      perToken: budget('COST_PER_MINUTE_PER_TOKEN', 500_000),
    },
  };
}
