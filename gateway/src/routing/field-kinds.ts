import {
  ConstDirectiveNode,
  DocumentNode,
  Kind,
  ObjectTypeDefinitionNode,
  ObjectTypeExtensionNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * How the gateway routes the `experts` subgraph, read from the routing directives in that
 * subgraph's schema: each root field (`@fanout(merge: ...)`, `@routeBy(arg: ...)`), and each
 * entity type's `_entities` representations (`@routeBy(arg: ...)` on the type: the key field
 * whose value names the owner).
 */
export type FieldKind =
  { kind: 'fanout'; merge: 'CONNECTION' | 'SUM' } | { kind: 'routeBy'; arg: string };

/** Key: "Query.experts" for a field, the type's name ("Expert") for an entity type. */
export type FieldKinds = Map<string, FieldKind>;

function kindOf(directive: ConstDirectiveNode): FieldKind | undefined {
  const args = Object.fromEntries(
    (directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]),
  );
  if (directive.name.value === 'fanout' && (args.merge === 'CONNECTION' || args.merge === 'SUM'))
    return { kind: 'fanout', merge: args.merge };
  if (directive.name.value === 'routeBy' && typeof args.arg === 'string')
    return { kind: 'routeBy', arg: args.arg };
  return undefined;
}

export function readFieldKinds(sdl: DocumentNode): FieldKinds {
  const kinds: FieldKinds = new Map();
  for (const def of sdl.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    const type = def as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    for (const directive of type.directives ?? []) {
      const kind = kindOf(directive);
      if (kind?.kind === 'routeBy') kinds.set(type.name.value, kind);
    }
    for (const field of type.fields ?? []) {
      for (const directive of field.directives ?? []) {
        const kind = kindOf(directive);
        if (kind) kinds.set(`${type.name.value}.${field.name.value}`, kind);
      }
    }
  }
  return kinds;
}

/** The key field an entity type's representations are routed by, if its type declares one. */
export function entityRouteOf(kinds: FieldKinds, typeName: string): string | undefined {
  const kind = kinds.get(typeName);
  return kind?.kind === 'routeBy' ? kind.arg : undefined;
}
