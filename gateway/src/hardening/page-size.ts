import { FieldNode, GraphQLField } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/** The argument that sizes a page, on list fields and connections alike. */
export const PAGE_ARGUMENT = 'first';

/**
 * The `first` a field is asked with (a literal, a variable, or the schema's default), or
 * undefined when the field has no such argument or its value cannot be coerced (execution then
 * reports the bad value itself).
 */
export function requestedPageSize(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | undefined {
  if (!field.args.some((arg) => arg.name === PAGE_ARGUMENT)) return undefined;
  try {
    const value = getArgumentValues(field, node, variables)[PAGE_ARGUMENT];
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}
