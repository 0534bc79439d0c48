import {
  ConstDirectiveNode,
  DefinitionNode,
  DocumentNode,
  Kind,
  SelectionSetNode,
  parse,
  valueFromASTUntyped,
} from 'graphql';

/** `@listSize` on a field (GraphQL cost directive specification). */
export interface ListSize {
  assumedSize?: number;
  slicingArguments?: readonly string[];
  sizedFields?: readonly string[];
  requireOneSlicingArgument: boolean;
}

export interface FieldCost {
  /** `@cost(weight:)` on the field. */
  weight?: number;
  listSize?: ListSize;
  /** The field's `@requires` selection (from the supergraph's `@join__field`): fetched for it, so counted with it. */
  requires?: SelectionSetNode;
}

/**
 * The demand-control declarations of a supergraph, by schema coordinate: fields `Type.field`,
 * arguments `Type.field(arg:)`, input fields `Input.field`, types `Type`.
 */
export interface CostDirectives {
  fields: ReadonlyMap<string, FieldCost>;
  arguments: ReadonlyMap<string, number>;
  inputFields: ReadonlyMap<string, number>;
  types: ReadonlyMap<string, number>;
}

export const NO_COST_DIRECTIVES: CostDirectives = {
  fields: new Map(),
  arguments: new Map(),
  inputFields: new Map(),
  types: new Map(),
};

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v\d+\.\d+$/;
const JOIN_SPEC = /^https:\/\/specs\.apollo\.dev\/join\/v\d+\.\d+$/;

const argsOf = (directive: ConstDirectiveNode): Record<string, unknown> =>
  Object.fromEntries(
    (directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]),
  );

/**
 * The names a linked spec's directives have in this schema, as the core-schema `@link`
 * specification gives them: an imported directive keeps its name (or takes its `as`), the one
 * named like the spec is `@<link name>`, every other is `@<link name>__<name>`.
 */
function linkedNames(document: DocumentNode, spec: RegExp, directives: readonly string[]) {
  for (const def of document.definitions) {
    if (def.kind !== Kind.SCHEMA_DEFINITION && def.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of def.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = argsOf(link);
      if (typeof args.url !== 'string' || !spec.test(args.url)) continue;
      const specName = args.url.split('/').at(-2)!;
      const linkName = typeof args.as === 'string' ? args.as : specName;
      const imports = new Map<string, string>();
      for (const entry of Array.isArray(args.import) ? (args.import as unknown[]) : []) {
        if (typeof entry === 'string') imports.set(entry, entry);
        else if (entry && typeof entry === 'object') {
          const { name, as } = entry as { name?: unknown; as?: unknown };
          if (typeof name === 'string') imports.set(name, typeof as === 'string' ? as : name);
        }
      }
      return Object.fromEntries(
        directives.map((d) => {
          const imported = imports.get(`@${d}`);
          if (imported) return [d, imported.slice(1)];
          return [d, d === specName ? linkName : `${linkName}__${d}`];
        }),
      ) as Record<string, string>;
    }
  }
  return undefined;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;

/**
 * Reads `@cost` and `@listSize` from a supergraph SDL, where Federation 2.9 composes them from
 * the subgraphs under their `@link`ed names; a supergraph without the cost spec declares none.
 */
export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const document = parse(supergraphSdl);
  const names = linkedNames(document, COST_SPEC, ['cost', 'listSize']);
  const join = linkedNames(document, JOIN_SPEC, ['field']);
  const fields = new Map<string, FieldCost>();
  const args = new Map<string, number>();
  const inputFields = new Map<string, number>();
  const types = new Map<string, number>();

  const weightOf = (directives: readonly ConstDirectiveNode[] | undefined) => {
    if (!names) return undefined;
    const weight = directives?.find((d) => d.name.value === names.cost);
    const value = weight && argsOf(weight).weight;
    return isInt(value) ? value : undefined;
  };
  const listSizeOf = (directives: readonly ConstDirectiveNode[] | undefined) => {
    const found = names && directives?.find((d) => d.name.value === names.listSize);
    if (!found) return undefined;
    const a = argsOf(found);
    const listSize: ListSize = {
      assumedSize: isInt(a.assumedSize) ? a.assumedSize : undefined,
      slicingArguments: strings(a.slicingArguments),
      sizedFields: strings(a.sizedFields),
      // The directive's default.
      requireOneSlicingArgument: a.requireOneSlicingArgument !== false,
    };
    return listSize;
  };
  const requiresOf = (directives: readonly ConstDirectiveNode[] | undefined) => {
    for (const d of directives ?? []) {
      if (!join || d.name.value !== join.field) continue;
      const fieldSet = argsOf(d).requires;
      if (typeof fieldSet !== 'string') continue;
      const op = parse(`{ ${fieldSet} }`).definitions[0];
      if (op.kind === Kind.OPERATION_DEFINITION) return op.selectionSet;
    }
    return undefined;
  };

  const visit = (def: DefinitionNode) => {
    switch (def.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
        for (const field of def.fields ?? []) {
          const coordinate = `${def.name.value}.${field.name.value}`;
          const cost: FieldCost = {
            weight: weightOf(field.directives),
            listSize: listSizeOf(field.directives),
            requires: requiresOf(field.directives),
          };
          if (cost.weight !== undefined || cost.listSize || cost.requires)
            fields.set(coordinate, cost);
          for (const arg of field.arguments ?? []) {
            const weight = weightOf(arg.directives);
            if (weight !== undefined) args.set(`${coordinate}(${arg.name.value}:)`, weight);
          }
        }
        break;
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
        for (const field of def.fields ?? []) {
          const weight = weightOf(field.directives);
          if (weight !== undefined)
            inputFields.set(`${def.name.value}.${field.name.value}`, weight);
        }
        break;
      default:
        break;
    }
    if (
      def.kind === Kind.OBJECT_TYPE_DEFINITION ||
      def.kind === Kind.SCALAR_TYPE_DEFINITION ||
      def.kind === Kind.ENUM_TYPE_DEFINITION
    ) {
      const weight = weightOf(def.directives);
      if (weight !== undefined) types.set(def.name.value, weight);
    }
  };
  document.definitions.forEach(visit);
  return { fields, arguments: args, inputFields, types };
}
