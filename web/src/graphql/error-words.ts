import type { CombinedError } from '@urql/core';

/** The gateway's error codes (shared/src/errors.ts) in words a person can act on. */
const WORDS: Record<string, string> = {
  BAD_USER_INPUT: 'The search could not be understood. Check what you typed and try again.',
  UNAUTHENTICATED: 'Your sign-in has expired or was not accepted. Sign in again.',
  FORBIDDEN: 'Your role may not see this.',
  NOT_FOUND: 'This was not found.',
  CONFLICT: 'Someone changed this at the same time. Reload and try again.',
  COUNTRY_UNAVAILABLE: 'A country did not answer; its results are missing.',
  QUERY_TOO_COMPLEX: 'This request asks for too much at once. Narrow the search.',
  RATE_LIMITED: 'Too many requests in a short time. Wait a moment and try again.',
  REQUEST_TOO_LARGE: 'The request is too large.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Try again in a moment.',
};

/** One error code in words (an unknown code as a server fault). */
export const wordsForCode = (code: string): string => WORDS[code] ?? WORDS.INTERNAL_SERVER_ERROR;

/**
 * The errors worth showing, in words. A missing country is left out: the coverage strip names
 * it with its status, beside the results that did arrive.
 */
export function errorWords(error: CombinedError | undefined): string[] {
  if (!error) return [];
  if (error.networkError)
    return ['The Expert Pool could not be reached. Check your connection and try again.'];
  const codes = error.graphQLErrors.map((e) =>
    String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
  );
  return [...new Set(codes.filter((c) => c !== 'COUNTRY_UNAVAILABLE'))].map(
    (code) => WORDS[code] ?? WORDS.INTERNAL_SERVER_ERROR,
  );
}

/** The codes whose message the server writes for a person about this very request. */
const SAID_FOR_PEOPLE = new Set(['BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN']);

/**
 * A refused write in words: the server's own sentence where it wrote one for a person (which
 * field is wrong and why, a decision already taken), the code in words otherwise.
 */
export function refusalWords(error: CombinedError | undefined): string[] {
  if (!error || error.networkError) return errorWords(error);
  return [
    ...new Set(
      error.graphQLErrors.map((e) => {
        const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        return SAID_FOR_PEOPLE.has(code) ? e.message : wordsForCode(code);
      }),
    ),
  ];
}
