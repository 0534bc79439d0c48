import { Admission, TokenBuckets } from './token-bucket';

/**
 * Budgets per key (a client address, a token hash) of `perMinute` units: requests, or estimated
 * cost. In this replica's memory, or shared by every gateway replica through Redis
 * (redis-budgets.ts) so that two replicas behind a load balancer do not double each limit
 * (docs/ARCHITECTURE.md §11.5).
 */
export interface Budgets {
  /** Takes `amount` from `key`'s budget, or takes nothing and says when it would fit. */
  take(key: string, amount: number): Promise<Admission>;
  /** Returns what an earlier `take` took: a request charged to two budgets pays both or neither. */
  giveBack(key: string, amount: number): Promise<void>;
}

/** Makes the budget called `name` (e.g. `rate:address`) of `perMinute` units. */
export type BudgetFactory = (name: string, perMinute: number) => Budgets;

/** Budgets in this replica's memory (token-bucket.ts): the default without REDIS_URL. */
export function memoryBudgets(now?: () => number): BudgetFactory {
  return (_name, perMinute) => {
    const buckets = new TokenBuckets({ perMinute, now });
    return {
      take: async (key, amount) => buckets.take(key, amount),
      giveBack: async (key, amount) => buckets.giveBack(key, amount),
    };
  };
}

export type { Admission };
