import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@expertpool/shared';
import { CountryAnswer } from './country-client';

const HOLE = '\u0000';

/** Error codes by which a country refuses a request (as opposed to failing to answer it). */
const REFUSALS = new Set<unknown>([ErrorCode.BAD_USER_INPUT, ErrorCode.FORBIDDEN]);

/** Whether every country answered, none with a usable part, each refusing the request. */
export function everyCountryRefused(
  answers: readonly CountryAnswer[],
  usable: (a: CountryAnswer) => boolean,
): boolean {
  return (
    answers.length > 0 &&
    answers.every(
      (a) => a.ok && !usable(a) && a.errors.some((e) => REFUSALS.has(e.extensions?.code)),
    )
  );
}

/** `a`, `a and b`, `a, b and c`. */
function listed(codes: readonly string[]): string {
  return codes.length === 1 ? codes[0] : `${codes.slice(0, -1).join(', ')} and ${codes.at(-1)}`;
}

/**
 * When every country refused a request, the caller gets one error per kind of refusal, naming
 * exactly the countries that gave it. Countries word a refusal with their own code ("which BN
 * does not release …"); merging by the message alone would keep the first country's wording
 * and name BN for a refusal eleven countries gave, or BN alone for one BN did not give.
 */
export function mergeRefusals(answers: readonly CountryAnswer[]): GraphQLFormattedError[] {
  const groups = new Map<string, { error: GraphQLFormattedError; countries: string[] }>();
  for (const answer of answers) {
    if (!answer.ok) continue;
    const own = new RegExp(`\\b${answer.country}\\b`, 'g');
    for (const error of answer.errors) {
      const template = error.message.replace(own, HOLE);
      const key = `${String(error.extensions?.code)}:${String(error.extensions?.field)}:${template}`;
      const group = groups.get(key) ?? { error: { ...error, message: template }, countries: [] };
      group.countries.push(answer.country);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ error, countries }) => {
    const who = countries.length === 1 ? countries[0] : `each of ${listed(countries)}`;
    return {
      ...error,
      message: error.message.split(HOLE).join(who),
      extensions: { ...error.extensions, country: undefined, countries },
    };
  });
}
