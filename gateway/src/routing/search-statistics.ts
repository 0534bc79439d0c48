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
const STATISTICS_REQUEST = (filter: unknown): SubRequest => ({
  query: `query ExpertSearchStatistics($filter: ExpertFilter) { ${CONNECTION.statisticsField}(filter: $filter) { documents forms { word token kind edits documents families } areas { area documents } named { area words phrase quality } } }`,
  variables: { filter },
  operationName: 'ExpertSearchStatistics',
});

/**
 * The region's statistics from the countries' answers; those that did not answer are left out
 * (and not asked for their pages: data-source.ts). Undefined when none answered.
 */
function regionStatistics(answers: readonly CountryAnswer[]): SearchStatistics | undefined {
  const parts = answers.flatMap((a) => {
    const value = statisticsOf(a);
    return value ? [value] : [];
  });
  return parts.length > 0 ? addStatistics(parts) : undefined;
}

/** Whether a country answered the first phase with its statistics. */
const hasStatistics = (answer: CountryAnswer): boolean => statisticsOf(answer) !== undefined;

function statisticsOf(answer: CountryAnswer): SearchStatistics | undefined {
  const value = answer.ok ? answer.data?.[CONNECTION.statisticsField] : undefined;
  return value && typeof value === 'object' ? (value as SearchStatistics) : undefined;
}

/**
 * The first phase, when the field ranks by text (`ranks`) and the filter has some: the region's
 * statistics, and the countries that did not answer it (or refused it). Those are not asked
 * again: their records are not in the statistics, so their pages could not be ranked with the
 * region's, and their first answer (timeout, outage or refusal) is what coverage and the errors
 * report.
 */
export async function gatherStatistics(
  ranks: boolean,
  filter: unknown,
  countries: readonly string[],
  send: (country: string, request: SubRequest) => Promise<CountryAnswer>,
): Promise<{ statistics?: SearchStatistics; missed: ReadonlyMap<string, CountryAnswer> }> {
  const text = (filter as { text?: unknown } | null | undefined)?.text;
  if (!ranks || typeof text !== 'string' || text.trim() === '') return { missed: new Map() };
  const answers = await Promise.all(countries.map((c) => send(c, STATISTICS_REQUEST(filter))));
  return {
    statistics: regionStatistics(answers),
    missed: new Map(answers.filter((a) => !hasStatistics(a)).map((a) => [a.country, a])),
  };
}
