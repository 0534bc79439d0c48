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
  | FanoutKind
  | { kind: 'routeBy'; arg: string }
  // `@routeBy(claim:)`: the owner is named by the expert id in the verified token's claim
  // (the `me` fields, docs/ARCHITECTURE.md §6.8); only on root fields.
  | { kind: 'routeByClaim'; claim: string };

/**
 * A field asked of many countries: how its answers merge, and where in its arguments the
 * countries to ask (`countries`, default `filter.countries`) and to leave out
 * (`excludeCountries`) are, as dotted paths.
 */
export interface FanoutKind {
  kind: 'fanout';
  merge: 'CONNECTION' | 'SUM';
  countries: string[];
  excludeCountries?: string[];
}

const DEFAULT_COUNTRIES = 'filter.countries';
const path = (value: string) => value.split('.');

/** The value at a dotted path of a field's (coerced) arguments. */
export function argumentAt(args: Record<string, unknown>, keys: readonly string[]): unknown {
  let value: unknown = args;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The countries a fan-out field asks, as its arguments select them: the listed ones (each once)
 * or `all`, minus the excluded ones, in code order.
 */
export function selectedCountries(
  kind: FanoutKind,
  args: Record<string, unknown>,
  all: Iterable<string>,
): string[] {
  const codes = (value: unknown) =>
    Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : undefined;
  const listed = codes(argumentAt(args, kind.countries));
  const excluded = new Set(
    kind.excludeCountries ? codes(argumentAt(args, kind.excludeCountries)) : [],
  );
  return [...new Set(listed ?? all)].filter((c) => !excluded.has(c)).sort();
}

/** Key: "Query.experts" for a field, the type's name ("Expert") for an entity type. */
export type FieldKinds = Map<string, FieldKind>;

function kindOf(directive: ConstDirectiveNode): FieldKind | undefined {
  const args = Object.fromEntries(
    (directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]),
  );
  if (directive.name.value === 'fanout' && (args.merge === 'CONNECTION' || args.merge === 'SUM'))
    return {
      kind: 'fanout',
      merge: args.merge,
      countries: path(typeof args.countries === 'string' ? args.countries : DEFAULT_COUNTRIES),
      excludeCountries:
        typeof args.excludeCountries === 'string' ? path(args.excludeCountries) : undefined,
    };
  if (directive.name.value === 'routeBy' && typeof args.arg === 'string')
    return { kind: 'routeBy', arg: args.arg };
  if (directive.name.value === 'routeBy' && typeof args.claim === 'string')
    return { kind: 'routeByClaim', claim: args.claim };
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
