import {
  DocumentNode,
  FieldNode,
  GraphQLField,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  VariableDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';
import { FieldKind, FieldKinds } from './field-kinds';
import { Fragments, responseKey } from './selection';

/** One root field of a subgraph operation, ready to be sent on its own. */
export interface RootFieldPlan {
  responseKey: string;
  field: FieldNode;
  definition: GraphQLField<unknown, unknown> | undefined;
  kind: FieldKind | undefined;
  /** The operation holding only this field (rewritten for CONNECTION merges). */
  query: string;
  variableNames: string[];
}

export type OperationPlan =
  | { type: 'entities'; query: string }
  | { type: 'fields'; operation: OperationTypeNode; fields: RootFieldPlan[]; fragments: Fragments };

export const AFTER_VARIABLE = '__ep_after';

const field = (name: string, alias: string, selections: FieldNode[] = []): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  alias: { kind: Kind.NAME, value: alias },
  selectionSet: selections.length > 0 ? { kind: Kind.SELECTION_SET, selections } : undefined,
});

/**
 * For a merged connection each country must return its sort keys and totals even when the
 * client did not ask for them; they ride along under reserved aliases, and `after` becomes a
 * per-country variable (each country continues from its own position).
 */
function rewriteConnection(node: FieldNode): FieldNode {
  const args = (node.arguments ?? []).filter((a) => a.name.value !== 'after');
  args.push({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'after' },
    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } },
  });
  const extra = [
    field('edges', '__ep_edges', [field('cursor', '__ep_cursor')]),
    field('pageInfo', '__ep_page', [field('hasNextPage', '__ep_next')]),
    field('totalCount', '__ep_total'),
  ];
  return {
    ...node,
    arguments: args,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [...(node.selectionSet?.selections ?? []), ...extra],
    },
  };
}

function usedNames(
  node: FieldNode,
  fragments: Fragments,
): { variables: Set<string>; fragments: Set<string> } {
  const variables = new Set<string>();
  const used = new Set<string>();
  const walk = (n: FieldNode | DocumentNode | import('graphql').FragmentDefinitionNode) =>
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
  if (used.variables.has(AFTER_VARIABLE)) {
    defs.push({
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } },
      type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
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
      ...[...used.fragments].flatMap((name) => (fragments.has(name) ? [fragments.get(name)!] : [])),
    ],
  };
  return { query: print(doc), variableNames: [...used.variables] };
}

/** Splits a subgraph operation into independently routable root fields. */
export function planOperation(
  query: string,
  schema: GraphQLSchema,
  kinds: FieldKinds,
): OperationPlan {
  const doc = parse(query);
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
  if (rootFields.some((f) => f.name.value === '_entities')) return { type: 'entities', query };

  const rootType =
    op.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  const typeName =
    rootType?.name ?? (op.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query');
  const fields = rootFields.map((node) => {
    const kind = kinds.get(`${typeName}.${node.name.value}`);
    const rewritten =
      kind?.kind === 'fanout' && kind.merge === 'CONNECTION' ? rewriteConnection(node) : node;
    return {
      responseKey: responseKey(node),
      field: node,
      definition: rootType?.getFields()[node.name.value],
      kind,
      ...singleFieldQuery(op, rewritten, fragments),
    };
  });
  return { type: 'fields', operation: op.operation, fields, fragments };
}
