import { Kind, SelectionSetNode } from 'graphql';
import { ResolvedOperation, isMetaField } from './fragments';

/**
 * How deeply an operation nests fields, fragments flattened: `{ a { b } }` is 2. Introspection
 * meta-fields are left out (the standard introspection query nests 15 deep); graphql-js's own
 * MaxIntrospectionDepthRule already refuses introspection that follows `__Type` cycles.
 */
export function operationDepth({ operation, fragments }: ResolvedOperation): number {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const selectionDepth = (set: SelectionSetNode | undefined): number => {
    let max = 0;
    for (const selection of set?.selections ?? []) {
      switch (selection.kind) {
        case Kind.FIELD:
          if (!isMetaField(selection.name.value))
            max = Math.max(max, 1 + selectionDepth(selection.selectionSet));
          break;
        case Kind.INLINE_FRAGMENT:
          max = Math.max(max, selectionDepth(selection.selectionSet));
          break;
        case Kind.FRAGMENT_SPREAD:
          max = Math.max(max, fragmentDepth(selection.name.value));
          break;
      }
    }
    return max;
  };

  const fragmentDepth = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown and cyclic spreads are refused by validation before this runs; count them as nothing.
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const depth = selectionDepth(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, depth);
    return depth;
  };

  return selectionDepth(operation.selectionSet);
}
