import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { ErrorCode } from '@expertpool/shared';
import { operationCost } from './cost';
import { operationDepth } from './depth';
import { findBadPageSize } from './first-limit';
import { resolveOperation } from './fragments';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** The largest `first` any field may ask for. */
  maxFirst: number;
  /** Items a list without `first` is assumed to return. */
  defaultListSize: number;
}

/** Refused requests are the client's fault: 400, not Apollo's default 500 for plugin errors. */
const refuse = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code, http: { status: 400 } } });

/** Variables as execution will see them; the raw ones when they do not coerce (execution refuses those). */
function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw ?? {});
  return result.coerced ?? raw ?? {};
}

/** Depth, page size and static cost of one operation against `limits`; the error to refuse it with, if any. */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): GraphQLError | undefined {
  const resolved = resolveOperation(document, operationName);
  const depth = operationDepth(resolved);
  if (depth > limits.maxDepth) {
    return refuse(
      ErrorCode.QUERY_TOO_COMPLEX,
      `Query depth ${depth} exceeds the limit of ${limits.maxDepth}.`,
      { depth, maxDepth: limits.maxDepth },
    );
  }
  const variables = coercedVariables(schema, resolved.operation, rawVariables);
  const badPage = findBadPageSize(schema, document, variables, limits.maxFirst);
  if (badPage) {
    // Worded as the countries word it.
    return refuse(
      ErrorCode.BAD_USER_INPUT,
      `first must be from 0 to ${limits.maxFirst} (got ${badPage.first} on ${badPage.field}).`,
      { field: 'first' },
    );
  }
  const cost = operationCost(schema, resolved, variables, limits.defaultListSize);
  if (cost > limits.maxCost) {
    return refuse(
      ErrorCode.QUERY_TOO_COMPLEX,
      `Query cost ${cost} exceeds the limit of ${limits.maxCost}.`,
      { cost, maxCost: limits.maxCost },
    );
  }
  return undefined;
}

/**
 * An Apollo plugin refusing operations over the limits once they are parsed and validated, before
 * a query plan runs, against the gateway's own (composed) schema.
 */
export function queryLimitsPlugin<C extends BaseContext>(
  limits: QueryLimits,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const error = checkQueryLimits(
            schema,
            document,
            operationName,
            request.variables,
            limits,
          );
          if (error) throw error;
        },
      };
    },
  };
}
