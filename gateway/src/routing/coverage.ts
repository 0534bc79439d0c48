import { FieldNode, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@expertpool/shared';
import { CountryAnswer } from './country-client';
import { Fragments, flattenFields, shape } from './selection';

export interface Coverage {
  country: string;
  status: 'OK' | 'TIMEOUT' | 'UNAVAILABLE' | 'SKIPPED';
  latencyMs: number;
}

export function coverageOf(
  answers: CountryAnswer[],
  usable: (a: CountryAnswer) => boolean,
): Coverage[] {
  return answers
    .map((a): Coverage => ({
      country: a.country,
      status: a.ok ? (usable(a) ? 'OK' : 'UNAVAILABLE') : a.status,
      latencyMs: a.latencyMs,
    }))
    .sort((x, y) => (x.country < y.country ? -1 : 1));
}

/** The answer for a selected country the gateway does not route to: never asked, reported missing. */
export function unrouted(country: string, excluded: ReadonlyMap<string, string>): CountryAnswer {
  const reason = excluded.get(country) ?? `${country} is not in the country registry.`;
  return { ok: false, country, status: 'UNAVAILABLE', reason, latencyMs: 0 };
}

export function unavailableError(
  country: string,
  reason: string,
  path?: (string | number)[],
): GraphQLFormattedError {
  return { message: reason, path, extensions: { code: ErrorCode.COUNTRY_UNAVAILABLE, country } };
}

/** Country errors tagged with their country; identical errors from many countries appear once. */
export function collectErrors(
  answers: CountryAnswer[],
  path?: (string | number)[],
): GraphQLFormattedError[] {
  const seen = new Map<string, GraphQLFormattedError>();
  for (const answer of answers) {
    if (!answer.ok) {
      seen.set(
        `${answer.country}:unavailable`,
        unavailableError(answer.country, answer.reason, path),
      );
      continue;
    }
    for (const error of answer.errors) {
      const code = error.extensions?.code;
      const key = `${String(code)}:${error.message}`;
      if (!seen.has(key))
        seen.set(key, { ...error, extensions: { ...error.extensions, country: answer.country } });
    }
  }
  return [...seen.values()];
}

/** A `coverage` selection filled in from the gateway's view, for connections and sums alike. */
export function coverageValue(
  field: FieldNode,
  fragments: Fragments,
  coverage: Coverage[],
): Record<string, unknown>[] {
  const itemFields = flattenFields(field.selectionSet, fragments);
  return coverage.map((c) => shape(itemFields, { __typename: 'CountryCoverage', ...c }));
}
