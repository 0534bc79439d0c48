import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@expertpool/shared';
import { Client } from './client';
import { TokenBuckets } from './token-bucket';

export interface CostBudgets {
  /** Cost units a minute per client address; 0 disables. */
  perAddress: number;
  /** Cost units a minute per bearer token; 0 disables. */
  perToken: number;
}

/** Charges a request's estimated cost to its client; the 429 to refuse it with, if over budget. */
export type CostCharge = (client: Client | undefined, cost: number) => GraphQLError | undefined;

const refusal = (what: string, cost: number, retryAfterSeconds: number) =>
  new GraphQLError(
    `Too much query cost ${what}: this request costs ${cost}; retry after ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        cost,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );

/**
 * Budgets of estimated cost a minute per address and per token, beside the request counts
 * (rate-limit.ts): a client may send many cheap requests or a few costly ones. A request is
 * charged to both buckets or to neither, so a refusal by one does not spend the other.
 */
export function createCostCharge(budgets: CostBudgets, now?: () => number): CostCharge | undefined {
  const byAddress =
    budgets.perAddress > 0 ? new TokenBuckets({ perMinute: budgets.perAddress, now }) : undefined;
  const byToken =
    budgets.perToken > 0 ? new TokenBuckets({ perMinute: budgets.perToken, now }) : undefined;
  if (!byAddress && !byToken) return undefined;
  return (client, cost) => {
    if (!client || cost <= 0) return undefined;
    const charges: [TokenBuckets, string, string][] = [];
    if (byAddress) charges.push([byAddress, client.address, 'from this address']);
    if (byToken && client.token) charges.push([byToken, client.token, 'with this token']);
    for (const [buckets, key, what] of charges) {
      const wait = buckets.secondsUntil(key, cost);
      if (wait > 0) return refusal(what, cost, wait);
    }
    for (const [buckets, key] of charges) buckets.take(key, cost);
    return undefined;
  };
}
