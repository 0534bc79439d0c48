import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@expertpool/shared';
import { Client } from './client';
import { BudgetFactory, Budgets, memoryBudgets } from './budgets';

export interface CostBudgets {
  /** Cost units a minute per client address; 0 disables. */
  perAddress: number;
  /** Cost units a minute per bearer token; 0 disables. */
  perToken: number;
}

/** Charges a request's estimated cost to its client; the 429 to refuse it with, if over budget. */
export type CostCharge = (
  client: Client | undefined,
  cost: number,
) => Promise<GraphQLError | undefined>;

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
export function createCostCharge(
  budgets: CostBudgets,
  factory: BudgetFactory = memoryBudgets(),
): CostCharge | undefined {
  const byAddress =
    budgets.perAddress > 0 ? factory('cost:address', budgets.perAddress) : undefined;
  const byToken = budgets.perToken > 0 ? factory('cost:token', budgets.perToken) : undefined;
  if (!byAddress && !byToken) return undefined;
  return async (client, cost) => {
    if (!client || cost <= 0) return undefined;
    const charges: [Budgets, string, string][] = [];
    if (byAddress) charges.push([byAddress, client.address, 'from this address']);
    if (byToken && client.token) charges.push([byToken, client.token, 'with this token']);
    const taken: [Budgets, string][] = [];
    for (const [budget, key, what] of charges) {
      const admission = await budget.take(key, cost);
      if (!admission.ok) {
        for (const [paid, paidKey] of taken) await paid.giveBack(paidKey, cost);
        return refusal(what, cost, admission.retryAfterSeconds);
      }
      taken.push([budget, key]);
    }
    return undefined;
  };
}
