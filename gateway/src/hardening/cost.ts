import {
  FieldNode,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLSkipDirective,
  Kind,
  SelectionNode,
  SelectionSetNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import { getArgumentValues, getDirectiveValues } from 'graphql/execution/values';
import { ErrorCode } from '@expertpool/shared';
import { argumentsCost } from './cost-arguments';
import { CostDirectives, FieldCost, ListSize } from './cost-directives';
import { ResolvedOperation, isMetaField } from './fragments';
import { MAX_ANALYSIS_STEPS, Step, walk } from './walk';

/** Items a list without `@listSize` is assumed to hold, unless ASSUMED_LIST_SIZE says otherwise. */
export const DEFAULT_ASSUMED_LIST_SIZE = 10;

/** What a mutation costs before its fields: each one writes (the specification's and Apollo's 10). */
const MUTATION_COST = 10;

/**
 * How many times a root field runs for one request: the number of countries a `@fanout` field
 * reaches, 1 for every other field and in plain mode.
 */
export type FanoutWidth = (coordinate: string, args: Record<string, unknown>) => number;

export interface CostModel {
  directives: CostDirectives;
  /** Items a list without `@listSize` is assumed to hold. */
  assumedListSize: number;
  fanout?: FanoutWidth;
}

/** An operation the cost analysis refuses outright (a `@listSize` requirement not met). */
export class CostRefusal extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
  }
}

/** What a field's `@listSize` says about the lists under it: their size, when they are sized fields. */
interface Sizing {
  size: number | undefined;
  sizedFields: ReadonlySet<string>;
}

const included = (node: FieldNode, variables: Record<string, unknown>): boolean =>
  getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
  getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

function coercedArguments(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  if (def.args.length === 0) return {};
  try {
    return getArgumentValues(def, node, variables);
  } catch {
    return {}; // execution reports the bad value itself
  }
}

/**
 * The size `@listSize` gives a field's list: the largest slicing argument given (else its
 * default), else `assumedSize`. With `requireOneSlicingArgument` (the default) exactly one slicing
 * argument must have a value.
 */
function listSizeOf(
  listSize: ListSize,
  coordinate: string,
  def: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number | undefined {
  const sizes: number[] = [];
  for (const name of listSize.slicingArguments ?? []) {
    const arg = def.args.find((a) => a.name === name);
    const value = typeof args[name] === 'number' ? args[name] : arg?.defaultValue;
    if (typeof value === 'number') sizes.push(Math.max(0, value));
  }
  if (listSize.slicingArguments?.length && listSize.requireOneSlicingArgument) {
    if (sizes.length !== 1)
      throw new CostRefusal(
        `${coordinate} needs exactly one of ${listSize.slicingArguments.join(', ')} (got ${sizes.length}).`,
        ErrorCode.BAD_USER_INPUT,
      );
  }
  return sizes.length > 0 ? Math.max(...sizes) : listSize.assumedSize;
}

/** What the walk needs of a field definition, worked out once per (type, field) and walk. */
interface FieldInfo {
  def: GraphQLField<unknown, unknown>;
  coordinate: string;
  declared: FieldCost | undefined;
  type: GraphQLNamedType;
  list: boolean;
  typeCost: number;
}

/**
 * The estimated cost of an operation before anything runs, by the GraphQL cost directive
 * specification as Apollo implements it (docs/ARCHITECTURE.md §5.4): an object, interface or
 * union costs 1 (scalars and enums 0) unless `@cost(weight:)` says otherwise; a list multiplies
 * the cost of each item by its size (from `@listSize`: the slicing argument, the size its parent
 * gives its `sizedFields`, or `assumedSize`; else `assumedListSize`); arguments and `@requires`
 * selections add theirs; a mutation adds 10. A `@fanout` (root) field costs that times the
 * countries it reaches. Fragments count where they are spread, each (fragment, sizing) walked
 * once; a selection on several types counts them all (an upper bound). Introspection is free.
 */
export function operationCost(
  schema: GraphQLSchema,
  { operation, fragments }: ResolvedOperation,
  variables: Record<string, unknown>,
  model: CostModel,
  maxSteps = MAX_ANALYSIS_STEPS,
): number {
  const { directives } = model;
  const root = schema.getRootType(operation.operation) ?? undefined;
  const infos = new Map<GraphQLNamedType, Map<string, FieldInfo | undefined>>();

  const infoOf = (parent: GraphQLNamedType, name: string): FieldInfo | undefined => {
    let byName = infos.get(parent);
    if (!byName) infos.set(parent, (byName = new Map()));
    if (byName.has(name)) return byName.get(name);
    const def =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    let info: FieldInfo | undefined;
    if (def) {
      const coordinate = `${parent.name}.${def.name}`;
      const declared = directives.fields.get(coordinate);
      const type = getNamedType(def.type);
      info = {
        def,
        coordinate,
        declared,
        type,
        list: isListType(getNullableType(def.type)),
        typeCost:
          declared?.weight ?? directives.types.get(type.name) ?? (isCompositeType(type) ? 1 : 0),
      };
    }
    byName.set(name, info);
    return info;
  };

  /** A selection set: leaf fields counted in place, the rest as steps. */
  const setStep = (
    set: SelectionSetNode | undefined,
    parent: GraphQLNamedType | undefined,
    sizing: Sizing | undefined,
  ): Step<number> => {
    let leaves = 0;
    return {
      children: (spend) => {
        const steps: Step<number>[] = [];
        let counted = 0;
        for (const selection of set?.selections ?? []) {
          const step = selectionStep(selection, parent, sizing);
          if (typeof step === 'number') {
            leaves += step;
            counted += 1;
          } else if (step) steps.push(step);
        }
        spend(counted);
        return steps;
      },
      combine: (values) => values.reduce((a, b) => a + b, leaves),
    };
  };

  const selectionStep = (
    selection: SelectionNode,
    parent: GraphQLNamedType | undefined,
    sizing: Sizing | undefined,
  ): Step<number> | number | undefined => {
    switch (selection.kind) {
      case Kind.FIELD:
        return fieldStep(selection, parent, sizing);
      case Kind.INLINE_FRAGMENT:
        return setStep(
          selection.selectionSet,
          selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent,
          sizing,
        );
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) return undefined; // refused by validation before this runs
        const inner = setStep(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value),
          sizing,
        );
        const sized = sizing ? `${sizing.size}:${[...sizing.sizedFields].join(',')}` : '';
        return { ...inner, key: `${fragment.name.value}|${sized}` };
      }
    }
  };

  /** A field: its cost when it is a leaf (no selection, nothing required), else a step. */
  const fieldStep = (
    node: FieldNode,
    parent: GraphQLNamedType | undefined,
    sizing: Sizing | undefined,
  ): Step<number> | number | undefined => {
    if (isMetaField(node.name.value) || !parent) return undefined;
    if (node.directives?.length && !included(node, variables)) return undefined;
    const info = infoOf(parent, node.name.value);
    if (!info) return undefined; // refused by validation before this runs
    const { def, coordinate, declared, type, typeCost } = info;
    const needsArgs =
      (node.arguments?.length ?? 0) > 0 ||
      (declared?.listSize?.slicingArguments?.length ?? 0) > 0 ||
      (parent === root && model.fanout !== undefined);
    const args = needsArgs ? coercedArguments(def, node, variables) : {};
    const ownSize = declared?.listSize && listSizeOf(declared.listSize, coordinate, def, args);
    const items = !info.list
      ? 1
      : ((sizing?.sizedFields.has(def.name) ? sizing.size : undefined) ??
        ownSize ??
        model.assumedListSize);
    const fixed = node.arguments?.length
      ? argumentsCost(directives, coordinate, def, node, args)
      : 0;
    const width = parent === root ? (model.fanout?.(coordinate, args) ?? 1) : 1;
    if (!node.selectionSet && !declared?.requires) return width * (items * typeCost + fixed);
    const childSizing: Sizing | undefined = declared?.listSize?.sizedFields?.length
      ? { size: ownSize, sizedFields: new Set(declared.listSize.sizedFields) }
      : undefined;
    return {
      children: () => [
        setStep(node.selectionSet, type, childSizing),
        ...(declared?.requires ? [setStep(declared.requires, parent, childSizing)] : []),
      ],
      combine: ([selection, requires = 0]) =>
        width * (items * (typeCost + selection) + fixed + requires),
    };
  };

  const base = operation.operation === 'mutation' ? MUTATION_COST : 0;
  return base + walk(setStep(operation.selectionSet, root, undefined), 0, maxSteps);
}
