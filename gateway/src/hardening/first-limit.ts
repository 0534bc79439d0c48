import { DocumentNode, GraphQLSchema, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { MAX_PAGE_SIZE } from '@expertpool/shared';
import { requestedPageSize } from './page-size';

export interface BadPageSize {
  field: string;
  first: number;
}

/**
 * The first field asking for a page outside 0..`max` (`first: 500`), or undefined. Countries
 * check this too; refusing here saves fanning a hopeless request out to every country.
 */
export function findBadPageSize(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  max = MAX_PAGE_SIZE,
): BadPageSize | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: BadPageSize | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (found || !def) return;
        const first = requestedPageSize(def, node, variables);
        if (first !== undefined && (first < 0 || first > max))
          found = { field: `${parent?.name ?? '?'}.${def.name}`, first };
      },
    }),
  );
  return found;
}
