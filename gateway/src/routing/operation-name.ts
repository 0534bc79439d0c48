import { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { OPERATION_NAME_HEADER, declaredOperationName } from '@expertpool/shared';

/** `x-operation-name` with the client's own operation name, for the countries' audit logs. */
export function operationNameHeader(
  options: GraphQLDataSourceProcessOptions<object>,
): Record<string, string> {
  // Only client operations carry an incoming request (not health checks or schema loading);
  // @apollo/gateway does not export the request-kind enum, so the shape decides.
  if (!('incomingRequestContext' in options)) return {};
  const { operationName, request } = options.incomingRequestContext;
  // The name Apollo resolved from the document, else the one the client sent.
  const name = declaredOperationName(operationName ?? request.operationName ?? undefined);
  return name === undefined ? {} : { [OPERATION_NAME_HEADER]: name };
}
