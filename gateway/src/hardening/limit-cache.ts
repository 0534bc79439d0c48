import { DocumentNode } from 'graphql';

/** Distinct operation names and variable sets remembered per document. */
const ENTRIES_PER_DOCUMENT = 64;
/** Variables longer than this as JSON are measured every time (rare, and cheap next to their cost). */
const MAX_KEY_LENGTH = 2048;

/**
 * The admitted cost of an operation, remembered per parsed document.
 *
 * Measuring depth, page sizes and cost walks the whole operation and coerces its variables: about
 * a millisecond of gateway CPU a request, the largest per-request cost after planning (measured by
 * `npm run bench -- --cpu`; docs/ARCHITECTURE.md §5.4). The result depends only on the document, the
 * operation name, the variables, and what the analysis reads from outside: the schema, the cost
 * directives and the countries a fan-out reaches. Apollo keeps parsed documents in its document
 * store, so a repeated request arrives with the same DocumentNode, which keys a WeakMap here (a
 * document evicted from Apollo's store is freed with its entries). The outside inputs are compared
 * by identity: each is replaced, never mutated, when the supergraph or the region changes, and any
 * change empties the cache. Only admissions are kept; a refusal is measured again each time, so a
 * refused request can never be admitted from the cache.
 */
export class LimitCache {
  private byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  private inputs: readonly unknown[] = [];

  /** The remembered cost, or what `measure` gives (remembered when it admits). */
  cost<Refusal extends { ok: false }>(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    inputs: readonly unknown[],
    measure: () => { ok: true; cost: number } | Refusal,
  ): { ok: true; cost: number } | Refusal {
    if (inputs.length !== this.inputs.length || inputs.some((v, i) => v !== this.inputs[i])) {
      this.byDocument = new WeakMap();
      this.inputs = inputs;
    }
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    const entries = this.byDocument.get(document);
    const known = entries?.get(key);
    if (known !== undefined) return { ok: true, cost: known };
    const result = measure();
    if (result.ok && key.length <= MAX_KEY_LENGTH) {
      const map = entries ?? new Map<string, number>();
      if (map.size >= ENTRIES_PER_DOCUMENT) map.clear();
      map.set(key, result.cost);
      if (!entries) this.byDocument.set(document, map);
    }
    return result;
  }
}
