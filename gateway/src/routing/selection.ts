import { FieldNode, FragmentDefinitionNode, Kind, SelectionSetNode } from 'graphql';

export type Fragments = Map<string, FragmentDefinitionNode>;

/** The fields of a selection set at one level, through inline fragments and fragment spreads. */
export function flattenFields(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(fragments.get(selection.name.value)?.selectionSet);
    }
  };
  visit(selectionSet);
  return out;
}

export const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** Response keys of the fields called `name` at this level. */
export function keysOf(fields: FieldNode[], name: string): string[] {
  return [
    ...new Set(
      fields
        .filter((f) => f.name.value === name && !responseKey(f).startsWith('__ep_'))
        .map(responseKey),
    ),
  ];
}

/** Response keys of `child` inside every `parent` field at this level. */
export function childKeys(
  fields: FieldNode[],
  parent: string,
  child: string,
  fragments: Fragments,
): string[] {
  const inner = fields
    .filter((f) => f.name.value === parent && !responseKey(f).startsWith('__ep_'))
    .flatMap((f) => flattenFields(f.selectionSet, fragments));
  return keysOf(inner, child);
}

/** Builds an object for a selection from values by field name (aliases respected). */
export function shape(
  fields: FieldNode[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[responseKey(field)] = values[field.name.value] ?? null;
  return out;
}
