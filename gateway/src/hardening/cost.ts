import {
  GraphQLNamedType,
  GraphQLSchema,
  Kind,
  SelectionSetNode,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import { ResolvedOperation, isMetaField } from './fragments';
import { requestedPageSize } from './page-size';

export const DEFAULT_LIST_SIZE = 20;

/**
 * A static upper bound on the work an operation asks for, before anything runs: every selected
 * field costs 1, and a list multiplies the cost of its sub-selection by how many items it can
 * return: its own `first`, else the `first` of the connection it belongs to (`experts(first: 50)
 * { edges { … } }`), else `defaultListSize`. Fragments count where they are spread; a selection
 * on several types (an interface's fragments) counts them all, which over-estimates, never under.
 * Introspection meta-fields are free.
 */
export function operationCost(
  schema: GraphQLSchema,
  { operation, fragments }: ResolvedOperation,
  variables: Record<string, unknown>,
  defaultListSize = DEFAULT_LIST_SIZE,
): number {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const selectionCost = (
    parent: GraphQLNamedType | undefined,
    set: SelectionSetNode,
    pageSize: number | undefined,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          if (isMetaField(selection.name.value)) break;
          const def =
            isObjectType(parent) || isInterfaceType(parent)
              ? parent.getFields()[selection.name.value]
              : undefined;
          if (!def) {
            total += 1; // refused by validation before this runs
            break;
          }
          const first = requestedPageSize(def, selection, variables);
          const list = isListType(getNullableType(def.type));
          // A connection's `first` sizes the lists directly under it (its edges).
          const childPageSize = !list && first !== undefined ? first : undefined;
          const inner = selection.selectionSet
            ? selectionCost(getNamedType(def.type), selection.selectionSet, childPageSize)
            : 0;
          const items = list ? Math.max(0, first ?? pageSize ?? defaultListSize) : 1;
          total += 1 + items * inner;
          break;
        }
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          total += selectionCost(type, selection.selectionSet, pageSize);
          break;
        }
        case Kind.FRAGMENT_SPREAD:
          total += fragmentCost(selection.name.value, pageSize);
          break;
      }
    }
    return total;
  };

  // Memoised per (fragment, inherited page size): a fragment spread many times is walked once.
  const fragmentCost = (name: string, pageSize: number | undefined): number => {
    const key = `${name}|${pageSize ?? ''}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(key)) return 0;
    visiting.add(key);
    const cost = selectionCost(
      schema.getType(fragment.typeCondition.name.value),
      fragment.selectionSet,
      pageSize,
    );
    visiting.delete(key);
    memo.set(key, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return selectionCost(root ?? undefined, operation.selectionSet, undefined);
}
