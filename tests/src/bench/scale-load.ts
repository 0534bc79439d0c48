import { LoadResult, percentile, runLoad } from './load';
import { SCALE_SEARCH, ScaleQuery } from './scale-queries';

/** Latency of one kind of query within a mixed run. */
export interface KindLatency {
  kind: string;
  requests: number;
  p50: number;
  p99: number;
}

/** A mixed run (the queries in turn) with each kind's own percentiles. */
export interface MixedResult extends LoadResult {
  kinds: KindLatency[];
}

/**
 * One text search as `auth`, against a country directly or the gateway; true when it answered
 * in full. A partial answer (a country timed out behind the gateway) counts as an error, and the
 * first few distinct messages are kept in `errors` for the report.
 */
export function searchSender(
  url: string,
  queries: readonly ScaleQuery[],
  auth: Record<string, string>,
  errors: string[] = [],
): (i: number) => Promise<boolean> {
  return async (i) => {
    const answer = await searchOnce(url, queries[i % queries.length].text, auth);
    if (answer.error !== undefined && errors.length < 3 && !errors.includes(answer.error))
      errors.push(answer.error);
    return answer.error === undefined;
  };
}

/** The search's totalCount, or what went wrong (an HTTP status, the first GraphQL error). */
export async function searchOnce(
  url: string,
  text: string,
  auth: Record<string, string>,
): Promise<{ totalCount?: number; error?: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query: SCALE_SEARCH, variables: { filter: { text }, first: 20 } }),
  });
  const body = (await response.json()) as {
    errors?: { message?: string; extensions?: { code?: string } }[];
    data?: { experts?: { totalCount: number } } | null;
  };
  const [first] = body.errors ?? [];
  if (first) return { error: `${first.extensions?.code ?? 'ERROR'}: ${first.message ?? ''}` };
  if (!response.ok || !body.data?.experts) return { error: `HTTP ${response.status}` };
  return { totalCount: body.data.experts.totalCount };
}

/**
 * runLoad over the queries in turn, keeping each kind's latencies too, so a kind that grows with
 * the data shows by name instead of vanishing into the mixed percentiles.
 */
export async function mixedLoad(
  queries: readonly ScaleQuery[],
  send: (i: number) => Promise<boolean>,
  total: number,
  concurrency: number,
): Promise<MixedResult> {
  const byKind: number[][] = queries.map(() => []);
  const timed = async (i: number) => {
    const t0 = performance.now();
    try {
      return await send(i);
    } finally {
      byKind[i % queries.length].push(performance.now() - t0);
    }
  };
  const result = await runLoad(timed, total, concurrency);
  const kinds = queries.map(({ kind }, k) => {
    const sorted = byKind[k].sort((a, b) => a - b);
    return {
      kind,
      requests: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    };
  });
  return { ...result, kinds };
}

/**
 * How many requests fit a time budget, given what one took during warm-up: at least `min` (so a
 * p99 means something), at most `wanted`, a whole number of rounds over the queries. Large sizes
 * get fewer requests rather than an unbounded run; the tables print the count used.
 */
export function requestsWithin(
  wanted: number,
  msPerRequest: number,
  budgetMs: number,
  rounds: { min: number; of: number },
): number {
  const fit = Math.floor(budgetMs / Math.max(msPerRequest, 0.1));
  const n = Math.max(rounds.min, Math.min(wanted, fit));
  return Math.max(rounds.of, Math.round(n / rounds.of) * rounds.of);
}
