import { SearchStatistics, addStatistics } from '@expertpool/shared';
import { CountryAnswer, SubRequest } from './country-client';
import { CONNECTION } from './merge-contract';

/**
 * The first phase of a region-wide text search (docs/ARCHITECTURE.md §7.6): every country counts
 * its records and the forms of the query's words over what it releases to the caller, and the
 * gateway adds the counts up. Each country then scores its page with the region's statistics, so
 * the merged order is the one a single index over every country's released records would give.
 * Per-country statistics would not do: a word common in one country and rare in another would
 * weigh differently on each side of the merge.
 */
export const STATISTICS_REQUEST = (filter: unknown): SubRequest => ({
  query: `query ExpertSearchStatistics($filter: ExpertFilter) { ${CONNECTION.statisticsField}(filter: $filter) { documents forms { word token kind edits documents } areas { area documents } named { area words phrase quality } } }`,
  variables: { filter },
  operationName: 'ExpertSearchStatistics',
});

/**
 * The region's statistics from the countries' answers; those that did not answer are left out
 * (and not asked for their pages: data-source.ts). Undefined when none answered.
 */
export function regionStatistics(answers: readonly CountryAnswer[]): SearchStatistics | undefined {
  const parts = answers.flatMap((a) => {
    const value = statisticsOf(a);
    return value ? [value] : [];
  });
  return parts.length > 0 ? addStatistics(parts) : undefined;
}

/** Whether a country answered the first phase with its statistics. */
export const hasStatistics = (answer: CountryAnswer): boolean => statisticsOf(answer) !== undefined;

function statisticsOf(answer: CountryAnswer): SearchStatistics | undefined {
  const value = answer.ok ? answer.data?.[CONNECTION.statisticsField] : undefined;
  return value && typeof value === 'object' ? (value as SearchStatistics) : undefined;
}
