import { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '@expertpool/shared';
import { CountryContext } from '../context';
import { countAuditWrite } from '../metrics';
import { AuditStore, NewAuditEntry } from '../store/audit-store';

/** The operation's name, or its root field names when it has none (e.g. `query { expert }`). */
export function operationLabel(
  name: string | null | undefined,
  operation: OperationDefinitionNode | undefined,
): string {
  if (name) return name.slice(0, 200);
  const fields = (operation?.selectionSet.selections ?? [])
    .filter((s) => s.kind === Kind.FIELD)
    .map((s) => s.name.value);
  return [...new Set(fields)].join(',') || 'anonymous';
}

/** The entry a request's releases make, or null when nothing went to a non-OWN caller. */
export function auditEntryFor(
  ctx: CountryContext,
  operation: string,
  at = new Date(),
): NewAuditEntry | null {
  const { caller, releases } = ctx;
  if (caller.audience === 'OWN' || releases.expertIds.size === 0) return null;
  return {
    at,
    subject: caller.subject,
    callerCountry: caller.country,
    role: caller.role,
    audience: caller.audience,
    purpose: caller.purpose,
    operation,
    expertIds: [...releases.expertIds].sort(),
    fields: [...releases.fields].sort(),
    requestId: ctx.requestId ?? null,
  };
}

export const AUDIT_FAILED_MESSAGE =
  'The release could not be recorded in the audit log, so nothing was released; try again later.';

/**
 * Appends one audit entry per operation that released expert data to a non-OWN caller, before
 * the response leaves. Fails closed: when the entry cannot be written, the answer is replaced by
 * an error (503) so no data leaves unrecorded, and the entry is logged for the operator.
 */
export function auditPlugin(
  fallback: AuditStore,
  logError: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): ApolloServerPlugin<CountryContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, operation, response }) {
          const entry = auditEntryFor(
            contextValue,
            operationLabel(contextValue.declaredOperation ?? operationName, operation),
          );
          if (!entry) return;
          try {
            await (contextValue.audit ?? fallback).append(entry);
            countAuditWrite(contextValue.store.country, 'ok');
          } catch (error) {
            countAuditWrite(contextValue.store.country, 'failed');
            logError(
              `AUDIT WRITE FAILED for ${entry.audience} caller ${entry.subject ?? '-'} (${entry.callerCountry ?? '-'}), ` +
                `operation ${entry.operation}, experts ${entry.expertIds.join(' ')}, fields ${entry.fields.join(' ')}:`,
              error,
            );
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [
                  {
                    message: AUDIT_FAILED_MESSAGE,
                    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
                  },
                ],
              };
            }
            response.http.status = 503;
          }
        },
      };
    },
  };
}
