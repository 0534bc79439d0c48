import { type FetchImplementation } from 'jose';
import { quote } from './refuse';

const MAX_JWKS_CHARS = 1 << 20;
const MAX_KEYS = 100;

/** No key set of the issuer has ever been fetched: its tokens cannot be verified. */
export class KeysUnavailable extends Error {}

/** The document's keys that jose can consider; one junk entry must not void the whole set. */
function keySet(text: string): string {
  const keys = (JSON.parse(text) as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) throw new Error('the document has no "keys" array');
  const objects = keys.filter((k) => typeof k === 'object' && k !== null && !Array.isArray(k));
  return JSON.stringify({ keys: objects.slice(0, MAX_KEYS) });
}

/**
 * The fetch jose's remote key set uses for one issuer: stale-if-error. When the issuer's
 * endpoint fails, its last good key set is served again (jose then waits its cache age or
 * cooldown before asking again), so an outage of the identity provider does not refuse every
 * token at once; each failure is logged for the operator. Before any set was fetched, a failure
 * is KeysUnavailable, and further attempts wait `cooldownMs` so refused requests cannot hammer
 * the issuer.
 */
export function staleIfError(
  issuer: string,
  cooldownMs: number,
  log?: (message: string) => void,
): FetchImplementation {
  let lastGood: string | undefined;
  let failedAt = -Infinity;
  return async (url, init) => {
    if (lastGood === undefined && Date.now() - failedAt < cooldownMs) throw new KeysUnavailable();
    try {
      const response = await fetch(url, init);
      const text = await response.text();
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      if (text.length > MAX_JWKS_CHARS) throw new Error('the document is too large');
      lastGood = keySet(text);
    } catch (error) {
      log?.(
        `JWKS of issuer ${quote(issuer)} could not be fetched: ${error instanceof Error ? error.message : String(error)}`,
      );
      failedAt = Date.now();
      if (lastGood === undefined) throw new KeysUnavailable();
    }
    return new Response(lastGood, { headers: { 'content-type': 'application/json' } });
  };
}
