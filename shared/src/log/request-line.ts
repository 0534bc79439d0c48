import { IncomingMessage } from 'node:http';
import { declaredOperationName, OPERATION_NAME_HEADER } from '../http/operation-name';
import { Logger } from './logger';
import { takeRequestId } from './request-id';
import { RequestScope } from './request-scope';

/** A request's scope as the HTTP front opens it: its id, and the operation the gateway named. */
export function openRequestScope(req: IncomingMessage): RequestScope {
  return {
    id: takeRequestId(req),
    started: performance.now(),
    // At a country the planner renamed the operation; the gateway passes the client's name on.
    operation: declaredOperationName(req.headers[OPERATION_NAME_HEADER]),
    errorCodes: new Set(),
    countries: new Map(),
  };
}

/**
 * The one line a request leaves in the log (docs/ARCHITECTURE.md §11.1). Labels and codes
 * only: no variables, no query text, no token, no caller; the operation name is the client's
 * label, kept to a GraphQL name.
 */
export function writeRequestLine(logger: Logger, scope: RequestScope, status: number): void {
  const line = {
    event: 'request',
    requestId: scope.id,
    operation: scope.operation ?? null,
    status,
    durationMs: Math.round((performance.now() - scope.started) * 10) / 10,
    ...(scope.errorCodes.size > 0 && { errors: [...scope.errorCodes].sort() }),
    ...(scope.countries.size > 0 && {
      countries: Object.fromEntries([...scope.countries].sort(([a], [b]) => (a < b ? -1 : 1))),
    }),
  };
  if (status >= 500) logger.warn(line, 'request failed');
  else logger.info(line, 'request');
}
