import { GraphQLFormattedError } from 'graphql';
import { RootFieldPlan } from './operation';

/*
 * Identical root calls under several aliases are asked of the countries once (issue 9, finding
 * 1; docs/ARCHITECTURE.md §4.3): these say which calls are identical and how a shared result's
 * errors read under each alias.
 */

/** What makes two root fields the same call: field, arguments and selection, not the alias. */
export function callKey(field: RootFieldPlan, variables: Record<string, unknown>): string {
  return `${field.shape}|${JSON.stringify(field.variableNames.map((n) => variables[n]))}`;
}

/** An error of a coalesced call, as the alias that shares it would have had it. */
export function underKey(
  error: GraphQLFormattedError,
  ranAs: string,
  responseKey: string,
): GraphQLFormattedError {
  if (ranAs === responseKey || error.path?.[0] !== ranAs) return error;
  return { ...error, path: [responseKey, ...error.path.slice(1)] };
}
