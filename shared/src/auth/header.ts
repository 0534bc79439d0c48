import { quote, refuse } from './refuse';

/**
 * The token's `alg` when this mode accepts it, else a refusal that says why. jose enforces the
 * same list (and each issuer's own) again; checking first gives the refusal its reason, and
 * refuses `none` or a foreign algorithm before any key is looked up.
 */
export function acceptedAlg(
  header: Record<string, unknown>,
  token: string,
  algorithms: readonly string[],
): string {
  const { alg, crit, kid } = header;
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
  if (token.endsWith('.')) throw refuse('the signature is missing');
  // jose's base64url decoder ignores padding, so "<signature>=" would verify too: one token
  // spelled two ways. The signature is the last part; this asks only that it be base64url.
  if (!/\.[\w-]+$/.test(token)) throw refuse('malformed token (the signature is not base64url)');
  return alg;
}
