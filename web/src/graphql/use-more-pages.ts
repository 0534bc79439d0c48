import { useEffect, useState } from 'react';
import type { CombinedError } from 'urql';
import type { Coverage } from '../components/CoverageStrip';
import { errorWords } from './error-words';

/** A page of a merged region-wide connection, as the gateway answers it (docs/ARCHITECTURE.md §4.3). */
export interface RegionPage<E> {
  edges: readonly E[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  coverage: readonly Coverage[];
}

/** What `fetchPage` gives back: the next page, or the error that stopped it. */
export type PageResult<E> = { page?: RegionPage<E> | null; error?: CombinedError };

/**
 * "Load more" over a merged connection: the first page from the caller's query, the pages after
 * it fetched with the global cursor of the last one read, the coverage of the latest page, and the
 * problems of the last fetch in words. The extra pages are forgotten whenever `resetKey` changes
 * (a new filter or need). Shared by the search and the trainer candidates.
 */
export function useMorePages<E>(
  first: RegionPage<E> | null | undefined,
  resetKey: unknown,
  fetchPage: (after: string | null) => Promise<PageResult<E>>,
) {
  const [more, setMore] = useState<{
    edges: E[];
    endCursor: string | null;
    hasNext: boolean;
    coverage: readonly Coverage[];
  } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreProblems, setMoreProblems] = useState<string[]>([]);
  useEffect(() => setMore(null), [resetKey]);

  const loadMore = async () => {
    setLoadingMore(true);
    const { page, error } = await fetchPage(
      more ? more.endCursor : (first?.pageInfo.endCursor ?? null),
    );
    setLoadingMore(false);
    setMoreProblems(errorWords(error));
    if (page)
      setMore({
        edges: [...(more?.edges ?? []), ...page.edges],
        endCursor: page.pageInfo.endCursor ?? null,
        hasNext: page.pageInfo.hasNextPage,
        coverage: page.coverage,
      });
  };

  return {
    edges: [...(first?.edges ?? []), ...(more?.edges ?? [])],
    hasNext: more ? more.hasNext : (first?.pageInfo.hasNextPage ?? false),
    coverage: more?.coverage ?? first?.coverage ?? [],
    loadingMore,
    moreProblems,
    loadMore,
  };
}
