import { UnverifiedJwt } from './compact';
import { quote, refuse } from './refuse';

/**
 * The token's `alg` when this mode accepts it, else a refusal that says why. jose enforces the
 * same list (and each issuer's own) again; checking first gives the refusal its reason, and
 * refuses `none` or a foreign algorithm before any key is looked up.
 */
export function acceptedAlg(jwt: UnverifiedJwt, algorithms: readonly string[]): string {
  const { alg, crit, kid } = jwt.header;
  if (typeof alg !== 'string') throw refuse('header "alg" is missing');
  if (alg.toLowerCase() === 'none') throw refuse('unsigned tokens (alg "none") are not accepted');
  if (!algorithms.includes(alg))
    throw refuse(
      `algorithm ${quote(alg)} is not accepted here; expected ${algorithms.join(' or ')}`,
    );
  // jose also refuses unknown extensions; this service supports none at all.
  if (crit !== undefined)
    throw refuse('header "crit" names extensions this service does not support');
  if (kid !== undefined && typeof kid !== 'string') throw refuse('header "kid" must be a string');
  if (!jwt.signed) throw refuse('the signature is missing');
  return alg;
}
