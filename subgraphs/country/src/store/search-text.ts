import { Filter } from 'mongodb';
import {
  Highlight,
  SEARCH_FIELD_NAMES,
  ScoredRecord,
  ScoringPlan,
  SearchStatistics,
  planScoring,
  scoreRecord,
} from '@expertpool/shared';
import { CompiledFilter } from './filter';
import { ExpertDoc, areaKeys } from './document';
import { releasedForms } from './token-groups';
import { IndexedRecord, indexedText } from './memory-index';

/** The stored tokens (field prefix and word) the plan's forms match in fields released to the caller. */
export function releasedPlanTokens(filter: CompiledFilter, plan: ScoringPlan): string[] {
  return [...new Set(plan.words.flatMap((w) => w.forms.map((f) => f.token)))].flatMap((token) =>
    releasedForms(token, filter.scope.released),
  );
}

/** The scoring plan for a filter's text, from the (region's or this country's) statistics. */
export function textPlan(filter: CompiledFilter, stats: SearchStatistics): ScoringPlan | undefined {
  if (!filter.text) return undefined;
  return planScoring(filter.text.words, filter.text.named, stats);
}

/**
 * Records any query word or named area matches, in fields released to the caller. Words are
 * optional (docs/ARCHITECTURE.md §7.6): a record matching one word is found, and more matched
 * words rank it higher. Null when nothing can match.
 */
export function textCondition(filter: CompiledFilter, plan: ScoringPlan): Filter<ExpertDoc> | null {
  const forms = releasedPlanTokens(filter, plan);
  const or: Filter<ExpertDoc>[] = [];
  if (forms.length > 0) or.push({ tokens: { $in: forms } });
  if (plan.areas.length > 0 && filter.scope.released.has('expertise'))
    or.push({ expertiseKeys: { $in: plan.areas.flatMap((a) => areaKeys(a.area, 1)) } });
  if (or.length === 0) return null;
  return or.length === 1 ? or[0] : { $or: or };
}

/** A record held in memory (memory-index.ts), scored on the fields released to the caller only. */
export function scoredRecord(
  record: Pick<IndexedRecord, 'fields' | 'lengths' | 'expertise' | 'family'>,
  filter: CompiledFilter,
  plan: ScoringPlan,
): { score: number; highlights: Highlight[] } {
  const scoring: ScoredRecord = { fields: {}, lengths: {} };
  for (const field of SEARCH_FIELD_NAMES) {
    if (!filter.scope.released.has(field)) continue;
    scoring.fields[field] = record.fields[field];
    scoring.lengths[field] = record.lengths[field];
  }
  if (filter.scope.released.has('expertise')) scoring.expertise = record.expertise;
  if (filter.scope.released.has('names')) scoring.family = record.family;
  return scoreRecord(scoring, plan);
}

/** A stored document (a page read from the database), scored as its indexed form would be. */
export function scored(
  doc: Pick<ExpertDoc, 'search' | 'expertise'>,
  filter: CompiledFilter,
  plan: ScoringPlan,
): { score: number; highlights: Highlight[] } {
  return scoredRecord(indexedText(doc), filter, plan);
}
