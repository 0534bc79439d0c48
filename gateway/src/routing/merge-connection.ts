import { FieldNode } from 'graphql';
import { ExpertOrder, SortKey, compareKeys, decodeSortKey } from '@expertpool/shared';
import { CountryAnswer } from './country-client';
import { Coverage } from './coverage';
import { GlobalCursor, encodeGlobalCursor } from './global-cursor';
import { Fragments, childKeys, flattenFields, keysOf, shape } from './selection';

interface Candidate {
  country: string;
  index: number;
  key: SortKey;
}

interface CountryPart {
  country: string;
  result: Record<string, unknown>;
  keys: SortKey[];
  hasNext: boolean;
  total: number;
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

function partOf(
  answer: CountryAnswer,
  responseKey: string,
  order: ExpertOrder,
): CountryPart | undefined {
  if (!answer.ok) return undefined;
  const result = answer.data?.[responseKey] as Record<string, unknown> | null | undefined;
  if (!result) return undefined;
  const edges = (result.__ep_edges as { __ep_cursor: string }[] | undefined) ?? [];
  return {
    country: answer.country,
    result,
    keys: edges.map((e) => decodeSortKey(e.__ep_cursor, order)),
    hasNext: Boolean((result.__ep_page as { __ep_next?: boolean } | undefined)?.__ep_next),
    total: Number(result.__ep_total ?? 0),
  };
}

/**
 * k-way merge of the countries' pages by the shared sort key. Each returned edge gets a global
 * cursor holding every country's position after that edge, so any edge can be resumed from.
 */
export function mergeConnection(input: ConnectionMergeInput): Record<string, unknown> {
  const parts = input.answers.flatMap((a) => partOf(a, input.responseKey, input.order) ?? []);
  const candidates: Candidate[] = parts.flatMap((p) =>
    p.keys.map((key, index) => ({ country: p.country, index, key })),
  );
  candidates.sort((a, b) => compareKeys(a.key, b.key));
  const taken = candidates.slice(0, input.first);

  const positions: GlobalCursor['p'] = { ...(input.after?.p ?? {}) };
  const cursors = taken.map((c) => {
    positions[c.country] = [c.key.v, c.key.i];
    return encodeGlobalCursor({ o: input.order, p: { ...positions } });
  });
  const hasNextPage = candidates.length > taken.length || parts.some((p) => p.hasNext);
  const byCountry = new Map(parts.map((p) => [p.country, p]));

  const fields = flattenFields(input.field.selectionSet, input.fragments);
  const cursorKeys = childKeys(fields, 'edges', 'cursor', input.fragments);
  const out: Record<string, unknown> = {};
  for (const key of keysOf(fields, '__typename')) out[key] = input.typeName;
  for (const key of keysOf(fields, 'totalCount'))
    out[key] = parts.reduce((sum, p) => sum + p.total, 0);
  for (const key of keysOf(fields, 'edges')) {
    out[key] = taken.map((c, i) => {
      const edge = {
        ...((byCountry.get(c.country)!.result[key] as Record<string, unknown>[])[c.index] ?? {}),
      };
      for (const cursorKey of cursorKeys) edge[cursorKey] = cursors[i];
      return edge;
    });
  }
  for (const pageField of fields.filter((f) => f.name.value === 'pageInfo')) {
    const pageFields = flattenFields(pageField.selectionSet, input.fragments);
    out[pageField.alias?.value ?? 'pageInfo'] = shape(pageFields, {
      __typename: 'PageInfo',
      hasNextPage,
      endCursor:
        cursors.length > 0
          ? cursors[cursors.length - 1]
          : input.after
            ? encodeGlobalCursor(input.after)
            : null,
    });
  }
  for (const coverageField of fields.filter((f) => f.name.value === 'coverage')) {
    const itemFields = flattenFields(coverageField.selectionSet, input.fragments);
    out[coverageField.alias?.value ?? 'coverage'] = input.coverage.map((c) =>
      shape(itemFields, { __typename: 'CountryCoverage', ...c }),
    );
  }
  return out;
}
