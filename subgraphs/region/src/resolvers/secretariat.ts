import { ErrorCode, appError } from '@expertpool/shared';
import { RegionContext } from '../context';
import { ChangeAuthor } from '../programme';

/**
 * Only the ACCSM secretariat changes programmes (docs/ARCHITECTURE.md §6.1): no token is
 * UNAUTHENTICATED, any other role FORBIDDEN. The author a change records is the verified token's
 * subject and issuer, never anything else the request says.
 */
export function requireSecretariat(ctx: RegionContext, action: string): ChangeAuthor {
  const { claims } = ctx.identity;
  if (claims === null)
    throw appError(
      ErrorCode.UNAUTHENTICATED,
      `To ${action}, send a secretariat token (Authorization: Bearer ...).`,
    );
  if (claims.role !== 'secretariat')
    throw appError(
      ErrorCode.FORBIDDEN,
      `Only the ACCSM secretariat may ${action}; this token is a ${claims.role} of ${claims.country}.`,
    );
  return { subject: claims.sub, issuer: claims.iss };
}
