import { Client, cacheExchange, fetchExchange } from '@urql/core';

/**
 * A urql client for one caller: a new one per token, so nothing cached for one audience is
 * shown to another. POST only: the gateway's CSRF prevention refuses a GET without a preflight
 * header (README, CORS).
 */
export function createGraphqlClient(url: string, token: string | null): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: (): RequestInit => ({
      headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>),
    }),
  });
}
