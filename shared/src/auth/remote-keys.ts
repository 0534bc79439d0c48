import { GraphQLError } from 'graphql';
import { type JWTVerifyGetKey, createRemoteJWKSet, customFetch, errors } from 'jose';
import { KeysUnavailable, staleIfError } from './jwks-fetch';
import { quote, refuse } from './refuse';

export interface JwksOptions {
  /** How long a fetched key set is used before it is fetched again. */
  ttlMs: number;
  /** Least time between two fetches of one set: an unknown `kid` refetches at most this often. */
  minRefetchMs: number;
  /** Time limit for one fetch. */
  timeoutMs: number;
}

export const DEFAULT_JWKS_OPTIONS: JwksOptions = {
  ttlMs: 10 * 60_000,
  minRefetchMs: 30_000,
  timeoutMs: 5_000,
};

/**
 * Why no key of the set verifies this token, as its holder may be told. Fetch failures arrive
 * as KeysUnavailable (jwks-fetch.ts), so anything else jose or WebCrypto throws here is about
 * the matching key itself (a private key, say): the operator is told which.
 */
function keyRefusal(
  error: unknown,
  iss: string,
  { alg, kid }: { alg?: string; kid?: string },
  log?: (message: string) => void,
): GraphQLError {
  const issuer = quote(iss);
  const withKid = kid === undefined ? '' : ` with kid ${quote(kid)}`;
  if (error instanceof KeysUnavailable)
    return refuse(`the signing keys of issuer ${issuer} are unavailable`);
  if (error instanceof errors.JWKSMultipleMatchingKeys)
    return refuse(
      kid === undefined
        ? `header "kid" is missing and issuer ${issuer} has several ${alg} keys`
        : `issuer ${issuer} has several ${alg} keys${withKid}`,
    );
  if (error instanceof errors.JWKSNoMatchingKey)
    return refuse(`issuer ${issuer} has no ${alg} key${withKid}`);
  log?.(
    `JWKS of issuer ${issuer}: the ${alg} key${withKid} is unusable: ${error instanceof Error ? error.message : String(error)}`,
  );
  return refuse(`issuer ${issuer} has no usable ${alg} key${withKid}`);
}

/**
 * One issuer's JWKS through jose: cached for `ttlMs`; a `kid` not in the cache (key rotation)
 * refetches at most once per `minRefetchMs`; concurrent requests share one fetch; jose picks the
 * key by `kid` and by the algorithm its type allows (RSA only RS256, EC P-256 only ES256).
 */
export function remoteKeys(
  iss: string,
  url: string,
  options: JwksOptions,
  log?: (message: string) => void,
): JWTVerifyGetKey {
  const keys = createRemoteJWKSet(new URL(url), {
    cacheMaxAge: options.ttlMs,
    cooldownDuration: options.minRefetchMs,
    timeoutDuration: options.timeoutMs,
    [customFetch]: staleIfError(iss, options.minRefetchMs, log),
  });
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      throw keyRefusal(error, iss, header, log);
    }
  };
}
