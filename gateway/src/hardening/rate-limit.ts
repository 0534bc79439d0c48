import { createHash } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { ErrorCode, HttpError } from '@expertpool/shared';
import { Admission, TokenBuckets } from './token-bucket';

export interface RateLimits {
  /** Requests a minute per client address; 0 disables. */
  perAddress: number;
  /** Requests a minute per bearer token (Authorization header); 0 disables. */
  perToken: number;
}

const tokenKey = (authorization: string) =>
  createHash('sha256').update(authorization).digest('base64url');

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
 * The gateway's guard in front of Apollo: token buckets per client address (the socket's, never a
 * forwardable header) and per token (a hash of the Authorization header, so no token is kept in
 * memory). Loopback is not exempt. Over a limit: 429 with Retry-After.
 */
export function createRateLimitGuard(
  limits: RateLimits,
  now?: () => number,
): ((req: IncomingMessage) => HttpError | undefined) | undefined {
  const byAddress =
    limits.perAddress > 0 ? new TokenBuckets({ perMinute: limits.perAddress, now }) : undefined;
  const byToken =
    limits.perToken > 0 ? new TokenBuckets({ perMinute: limits.perToken, now }) : undefined;
  if (!byAddress && !byToken) return undefined;
  return (req) => {
    if (byAddress) {
      const admission = byAddress.take(req.socket.remoteAddress ?? 'unknown');
      if (!admission.ok) return refusal(admission, 'from this address');
    }
    const authorization = req.headers.authorization;
    if (byToken && authorization) {
      const admission = byToken.take(tokenKey(authorization));
      if (!admission.ok) return refusal(admission, 'with this token');
    }
    return undefined;
  };
}
