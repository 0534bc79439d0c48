import { Suspense, lazy } from 'react';
import { useQuery } from 'urql';
import { audienceSummary } from '../auth/identity';
import { useSession } from '../auth/session';
import { CoverageStrip } from '../components/CoverageStrip';
import { ErrorNotice } from '../components/ErrorNotice';
import { SearchFacetsDocument } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { languageName, words } from '../labels';
import type { Bar } from '../overview/BarChart';
import { useReference } from '../reference';

const NO_FILTER = {};

// ECharts is most of the app's weight: loaded when the overview first opens, not with the search.
const BarChart = lazy(() => import('../overview/BarChart').then((m) => ({ default: m.BarChart })));

/**
 * The region overview (docs/ARCHITECTURE.md §10.5): the pool as the caller's audience sees it,
 * by country, expertise area, language and band, from the same expertFacets counts as the
 * search's facets, with the same coverage strip naming any country whose counts are missing.
 * A field a country withholds from the audience has no counts from it (§6.3).
 */
export function OverviewPage() {
  const { session } = useSession();
  const { countryName, areaLabel } = useReference();
  const [{ data, fetching, error }] = useQuery({
    query: SearchFacetsDocument,
    variables: { filter: NO_FILTER },
  });
  const facets = data?.expertFacets;
  const bars = (
    buckets: readonly { value: string; count: number }[] | undefined,
    label: (v: string) => string,
  ): Bar[] => (buckets ?? []).map((b) => ({ label: label(b.value), count: b.count }));
  const charts = facets
    ? [
        { id: 'country', title: 'Experts by country', bars: bars(facets.byCountry, countryName) },
        { id: 'area', title: 'Experts by expertise area', bars: bars(facets.byArea, areaLabel) },
        {
          id: 'language',
          title: 'Experts by language',
          bars: bars(facets.byLanguage, languageName),
        },
        { id: 'band', title: 'Experts by band', bars: bars(facets.byBand, words) },
      ]
    : [];
  return (
    <main className="overview-page">
      <h1>Region overview</h1>
      <p className="muted">
        The pool as your audience sees it ({audienceSummary(session.identity)}): only experts who
        consent to be shown to you, and only the fields each country releases to you.
      </p>
      <CoverageStrip coverage={facets?.coverage ?? []} />
      <ErrorNotice messages={errorWords(error)} />
      <p role="status" className="muted">
        {fetching ? 'Counting…' : facets ? `${facets.total} experts in the pool.` : ''}
      </p>
      <Suspense fallback={<p role="status">Loading the charts…</p>}>
        <div className="chart-grid">
          {charts.map((c) =>
            c.bars.length > 0 ? (
              <BarChart key={c.id} title={c.title} bars={c.bars} testId={`chart-${c.id}`} />
            ) : (
              <section key={c.id} className="chart-figure" aria-label={c.title}>
                <h2 className="chart-empty-title">{c.title}</h2>
                <p className="empty">
                  No counts: no expert is shown to you, or the countries do not release this field
                  to your audience.
                </p>
              </section>
            ),
          )}
        </div>
      </Suspense>
    </main>
  );
}
