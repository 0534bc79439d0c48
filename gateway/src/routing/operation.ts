import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionNode,
  VariableDefinitionNode,
  print,
  visit,
} from 'graphql';
import { FieldKind, FieldKinds } from './field-kinds';
import { CONNECTION, COVERAGE_FIELD } from './merge-contract';
import { Fragments, responseKey } from './selection';

/** One root field of a subgraph operation, ready to be sent on its own. */
export interface RootFieldPlan {
  responseKey: string;
  /** The field as the gateway's planner asked for it (what the client's answer is shaped by). */
  field: FieldNode;
  definition: GraphQLField<unknown, unknown> | undefined;
  kind: FieldKind | undefined;
  /** The operation holding only this field, rewritten for fan-outs; printed once per plan. */
  query: string;
  variableNames: string[];
  /** The field printed without its alias: equal for the same call under several aliases. */
  shape: string;
}

export type OperationPlan =
  | { type: 'entities' }
  | { type: 'fields'; operation: OperationTypeNode; fields: RootFieldPlan[]; fragments: Fragments };

/** The variable that carries one country's own position (`afterKey`) in a merged connection. */
export const AFTER_VARIABLE = '__ep_after';
/** The variable that carries the region's search statistics to every country. */
export const STATISTICS_VARIABLE = '__ep_statistics';

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

const field = (fieldName: string, alias?: string, selections: FieldNode[] = []): FieldNode => ({
  kind: Kind.FIELD,
  name: name(fieldName),
  alias: alias === undefined ? undefined : name(alias),
  selectionSet: selections.length > 0 ? { kind: Kind.SELECTION_SET, selections } : undefined,
});

/** Whether `coverage` is asked at this level, directly or through fragments. */
function asksCoverage(selections: readonly SelectionNode[], fragments: Fragments): boolean {
  return selections.some((s) =>
    s.kind === Kind.FIELD
      ? s.name.value === COVERAGE_FIELD
      : asksCoverage(
          (s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value))?.selectionSet
            .selections ?? [],
          fragments,
        ),
  );
}

/**
 * The field's own level without `coverage`: coverage is the gateway's view of the countries
 * (docs/ARCHITECTURE.md §4), so no country is asked for it. A named fragment that holds it is
 * inlined without it; the others stay as they are.
 */
function withoutCoverage(
  selections: readonly SelectionNode[],
  fragments: Fragments,
): SelectionNode[] {
  return selections.flatMap((s): SelectionNode[] => {
    if (s.kind === Kind.FIELD) return s.name.value === COVERAGE_FIELD ? [] : [s];
    const inner = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
    if (!inner || !asksCoverage(inner.selectionSet.selections, fragments)) return [s];
    const kept = withoutCoverage(inner.selectionSet.selections, fragments);
    if (kept.length === 0) return [];
    return [
      {
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: inner.typeCondition,
        directives: s.directives,
        selectionSet: { kind: Kind.SELECTION_SET, selections: kept },
      },
    ];
  });
}

/** Whether a connection ranks with the region's statistics (merge-contract.ts). */
export function takesStatistics(definition: GraphQLField<unknown, unknown> | undefined): boolean {
  return definition?.args.some((a) => a.name === CONNECTION.statistics) ?? false;
}

/**
 * A merged connection needs each country's order keys and totals even when the client did not
 * ask for them; they ride along under reserved aliases. The client's `after` (a global cursor)
 * is read by the gateway and replaced by `afterKey`, each country's own position.
 */
function rewriteConnection(
  node: FieldNode,
  selections: SelectionNode[],
  takesStatistics: boolean,
): FieldNode {
  const args = (node.arguments ?? []).filter(
    (a) => a.name.value !== CONNECTION.after && a.name.value !== CONNECTION.statistics,
  );
  args.push({
    kind: Kind.ARGUMENT,
    name: name(CONNECTION.afterKey),
    value: { kind: Kind.VARIABLE, name: name(AFTER_VARIABLE) },
  });
  if (takesStatistics)
    args.push({
      kind: Kind.ARGUMENT,
      name: name(CONNECTION.statistics),
      value: { kind: Kind.VARIABLE, name: name(STATISTICS_VARIABLE) },
    });
  const key = ['number', 'text', 'id'].map((f) => field(f));
  const extra = [
    field(CONNECTION.edges, '__ep_edges', [field(CONNECTION.orderKey, '__ep_key', key)]),
    field(CONNECTION.pageInfo, '__ep_page', [field(CONNECTION.hasNextPage, '__ep_next')]),
    field(CONNECTION.totalCount, '__ep_total'),
  ];
  return {
    ...node,
    arguments: args,
    selectionSet: { kind: Kind.SELECTION_SET, selections: [...selections, ...extra] },
  };
}

function rewriteFanout(
  node: FieldNode,
  kind: FieldKind | undefined,
  definition: GraphQLField<unknown, unknown> | undefined,
  fragments: Fragments,
): FieldNode {
  if (kind?.kind !== 'fanout' || !node.selectionSet) return node;
  const selections = withoutCoverage(node.selectionSet.selections, fragments);
  if (kind.merge === 'CONNECTION')
    return rewriteConnection(node, selections, takesStatistics(definition));
  // A SUM asked only for coverage still needs one field to be valid GraphQL.
  const kept = selections.length > 0 ? selections : [field('__typename')];
  return { ...node, selectionSet: { kind: Kind.SELECTION_SET, selections: kept } };
}

function usedNames(
  node: FieldNode,
  fragments: Fragments,
): { variables: Set<string>; fragments: Set<string> } {
  const variables = new Set<string>();
  const used = new Set<string>();
  const walk = (n: FieldNode | FragmentDefinitionNode) =>
    visit(n, {
      Variable: (v) => void variables.add(v.name.value),
      FragmentSpread: (s) => {
        if (used.has(s.name.value)) return;
        used.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment);
      },
    });
  walk(node);
  return { variables, fragments: used };
}

function singleFieldQuery(
  op: OperationDefinitionNode,
  node: FieldNode,
  fragments: Fragments,
): { query: string; variableNames: string[] } {
  const used = usedNames(node, fragments);
  const defs: VariableDefinitionNode[] = (op.variableDefinitions ?? []).filter((d) =>
    used.variables.has(d.variable.name.value),
  );
  for (const [variable, type] of [
    [AFTER_VARIABLE, CONNECTION.afterKeyType],
    [STATISTICS_VARIABLE, CONNECTION.statisticsType],
  ]) {
    if (!used.variables.has(variable)) continue;
    defs.push({
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: name(variable) },
      type: { kind: Kind.NAMED_TYPE, name: name(type) },
    });
  }
  const doc: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...op,
        variableDefinitions: defs,
        selectionSet: { kind: Kind.SELECTION_SET, selections: [node] },
      },
      ...[...used.fragments].flatMap((n) => (fragments.has(n) ? [fragments.get(n)!] : [])),
    ],
  };
  return {
    query: print(doc),
    variableNames: [...used.variables],
  };
}

/**
 * Splits a subgraph operation into independently routable root fields. It works on the document
 * the gateway's planner already parsed; each field's operation is printed once, when the plan is
 * made, and plans are cached by the data source.
 */
export function planOperation(
  doc: DocumentNode,
  schema: GraphQLSchema,
  kinds: FieldKinds,
): OperationPlan {
  const ops = doc.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (ops.length !== 1) throw new Error('a subgraph request must hold exactly one operation');
  const op = ops[0];
  const fragments: Fragments = new Map(
    doc.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const rootFields = op.selectionSet.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD,
  );
  if (rootFields.some((f) => f.name.value === '_entities')) return { type: 'entities' };

  const mutation = op.operation === OperationTypeNode.MUTATION;
  const rootType = mutation ? schema.getMutationType() : schema.getQueryType();
  const typeName = rootType?.name ?? (mutation ? 'Mutation' : 'Query');
  const fields = rootFields.map((node): RootFieldPlan => {
    const kind = kinds.get(`${typeName}.${node.name.value}`);
    const definition = rootType?.getFields()[node.name.value];
    return {
      responseKey: responseKey(node),
      field: node,
      definition,
      kind,
      shape: print({ ...node, alias: undefined }),
      ...singleFieldQuery(op, rewriteFanout(node, kind, definition, fragments), fragments),
    };
  });
  return { type: 'fields', operation: op.operation, fields, fragments };
}
