import {
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
} from 'graphql';
import { ExpertOrder, SortKey } from '@expertpool/shared';
import { FieldKinds } from './field-kinds';

/**
 * What the gateway's merges rely on in the experts subgraph's schema. `@fanout(merge:
 * CONNECTION)` promises a Relay-style connection that the gateway can k-way merge:
 * `edges { cursor orderKey { number text id } }`, `pageInfo { hasNextPage endCursor }`,
 * `totalCount`, `coverage`, and the arguments `after` (the client's global cursor) and
 * `afterKey` (one country's own position, sent by the gateway). `@fanout(merge: SUM)` promises
 * an object of counts and bucket lists plus `coverage`. `orderKey` and `afterKey` are
 * `@inaccessible`: they are the gateway's private channel to the countries, not in the public
 * API. Checked once when the region composes (`contractProblems`), so a schema that breaks the
 * contract is refused with a reason instead of merging wrongly (docs/ARCHITECTURE.md §4).
 */
export const CONNECTION = {
  edges: 'edges',
  cursor: 'cursor',
  orderKey: 'orderKey',
  pageInfo: 'pageInfo',
  hasNextPage: 'hasNextPage',
  endCursor: 'endCursor',
  totalCount: 'totalCount',
  after: 'after',
  afterKey: 'afterKey',
  afterKeyType: 'OrderKeyInput',
  /**
   * Optional: a connection that ranks by text relevance takes the region's search statistics
   * (`statistics: SearchStatisticsInput`), which the gateway gathers first from the root field
   * `statisticsField` with the same `filter` (docs/ARCHITECTURE.md §7.6).
   */
  statistics: 'statistics',
  statisticsType: 'SearchStatisticsInput',
  statisticsField: 'expertSearchStatistics',
} as const;

/** Filled in by the gateway from its own view of the countries, never asked of them. */
export const COVERAGE_FIELD = 'coverage';

/** A country's position in an order, as `orderKey` returns it and `afterKey` takes it. */
export interface OrderKey {
  /** RELEVANCE: the score; UPDATED: epoch milliseconds. */
  number?: number | null;
  /** NAME: the folded name. */
  text?: string | null;
  /** The opaque part of the expert id (ties). */
  id: string;
}

/**
 * A country's order key as the shared sort key, or undefined when it is not one for this order
 * (no finite number for RELEVANCE or UPDATED, no text for NAME, no id): such a page cannot be
 * merged, and the country's part is reported missing rather than misplaced.
 */
export function sortKeyOf(
  key: OrderKey | null | undefined,
  order: ExpertOrder,
  country: string,
): SortKey | undefined {
  if (!key || typeof key.id !== 'string') return undefined;
  const v = order === 'NAME' ? key.text : key.number;
  const fits =
    order === 'NAME' ? typeof v === 'string' : typeof v === 'number' && Number.isFinite(v);
  return fits ? { o: order, v: v as string | number, i: key.id, c: country } : undefined;
}

export function orderKeyOf(key: Pick<SortKey, 'o' | 'v' | 'i'>): OrderKey {
  return key.o === 'NAME'
    ? { text: String(key.v), id: key.i }
    : { number: Number(key.v), id: key.i };
}

function fieldsOf(
  type: GraphQLNamedType | undefined,
): Record<string, GraphQLField<unknown, unknown>> {
  return type && isObjectType(type) ? type.getFields() : {};
}

function connectionProblems(name: string, field: GraphQLField<unknown, unknown>): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(`${name}: ${what}`);
  const connection = fieldsOf(getNamedType(field.type));
  const edge = fieldsOf(
    connection[CONNECTION.edges] && getNamedType(connection[CONNECTION.edges].type),
  );
  const key = fieldsOf(edge[CONNECTION.orderKey] && getNamedType(edge[CONNECTION.orderKey].type));
  const page = fieldsOf(
    connection[CONNECTION.pageInfo] && getNamedType(connection[CONNECTION.pageInfo].type),
  );
  need(CONNECTION.cursor in edge, `edges need ${CONNECTION.cursor}`);
  need(
    ['number', 'text', 'id'].every((f) => f in key),
    `edges need ${CONNECTION.orderKey} { number text id }`,
  );
  need(
    CONNECTION.hasNextPage in page && CONNECTION.endCursor in page,
    'pageInfo needs hasNextPage and endCursor',
  );
  need(
    CONNECTION.totalCount in connection && COVERAGE_FIELD in connection,
    'needs totalCount and coverage',
  );
  const args = new Map(field.args.map((a) => [a.name, getNamedType(a.type)]));
  const afterKey = args.get(CONNECTION.afterKey);
  need(
    args.has(CONNECTION.after) &&
      afterKey !== undefined &&
      isInputObjectType(afterKey) &&
      afterKey.name === CONNECTION.afterKeyType,
    `needs the arguments ${CONNECTION.after} and ${CONNECTION.afterKey}: ${CONNECTION.afterKeyType}`,
  );
  return problems;
}

/** Why the schema's fan-out fields cannot be merged as they declare, or nothing. */
export function contractProblems(schema: GraphQLSchema, kinds: FieldKinds): string[] {
  const problems: string[] = [];
  for (const [key, kind] of kinds) {
    if (kind.kind !== 'fanout') continue;
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const field = type && isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) problems.push(`${key}: not in the schema`);
    else if (kind.merge === 'CONNECTION') problems.push(...connectionProblems(key, field));
    else if (!(COVERAGE_FIELD in fieldsOf(getNamedType(field.type))))
      problems.push(`${key}: needs coverage`);
  }
  return problems;
}
