import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode } from 'graphql';

/** The operation a request runs and the fragments it can spread, taken from a parsed document. */
export interface ResolvedOperation {
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

export function resolveOperation(
  document: DocumentNode,
  operationName?: string | null,
): ResolvedOperation {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const operation = operationName
    ? operations.find((op) => op.name?.value === operationName)
    : operations[0];
  if (!operation)
    throw new Error(`operation ${operationName ?? '(anonymous)'} not found in the document`);
  return { operation, fragments };
}

/** Introspection meta-fields (`__schema`, `__type`, `__typename`): free, and gated by the introspection switch. */
export const isMetaField = (name: string): boolean => name.startsWith('__');
