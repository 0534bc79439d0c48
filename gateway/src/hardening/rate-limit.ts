import { IncomingMessage } from 'node:http';
import { ErrorCode, HttpError } from '@expertpool/shared';
import { countRefusal } from '../metrics';
import { ClientResolver, clientResolver } from './client';
import { Admission, BudgetFactory, memoryBudgets } from './budgets';

export interface RateLimits {
  /** Requests a minute per client address; 0 disables. */
  perAddress: number;
  /** Requests a minute per bearer token (Authorization header); 0 disables. */
  perToken: number;
}

function refusal(admission: Admission & { ok: false }, what: string): HttpError {
  return new HttpError(
    429,
    ErrorCode.RATE_LIMITED,
    `Too many requests ${what}; retry after ${admission.retryAfterSeconds} s.`,
    {
      'retry-after': String(admission.retryAfterSeconds),
    },
  );
}

/**
 * The gateway's guard in front of Apollo: request budgets per client address and per token
 * (client.ts), in memory or shared by the replicas (budgets.ts). Loopback is not exempt. Over a
 * limit: 429 with Retry-After. What each request may cost is budgeted once it is parsed
 * (cost-budget.ts).
 */
export function createRateLimitGuard(
  limits: RateLimits,
  budgets: BudgetFactory = memoryBudgets(),
  clientOf: ClientResolver = clientResolver(),
): ((req: IncomingMessage) => Promise<HttpError | undefined>) | undefined {
  const byAddress = limits.perAddress > 0 ? budgets('rate:address', limits.perAddress) : undefined;
  const byToken = limits.perToken > 0 ? budgets('rate:token', limits.perToken) : undefined;
  if (!byAddress && !byToken) return undefined;
  return async (req) => {
    const client = clientOf(req);
    if (byAddress) {
      const admission = await byAddress.take(client.address, 1);
      if (!admission.ok) {
        countRefusal('rate_address');
        return refusal(admission, 'from this address');
      }
    }
    if (byToken && client.token) {
      const admission = await byToken.take(client.token, 1);
      if (!admission.ok) {
        countRefusal('rate_token');
        return refusal(admission, 'with this token');
      }
    }
    return undefined;
  };
}
