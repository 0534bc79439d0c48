/**
 * The relevance bench's measures, over graded judgements (relevance-queries.ts):
 * - nDCG@k with linear gains, DCG = sum of gain / log2(rank + 1) over the first k, divided by the
 *   DCG of the ideal order of every judged expert (Järvelin and Kekäläinen).
 * - recall@k: relevant experts (gain >= 1) in the first k, out of as many as k can hold
 *   (min(k, relevant)), so a perfect first page scores 1 even when more are relevant.
 */
export function dcg(gains: readonly number[], k: number): number {
  return gains.slice(0, k).reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
}

export function ndcgAt(ranked: readonly string[], gains: ReadonlyMap<string, number>, k: number) {
  const ideal = dcg(
    [...gains.values()].sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return NaN;
  return (
    dcg(
      ranked.map((id) => gains.get(id) ?? 0),
      k,
    ) / ideal
  );
}

export function recallAt(
  ranked: readonly string[],
  gains: ReadonlyMap<string, number>,
  k: number,
): number {
  const relevant = [...gains.values()].filter((g) => g >= 1).length;
  if (relevant === 0) return NaN;
  const found = ranked.slice(0, k).filter((id) => (gains.get(id) ?? 0) >= 1).length;
  return found / Math.min(k, relevant);
}

/** The mean of the defined values (NaN where a query has nothing to find). */
export function mean(values: readonly number[]): number {
  const defined = values.filter((v) => !Number.isNaN(v));
  return defined.length === 0 ? NaN : defined.reduce((a, b) => a + b, 0) / defined.length;
}
