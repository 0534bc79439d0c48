import { Collection, Document } from 'mongodb';
import { ScoringPlan } from '@expertpool/shared';
import { CompiledFilter } from './filter';
import { ExpertDoc } from './document';
import { textCondition } from './search-text';

export interface Bucket {
  value: string;
  count: number;
}

export interface Facets {
  total: number;
  byCountry: Bucket[];
  byArea: Bucket[];
  byLanguage: Bucket[];
  byBand: Bucket[];
}

/** Most frequent first, then by value, so merged region-wide buckets order the same way. */
export function sortBuckets(buckets: Bucket[]): Bucket[] {
  return buckets.sort(
    (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}

async function countBy(
  experts: Collection<ExpertDoc>,
  match: Document,
  unwind: string | null,
  field: string,
): Promise<Bucket[]> {
  const pipeline: Document[] = [{ $match: match }];
  if (unwind) pipeline.push({ $unwind: `$${unwind}` });
  pipeline.push({ $group: { _id: `$${field}`, n: { $sum: 1 } } });
  const rows = await experts.aggregate<{ _id: unknown; n: number }>(pipeline).toArray();
  return sortBuckets(
    rows
      .filter((r) => typeof r._id === 'string')
      .map((r) => ({ value: r._id as string, count: r.n })),
  );
}

/**
 * Counts of the matching experts; one expert counts once in each area and language it has.
 * Buckets of a field the caller does not receive stay empty: counts of its values would tell
 * what the policy withholds (one expert matching a filter is a record's value).
 */
export async function expertFacets(
  experts: Collection<ExpertDoc>,
  country: string,
  compiled: CompiledFilter,
  plan?: ScoringPlan,
): Promise<Facets> {
  const empty = { total: 0, byCountry: [], byArea: [], byLanguage: [], byBand: [] };
  if (compiled.excludesCountry) return empty;
  // Counts of what the search finds: the records its text matches (search-text.ts).
  const text = plan ? textCondition(compiled, plan) : undefined;
  if (text === null) return empty;
  const filter = text ? { ...compiled, query: { $and: [compiled.query, text] } } : compiled;
  const { released } = filter.scope;
  const none = Promise.resolve<Bucket[]>([]);
  const [total, byArea, byLanguage, byBand] = await Promise.all([
    experts.countDocuments(filter.query),
    released.has('expertise')
      ? countBy(experts, filter.query, 'expertise', 'expertise.area')
      : none,
    released.has('languages') ? countBy(experts, filter.query, 'languages', 'languages.tag') : none,
    released.has('position') ? countBy(experts, filter.query, null, 'position.band') : none,
  ]);
  return {
    total,
    byCountry: total > 0 ? [{ value: country, count: total }] : [],
    byArea,
    byLanguage,
    byBand,
  };
}
