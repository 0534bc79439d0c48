import {
  DocumentNode,
  Kind,
  ObjectTypeDefinitionNode,
  ObjectTypeExtensionNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * How the gateway treats each root field of the `experts` subgraph, read from the routing
 * directives in that subgraph's schema (`@fanout(merge: ...)`, `@routeBy(arg: ...)`).
 */
export type FieldKind =
  { kind: 'fanout'; merge: 'CONNECTION' | 'SUM' } | { kind: 'routeBy'; arg: string };

export type FieldKinds = Map<string, FieldKind>; // key: "Query.experts"

export function readFieldKinds(sdl: DocumentNode): FieldKinds {
  const kinds: FieldKinds = new Map();
  for (const def of sdl.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    const type = def as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    for (const field of type.fields ?? []) {
      for (const directive of field.directives ?? []) {
        const args = Object.fromEntries(
          (directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]),
        );
        const key = `${type.name.value}.${field.name.value}`;
        if (
          directive.name.value === 'fanout' &&
          (args.merge === 'CONNECTION' || args.merge === 'SUM')
        ) {
          kinds.set(key, { kind: 'fanout', merge: args.merge });
        } else if (directive.name.value === 'routeBy' && typeof args.arg === 'string') {
          kinds.set(key, { kind: 'routeBy', arg: args.arg });
        }
      }
    }
  }
  return kinds;
}
