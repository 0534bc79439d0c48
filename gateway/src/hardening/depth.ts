import { Kind, SelectionSetNode } from 'graphql';
import { ResolvedOperation, isMetaField } from './fragments';
import { MAX_ANALYSIS_STEPS, Step, walk } from './walk';

export interface OperationDepth {
  /** How deeply fields nest, fragments flattened: `{ a { b } }` is 2. */
  fields: number;
  /** The longest chain of fragments spreading fragments: `{ ...A } fragment A on Query { ...B }` is 2. */
  fragments: number;
}

type Depths = readonly [fields: number, fragments: number];

const deepest = (values: readonly Depths[]): Depths =>
  values.reduce<Depths>((a, b) => [Math.max(a[0], b[0]), Math.max(a[1], b[1])], [0, 0]);

/**
 * How deeply an operation nests fields and fragments, walked iteratively (a chain of 3,000
 * fragments is measured and refused, not a stack overflow). Introspection meta-fields are left
 * out (the standard introspection query nests 15 deep); graphql-js's own
 * MaxIntrospectionDepthRule already refuses introspection that follows `__Type` cycles.
 */
export function operationDepth(
  { operation, fragments }: ResolvedOperation,
  maxSteps = MAX_ANALYSIS_STEPS,
): OperationDepth {
  /** A selection set: leaf fields (depth 1) counted in place, the rest as steps. */
  const setStep = (set: SelectionSetNode | undefined): Step<Depths> => {
    let leaf = 0;
    return {
      children: (spend) => {
        const steps: Step<Depths>[] = [];
        let leaves = 0;
        for (const selection of set?.selections ?? []) {
          switch (selection.kind) {
            case Kind.FIELD:
              if (isMetaField(selection.name.value)) break;
              if (!selection.selectionSet) leaves += 1;
              else
                steps.push({
                  children: () => [setStep(selection.selectionSet)],
                  combine: ([[f, s]]) => [f + 1, s],
                });
              break;
            case Kind.INLINE_FRAGMENT:
              steps.push(setStep(selection.selectionSet));
              break;
            case Kind.FRAGMENT_SPREAD: {
              const fragment = fragments.get(selection.name.value);
              // Unknown spreads are refused by validation before this runs.
              if (!fragment) break;
              steps.push({
                key: fragment.name.value,
                children: () => [setStep(fragment.selectionSet)],
                combine: ([[f, s]]) => [f, s + 1],
              });
              break;
            }
          }
        }
        if (leaves > 0) leaf = 1;
        spend(leaves);
        return steps;
      },
      combine: (values) => deepest([[leaf, 0], ...values]),
    };
  };
  const [fields, spreads] = walk(setStep(operation.selectionSet), [0, 0], maxSteps);
  return { fields, fragments: spreads };
}
