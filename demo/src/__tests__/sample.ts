import { COUNTRIES, type ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '../generate';

/** Records shared by the content tests: a sample per country, generated once per test file. */
export const CODES = COUNTRIES.map((c) => c.code);
export const SAMPLE = 2_000;

const samples = new Map<string, ExpertRecord[]>();

export function sample(country: string): ExpertRecord[] {
  let records = samples.get(country);
  if (!records) {
    records = generateExperts({ country, count: SAMPLE });
    samples.set(country, records);
  }
  return records;
}

/**
 * Runs a check over every sampled record and returns the first few problems: one `expect` per
 * record would make jest, not the generator, the slow part of these tests.
 */
export function problemsIn(
  countries: readonly string[],
  check: (r: ExpertRecord) => string | undefined,
): string[] {
  const problems: string[] = [];
  for (const country of countries) {
    for (const r of sample(country)) {
      const problem = check(r);
      if (problem) problems.push(`${r.id}: ${problem}`);
    }
  }
  return problems.slice(0, 10);
}
