import { ErrorCode, appError } from '@expertpool/shared';
import { CountryContext } from '../context';
import { countAuditWrite } from '../metrics';

export const OWN_WRITE_FAILED_MESSAGE =
  'Your change could not be recorded in the audit log, so it was not made; try again later.';

/**
 * An expert's own change, in the audit log for the stewards (docs/ARCHITECTURE.md §6.8): which
 * fields, never their values; the expert named by the record's id alone, so an erasure leaves
 * nothing personal behind. Written BEFORE the change, and fail-closed like a release (§6.6):
 * when the entry cannot be written the change is not made, so no change goes unrecorded. A
 * change that then fails leaves an entry of an attempt, never a change without one.
 */
export async function auditOwnWrite(
  ctx: CountryContext,
  expertId: string,
  operation: string,
  fields: readonly string[],
): Promise<void> {
  if (!ctx.audit) return;
  try {
    await ctx.audit.append({
      kind: 'WRITE',
      at: new Date(),
      subject: null,
      callerCountry: ctx.caller.country,
      role: 'expert',
      audience: 'OWN',
      purpose: ctx.caller.purpose,
      operation,
      expertIds: [expertId],
      fields: [...fields].sort(),
      requestId: ctx.requestId ?? null,
    });
    countAuditWrite(ctx.store.country, 'ok');
  } catch {
    countAuditWrite(ctx.store.country, 'failed');
    throw appError(ErrorCode.INTERNAL_SERVER_ERROR, OWN_WRITE_FAILED_MESSAGE);
  }
}
