import { IncomingHttpHeaders } from 'node:http';
import { Purpose } from '../expert';
import { TokenClaims } from './claims';
import { resolvePurpose } from './audience';
import { TokenVerifier } from './verify';

/**
 * Who sent a request, as far as its credentials prove: verified claims (null: PUBLIC) and the
 * purpose the token grants, narrowed by `x-purpose` where the token allows (resolvePurpose).
 * `ANY` means the request has no particular purpose.
 */
export interface RequestIdentity {
  claims: TokenClaims | null;
  purpose: Purpose;
}

/** The public caller: no token, so no purpose. */
export const PUBLIC_IDENTITY: RequestIdentity = Object.freeze({ claims: null, purpose: 'ANY' });

/**
 * Verifies a request's `Authorization` header and resolves its purpose (the token's, which an
 * `x-purpose` header may only narrow). Throws UNAUTHENTICATED for a refused token and BAD_USER_INPUT
 * for a bad purpose; nothing else in a request is trusted about who sent it.
 */
export async function identify(
  verifier: TokenVerifier,
  headers: IncomingHttpHeaders,
): Promise<RequestIdentity> {
  const authorization = Array.isArray(headers.authorization)
    ? headers.authorization.join(', ')
    : headers.authorization;
  const claims = await verifier.verify(authorization);
  return { claims, purpose: resolvePurpose(claims, headers['x-purpose']) };
}
