import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { CoverageStrip } from '../components/CoverageStrip';
import { ErrorNotice } from '../components/ErrorNotice';
import { Facets } from '../components/Facets';
import { ResultCard, type Edge } from '../components/ResultCard';
import { SearchExpertsDocument } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { useMorePages } from '../graphql/use-more-pages';
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
  const first = data?.experts;
  const client = useClient();
  const { edges, hasNext, coverage, loadingMore, moreProblems, loadMore } = useMorePages<Edge>(
    first,
    filter,
    async (after) => {
      const result = await client
        .query(SearchExpertsDocument, { filter, first: PAGE_SIZE, after })
        .toPromise();
      return { page: result.data?.experts, error: result.error };
    },
  );

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
