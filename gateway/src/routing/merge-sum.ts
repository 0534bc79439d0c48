import { FieldNode } from 'graphql';
import { Coverage, coverageValue } from './coverage';
import { COVERAGE_FIELD } from './merge-contract';
import { Fragments, flattenFields } from './selection';

/**
 * Merge of a `@fanout(merge: SUM)` field (facets, see merge-contract.ts): numbers add up; lists of buckets merge by their
 * non-numeric fields, adding the numbers, most frequent first; other values come from the
 * first country that answered. Coverage is the gateway's view of the countries (no country is
 * asked for it).
 */
function mergeValues(values: unknown[]): unknown {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return null;
  if (present.every((v) => typeof v === 'number'))
    return (present as number[]).reduce((a, b) => a + b, 0);
  if (present.every(Array.isArray)) return mergeBuckets(present as Record<string, unknown>[][]);
  if (present.every((v) => typeof v === 'object')) {
    const keys = [...new Set(present.flatMap((v) => Object.keys(v as object)))];
    return Object.fromEntries(
      keys.map((k) => [k, mergeValues(present.map((v) => (v as Record<string, unknown>)[k]))]),
    );
  }
  return present[0];
}

function mergeBuckets(lists: Record<string, unknown>[][]): Record<string, unknown>[] {
  const merged = new Map<string, Record<string, unknown>>();
  for (const item of lists.flat()) {
    const identity = JSON.stringify(Object.entries(item).filter(([, v]) => typeof v !== 'number'));
    const seen = merged.get(identity);
    merged.set(
      identity,
      seen ? (mergeValues([seen, item]) as Record<string, unknown>) : { ...item },
    );
  }
  const firstNumber = (o: Record<string, unknown>) =>
    Object.values(o).find((v) => typeof v === 'number') as number | undefined;
  return [...merged.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        (firstNumber(b) ?? 0) - (firstNumber(a) ?? 0) || (ka < kb ? -1 : ka > kb ? 1 : 0),
    )
    .map(([, v]) => v);
}

export function mergeSum(
  field: FieldNode,
  fragments: Fragments,
  typeName: string,
  results: Record<string, unknown>[],
  coverage: Coverage[],
): Record<string, unknown> {
  const fields = flattenFields(field.selectionSet, fragments);
  const merged = (mergeValues(results) as Record<string, unknown> | null) ?? {};
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const key = f.alias?.value ?? f.name.value;
    if (f.name.value === '__typename') out[key] = typeName;
    else if (f.name.value === COVERAGE_FIELD) out[key] = coverageValue(f, fragments, coverage);
    else out[key] = merged[key] ?? (results.length === 0 ? emptyOf(f) : null);
  }
  return out;
}

/** With no country answering, counts are zero and bucket lists empty rather than null. */
function emptyOf(field: FieldNode): unknown {
  return field.selectionSet ? [] : 0;
}
