import { useEffect, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { CoverageStrip, type Coverage } from '../components/CoverageStrip';
import { ErrorNotice } from '../components/ErrorNotice';
import { Facets } from '../components/Facets';
import { ResultCard, type Edge } from '../components/ResultCard';
import { SearchExpertsDocument } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { NO_SELECTION, filterOf, type Selection } from '../search/filter';
import { useDebounced } from '../search/use-debounced';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 300;

/** Search as you type with facets, ranked results, "Load more" and the coverage strip. */
export function SearchPage() {
  const [text, setText] = useState('');
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const settled = useDebounced(text, TYPING_PAUSE_MS);
  const filter = useMemo(() => filterOf(settled, selection), [settled, selection]);
  const [{ data, fetching, error }] = useQuery({
    query: SearchExpertsDocument,
    variables: { filter, first: PAGE_SIZE },
  });
  const client = useClient();
  // Pages after the first, with the cursor and coverage of the last one read.
  const [more, setMore] = useState<{
    edges: Edge[];
    endCursor: string | null;
    hasNext: boolean;
    coverage: Coverage[];
  } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreProblems, setMoreProblems] = useState<string[]>([]);
  useEffect(() => setMore(null), [filter]);

  const first = data?.experts;
  const edges = [...(first?.edges ?? []), ...(more?.edges ?? [])];
  const hasNext = more ? more.hasNext : (first?.pageInfo.hasNextPage ?? false);
  const coverage = more?.coverage ?? first?.coverage ?? [];

  const loadMore = async () => {
    setLoadingMore(true);
    const after = more ? more.endCursor : (first?.pageInfo.endCursor ?? null);
    const result = await client
      .query(SearchExpertsDocument, { filter, first: PAGE_SIZE, after })
      .toPromise();
    setLoadingMore(false);
    setMoreProblems(errorWords(result.error));
    const page = result.data?.experts;
    if (page)
      setMore({
        edges: [...(more?.edges ?? []), ...page.edges],
        endCursor: page.pageInfo.endCursor ?? null,
        hasNext: page.pageInfo.hasNextPage,
        coverage: page.coverage,
      });
  };

  return (
    <main className="search-page">
      <h1 className="visually-hidden">Find experts</h1>
      <div className="search-box">
        <label htmlFor="search-text">Search experts</label>
        <input
          id="search-text"
          type="search"
          value={text}
          placeholder="e.g. succession planning, การบริหารผลงาน, Rattana"
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
        />
      </div>
      <CoverageStrip coverage={coverage} />
      <div className="search-layout">
        <Facets filter={filter} selection={selection} onChange={setSelection} />
        <section aria-label="Results" aria-busy={fetching} className="results">
          <ErrorNotice messages={[...errorWords(error), ...moreProblems]} />
          <p className="muted" role="status">
            {fetching ? 'Searching…' : first ? `${first.totalCount} experts` : ''}
          </p>
          {!fetching && first && edges.length === 0 ? (
            <p className="empty">No expert matches. Try fewer words or clear a facet.</p>
          ) : null}
          <ol className="result-list">
            {edges.map((edge) => (
              <ResultCard key={edge.node.id} edge={edge} />
            ))}
          </ol>
          {hasNext ? (
            <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load more'}
            </button>
          ) : null}
        </section>
      </div>
    </main>
  );
}
