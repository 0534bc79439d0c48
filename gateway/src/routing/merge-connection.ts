import { FieldNode } from 'graphql';
import { ExpertOrder, SortKey, compareKeys } from '@expertpool/shared';
import { CountryAnswer } from './country-client';
import { Coverage, coverageValue } from './coverage';
import { GlobalCursor, encodeGlobalCursor } from './global-cursor';
import { CONNECTION, COVERAGE_FIELD, OrderKey, sortKeyOf } from './merge-contract';
import { Fragments, childKeys, flattenFields, keysOf, shape } from './selection';

interface Candidate {
  country: string;
  index: number;
  key: SortKey;
}

/** One country's page, as the rewritten operation asks for it (see operation.ts). */
interface CountryPage {
  country: string;
  result: Record<string, unknown>;
  keys: SortKey[];
  hasNext: boolean;
  total: number;
}

interface ReservedFields {
  __ep_edges?: { __ep_key: OrderKey }[];
  __ep_page?: { __ep_next?: boolean };
  __ep_total?: number;
}

export interface ConnectionMergeInput {
  field: FieldNode;
  fragments: Fragments;
  typeName: string;
  responseKey: string;
  order: ExpertOrder;
  first: number;
  after: GlobalCursor | undefined;
  answers: CountryAnswer[];
  coverage: Coverage[];
}

function pageOf(
  answer: CountryAnswer,
  responseKey: string,
  order: ExpertOrder,
): CountryPage | undefined {
  if (!answer.ok) return undefined;
  const result = answer.data?.[responseKey] as
    (Record<string, unknown> & ReservedFields) | null | undefined;
  if (!result) return undefined;
  // Order keys arrive as plain JSON in the country's answer: nothing to decode.
  const keys = (result.__ep_edges ?? []).map((e) => sortKeyOf(e?.__ep_key, order, answer.country));
  if (keys.some((k) => k === undefined)) return undefined;
  return {
    country: answer.country,
    result,
    keys: keys as SortKey[],
    hasNext: Boolean(result.__ep_page?.__ep_next),
    total: Number(result.__ep_total ?? 0),
  };
}

/** Whether a country's answer holds a page the merge can place (every order key well formed). */
export function mergeablePage(
  answer: CountryAnswer,
  responseKey: string,
  order: ExpertOrder,
): boolean {
  return pageOf(answer, responseKey, order) !== undefined;
}

/**
 * k-way merge of the countries' pages of a `@fanout(merge: CONNECTION)` field by the shared
 * order key (the contract is in merge-contract.ts). A global cursor holds every country's
 * position after an edge, so any edge can be resumed from; it is encoded only for the edges
 * whose `cursor` the client asked for, and for `endCursor`.
 */
export function mergeConnection(input: ConnectionMergeInput): Record<string, unknown> {
  const pages = input.answers.flatMap((a) => pageOf(a, input.responseKey, input.order) ?? []);
  const candidates: Candidate[] = pages.flatMap((p) =>
    p.keys.map((key, index) => ({ country: p.country, index, key })),
  );
  candidates.sort((a, b) => compareKeys(a.key, b.key));
  const taken = candidates.slice(0, input.first);

  const fields = flattenFields(input.field.selectionSet, input.fragments);
  const cursorKeys = childKeys(fields, CONNECTION.edges, CONNECTION.cursor, input.fragments);
  const positions: GlobalCursor['p'] = { ...(input.after?.p ?? {}) };
  const cursorAt = (c: Candidate) => {
    positions[c.country] = [c.key.v, c.key.i];
    return encodeGlobalCursor({ o: input.order, p: positions });
  };
  const cursors = cursorKeys.length > 0 ? taken.map(cursorAt) : [];
  const endCursor = () => {
    if (cursors.length > 0) return cursors[cursors.length - 1];
    if (taken.length === 0 && !input.after) return null;
    taken.forEach((c) => (positions[c.country] = [c.key.v, c.key.i]));
    return encodeGlobalCursor({ o: input.order, p: positions });
  };
  const hasNextPage = candidates.length > taken.length || pages.some((p) => p.hasNext);
  const byCountry = new Map(pages.map((p) => [p.country, p]));

  const out: Record<string, unknown> = {};
  for (const key of keysOf(fields, '__typename')) out[key] = input.typeName;
  for (const key of keysOf(fields, CONNECTION.totalCount))
    out[key] = pages.reduce((sum, p) => sum + p.total, 0);
  for (const key of keysOf(fields, CONNECTION.edges)) {
    out[key] = taken.map((c, i) => {
      const edges = byCountry.get(c.country)!.result[key] as Record<string, unknown>[];
      const edge = { ...(edges[c.index] ?? {}) };
      for (const cursorKey of cursorKeys) edge[cursorKey] = cursors[i];
      return edge;
    });
  }
  for (const f of fields) {
    const key = f.alias?.value ?? f.name.value;
    if (f.name.value === CONNECTION.pageInfo) {
      const pageFields = flattenFields(f.selectionSet, input.fragments);
      const wantsEnd = pageFields.some((p) => p.name.value === CONNECTION.endCursor);
      out[key] = shape(pageFields, {
        __typename: 'PageInfo',
        hasNextPage,
        endCursor: wantsEnd ? endCursor() : null,
      });
    } else if (f.name.value === COVERAGE_FIELD) {
      out[key] = coverageValue(f, input.fragments, input.coverage);
    }
  }
  return out;
}
