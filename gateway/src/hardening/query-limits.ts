import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { RefusedLimit, countRefusal } from '../metrics';
import { getVariableValues } from 'graphql/execution/values';
import { ErrorCode } from '@expertpool/shared';
import { ClientContext } from './client';
import { CostModel, CostRefusal, FanoutWidth, operationCost } from './cost';
import { BudgetFactory } from './budgets';
import { CostBudgets, createCostCharge } from './cost-budget';
import { CostDirectives, NO_COST_DIRECTIVES, readCostDirectives } from './cost-directives';
import { operationDepth } from './depth';
import { LimitCache } from './limit-cache';
import { findBadPageSize } from './first-limit';
import { resolveOperation } from './fragments';
import { WalkLimitError } from './walk';

export interface QueryLimits {
  maxDepth: number;
  /** The longest chain of fragments spreading fragments. */
  maxFragmentDepth: number;
  maxCost: number;
  /** The largest `first` any field may ask for. */
  maxFirst: number;
  /** Items a list without `@listSize` is assumed to hold. */
  assumedListSize: number;
}

export interface DemandControl {
  limits: QueryLimits;
  /** Cost units a minute per address and per token. */
  budgets: CostBudgets;
  /** The countries a `@fanout` field reaches (registry mode); none in plain mode. */
  fanout?: FanoutWidth;
  /** What the fan-out width reads (the routing view): a new value whenever the countries change. */
  fanoutState?: () => unknown;
  /** Where the budgets live: this replica's memory (default) or Redis (budgets.ts). */
  budgetStore?: BudgetFactory;
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

export type LimitCheck =
  | { ok: true; cost: number }
  /** `limit` names the limit for the refusal counter (docs/ARCHITECTURE.md §11.3). */
  | { ok: false; error: GraphQLError; limit: RefusedLimit };

/** Depth, page size and estimated cost of one operation against `limits`; its cost, or the error to refuse it with. */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | undefined,
  limits: QueryLimits,
  model: CostModel,
): LimitCheck {
  const refused = (error: GraphQLError, limit: RefusedLimit): LimitCheck => ({
    ok: false,
    error,
    limit,
  });
  try {
    const resolved = resolveOperation(document, operationName);
    const depth = operationDepth(resolved);
    if (depth.fragments > limits.maxFragmentDepth) {
      return refused(
        refuse(
          ErrorCode.QUERY_TOO_COMPLEX,
          `Fragments spread fragments ${depth.fragments} deep, beyond the limit of ${limits.maxFragmentDepth}.`,
          { fragmentDepth: depth.fragments, maxFragmentDepth: limits.maxFragmentDepth },
        ),
        'fragment_depth',
      );
    }
    if (depth.fields > limits.maxDepth) {
      return refused(
        refuse(
          ErrorCode.QUERY_TOO_COMPLEX,
          `Query depth ${depth.fields} exceeds the limit of ${limits.maxDepth}.`,
          { depth: depth.fields, maxDepth: limits.maxDepth },
        ),
        'depth',
      );
    }
    const variables = coercedVariables(schema, resolved.operation, rawVariables);
    const badPage = findBadPageSize(schema, document, variables, limits.maxFirst);
    if (badPage) {
      // Worded as the countries word it.
      return refused(
        refuse(
          ErrorCode.BAD_USER_INPUT,
          `first must be from 0 to ${limits.maxFirst} (got ${badPage.first} on ${badPage.field}).`,
          { field: 'first' },
        ),
        'page_size',
      );
    }
    const cost = operationCost(schema, resolved, variables, model);
    if (cost > limits.maxCost) {
      // An estimate beyond any number JSON carries is reported as the largest exact one.
      const shown = Math.min(cost, Number.MAX_SAFE_INTEGER);
      return refused(
        refuse(
          ErrorCode.QUERY_TOO_COMPLEX,
          `Query cost ${shown} exceeds the limit of ${limits.maxCost}.`,
          { cost: shown, maxCost: limits.maxCost },
        ),
        'cost',
      );
    }
    return { ok: true, cost };
  } catch (error) {
    if (error instanceof CostRefusal) return refused(refuse(error.code, error.message), 'cost');
    if (error instanceof WalkLimitError)
      return refused(
        refuse(
          ErrorCode.QUERY_TOO_COMPLEX,
          `The operation is too large to analyse (more than ${error.maxSteps} selections and fragment uses).`,
        ),
        'size',
      );
    throw error;
  }
}

/**
 * Demand control as an Apollo plugin: once an operation is parsed and validated, before a query
 * plan runs, it is measured against the gateway's (composed) schema and the cost declarations of
 * the supergraph it serves (`@cost`, `@listSize`, read again whenever the supergraph changes),
 * refused over the limits, and its cost charged to the client's budgets (429 over them).
 */
export function queryLimitsPlugin<C extends BaseContext & ClientContext>(
  control: DemandControl,
): ApolloServerPlugin<C> {
  let directives: CostDirectives = NO_COST_DIRECTIVES;
  const charge = createCostCharge(control.budgets, control.budgetStore);
  const cache = new LimitCache();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          directives = coreSupergraphSdl
            ? readCostDirectives(coreSupergraphSdl)
            : NO_COST_DIRECTIVES;
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          const model: CostModel = {
            directives,
            assumedListSize: control.limits.assumedListSize,
            fanout: control.fanout,
          };
          const check = cache.cost(
            document,
            operationName,
            request.variables,
            [schema, directives, control.fanoutState?.()],
            () =>
              checkQueryLimits(
                schema,
                document,
                operationName,
                request.variables,
                control.limits,
                model,
              ),
          );
          if (!check.ok) {
            countRefusal(check.limit);
            throw check.error;
          }
          const overBudget = await charge?.(contextValue.client, check.cost);
          if (overBudget) {
            countRefusal('cost_budget');
            throw overBudget;
          }
        },
      };
    },
  };
}
