import { GraphQLError, GraphQLFormattedError, getArgumentValues, getNamedType } from 'graphql';
import { ErrorCode } from '@expertpool/shared';
import { CountryAnswer, SubRequest } from './country-client';
import { FieldKind } from './field-kinds';
import { OperationPlan, RootFieldPlan } from './operation';

/** One root field's part of the answer: its value and its errors, with paths from the field. */
export type FieldResult = { value: unknown; errors: GraphQLFormattedError[] };
export type FieldsPlan = Extract<OperationPlan, { type: 'fields' }>;
/** Asks one country, with the request's forwarded headers. */
export type Send = (country: string, request: SubRequest) => Promise<CountryAnswer>;

/** One root field with its arguments resolved against the request's variables. */
export interface FieldCall {
  field: RootFieldPlan;
  /** How the field is routed (its @fanout or @routeBy). */
  kind: FieldKind;
  args: Record<string, unknown>;
  variables: Record<string, unknown>;
  typeName: string;
}

/**
 * The call of a routed root field: its arguments, and only the variables its own sub-request
 * uses. A field without @fanout or @routeBy is the schema's bug, not the caller's.
 */
export function fieldCall(field: RootFieldPlan, variables: Record<string, unknown>): FieldCall {
  if (!field.definition || !field.kind) {
    throw new GraphQLError(
      `The experts subgraph declares no routing (@fanout or @routeBy) for ${field.field.name.value}.`,
      { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
    );
  }
  return {
    field,
    kind: field.kind,
    args: getArgumentValues(field.definition, field.field, variables),
    variables: Object.fromEntries(
      field.variableNames.filter((n) => n in variables).map((n) => [n, variables[n]]),
    ),
    typeName: getNamedType(field.definition.type).name,
  };
}

/**
 * A root field that failed as a whole: null with one error at its path. A GraphQLError keeps its
 * message and code; anything else is a bug, reported to `log` and answered in general words.
 */
export function failedField(
  error: unknown,
  responseKey: string,
  log: (error: unknown) => void,
): FieldResult {
  if (!(error instanceof GraphQLError)) log(error);
  const e =
    error instanceof GraphQLError
      ? error
      : new GraphQLError('Internal server error.', {
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        });
  return {
    value: null,
    errors: [
      {
        message: e.message,
        path: [responseKey],
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...e.extensions },
      },
    ],
  };
}
