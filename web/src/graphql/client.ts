import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from '@urql/core';

/** The gateway refused the token itself (expired, or keys rotated since it was issued). */
const tokenRefused = (error: CombinedError) =>
  error.response?.status === 401 ||
  error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

/**
 * A urql client for one caller: a new one per token, so nothing cached for one audience is
 * shown to another. POST only: the gateway's CSRF prevention refuses a GET without a preflight
 * header (README, CORS). When the gateway refuses the token, `onTokenRefused` is told.
 */
export function createGraphqlClient(
  url: string,
  token: string | null,
  onTokenRefused: () => void = () => {},
): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      // A refused token is a signed-out user (docs/ARCHITECTURE.md §10.2), not a page of errors.
      mapExchange({ onError: (error) => token && tokenRefused(error) && onTokenRefused() }),
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => ({
      headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>),
    }),
  });
}
