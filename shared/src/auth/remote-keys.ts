import { GraphQLError } from 'graphql';
import {
  type JWTVerifyGetKey,
  type RemoteJWKSet,
  type RemoteJWKSetOptions,
  createRemoteJWKSet,
  errors,
} from 'jose';
import { quote, refuse } from './refuse';

/**
 * jose's own settings for every issuer's JWKS, passed through unchanged; jose's defaults apply:
 * `cacheMaxAge` 10 minutes, `cooldownDuration` 30 s, `timeoutDuration` 5 s.
 */
export type JwksOptions = Pick<
  RemoteJWKSetOptions,
  'cacheMaxAge' | 'cooldownDuration' | 'timeoutDuration'
>;

/** Why no key of the set verifies this token, as its holder may be told; the log says more. */
function keyRefusal(
  error: unknown,
  keys: RemoteJWKSet,
  iss: string,
  { alg, kid }: { alg?: string; kid?: string },
  log?: (message: string) => void,
): GraphQLError {
  const issuer = quote(iss);
  const withKid = kid === undefined ? '' : ` with kid ${quote(kid)}`;
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof errors.JWKSMultipleMatchingKeys)
    return refuse(
      kid === undefined
        ? `header "kid" is missing and issuer ${issuer} has several ${alg} keys`
        : `issuer ${issuer} has several ${alg} keys${withKid}`,
    );
  if (error instanceof errors.JWKSNoMatchingKey)
    return refuse(`issuer ${issuer} has no ${alg} key${withKid}`);
  // A set that is not fresh was just fetched, and that fetch failed: jose serves no keys older
  // than cacheMaxAge (docs/adr/0005-jose-for-jwt-and-jwks.md).
  if (!keys.fresh) {
    log?.(`JWKS of issuer ${issuer} could not be fetched: ${reason}`);
    return refuse(`the signing keys of issuer ${issuer} are unavailable`);
  }
  // A fresh set: the matching key is unusable (a private key, say), or jose's refetch for a
  // kid not in the set failed. Either way no key verifies; jose's message says which.
  log?.(`JWKS of issuer ${issuer}: no usable ${alg} key${withKid}: ${reason}`);
  return refuse(`issuer ${issuer} has no usable ${alg} key${withKid}`);
}

/**
 * One issuer's JWKS, as jose's createRemoteJWKSet fetches, caches and rotates it: a `kid` not in
 * the set refetches at most once per `cooldownDuration`; concurrent requests share one fetch;
 * jose picks the key by `kid` and by the algorithm its type allows (RSA only RS256, EC P-256
 * only ES256). Ours is only the wording of its refusals.
 */
export function remoteKeys(
  iss: string,
  url: string,
  options: JwksOptions,
  log?: (message: string) => void,
): JWTVerifyGetKey {
  const keys = createRemoteJWKSet(new URL(url), options);
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      throw keyRefusal(error, keys, iss, header, log);
    }
  };
}
