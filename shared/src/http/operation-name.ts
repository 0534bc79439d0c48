/**
 * The client's operation name, passed on by the gateway. Apollo's query planner renames the
 * operations it sends to subgraphs (`Dashboard__experts__0`), and a country's audit log should
 * name the operation the official actually ran. It is a label the client chose, never a
 * credential: nothing is decided from it.
 */
export const OPERATION_NAME_HEADER = 'x-operation-name';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,199}$/;

/** The header's value when it is a GraphQL operation name, else undefined (ignored). */
export function declaredOperationName(
  value: string | readonly string[] | undefined,
): string | undefined {
  return typeof value === 'string' && GRAPHQL_NAME.test(value) ? value : undefined;
}
