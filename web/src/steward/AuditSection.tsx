import { useEffect, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { StewardAuditLogDocument, type Audience, type CountryCode } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { fieldLabel, words } from '../labels';
import { AUDIENCE_WORDS } from './audience-words';
import { auditCsv, downloadText, type AuditRow } from './audit-csv';
import { POLICY_AUDIENCES } from './policy-draft';

const PAGE_SIZE = 25;

interface Filters {
  from: string;
  to: string;
  audience: Audience | '';
}

/**
 * The audit log (docs/ARCHITECTURE.md §6.6): every release of the country's expert data to a
 * caller outside it, newest first, filtered by date and audience on the server, paged with its
 * cursors, and exported as CSV from the entries the steward has loaded.
 */
export function AuditSection({ country }: { country: CountryCode }) {
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', audience: '' });
  const variables = useMemo(
    () => ({
      country,
      from: filters.from || null,
      to: filters.to || null,
      audience: filters.audience || null,
      first: PAGE_SIZE,
    }),
    [country, filters],
  );
  const [{ data, fetching, error }] = useQuery({
    query: StewardAuditLogDocument,
    variables,
    requestPolicy: 'network-only',
  });
  const client = useClient();
  const [more, setMore] = useState<{
    rows: AuditRow[];
    endCursor: string | null;
    hasNext: boolean;
  } | null>(null);
  const [moreProblems, setMoreProblems] = useState<string[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setMore(null), [variables]);

  const log = data?.auditLog;
  const rows = [...(log?.edges.map((e) => e.node) ?? []), ...(more?.rows ?? [])];
  const hasNext = more ? more.hasNext : (log?.pageInfo.hasNextPage ?? false);

  const loadMore = async () => {
    setLoadingMore(true);
    const after = more ? more.endCursor : (log?.pageInfo.endCursor ?? null);
    const result = await client
      .query(StewardAuditLogDocument, { ...variables, after }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoadingMore(false);
    setMoreProblems(errorWords(result.error));
    const page = result.data?.auditLog;
    if (page)
      setMore({
        rows: [...(more?.rows ?? []), ...page.edges.map((e) => e.node)],
        endCursor: page.pageInfo.endCursor ?? null,
        hasNext: page.pageInfo.hasNextPage,
      });
  };

  const download = () =>
    downloadText(
      auditCsv(rows),
      `audit-${country}-${filters.audience || 'all'}-${filters.from || 'start'}-${filters.to || 'now'}.csv`,
      'text/csv;charset=utf-8',
    );

  const set = (change: Partial<Filters>) => setFilters({ ...filters, ...change });

  return (
    <section aria-labelledby="audit-title" className="steward-section">
      <h2 id="audit-title">Audit log</h2>
      <p className="muted">
        Every release of your country's expert data to a caller outside it, and every change your
        experts made to their own records. Reads by your own officials are not logged.
      </p>
      <form className="audit-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          From
          <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label>
          Audience
          <select
            value={filters.audience}
            onChange={(e) => set({ audience: e.target.value as Audience | '' })}
          >
            <option value="">Every audience</option>
            {POLICY_AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {AUDIENCE_WORDS[a]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={download} disabled={rows.length === 0}>
          Download CSV
        </button>
      </form>
      <ErrorNotice messages={[...errorWords(error), ...moreProblems]} />
      <p role="status" className="muted" data-testid="audit-count">
        {fetching
          ? 'Reading the audit log…'
          : log
            ? `Showing ${rows.length} of ${log.totalCount} entries.`
            : ''}
      </p>
      {!fetching && log && rows.length === 0 ? (
        <p className="empty">No release matches these filters.</p>
      ) : null}
      {rows.length > 0 ? (
        <div className="table-scroll" role="region" aria-label="Audit entries" tabIndex={0}>
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">Time (UTC)</th>
                <th scope="col">Audience</th>
                <th scope="col">Purpose</th>
                <th scope="col">Caller</th>
                <th scope="col">Operation</th>
                <th scope="col">Experts</th>
                <th scope="col">Fields released or changed</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={`${row.at}-${i}`} data-testid="audit-row">
                  <td>{row.at.replace('T', ' ').slice(0, 19)}</td>
                  <td>{AUDIENCE_WORDS[row.audience]}</td>
                  <td>{words(row.purpose)}</td>
                  <td>
                    {row.kind === 'WRITE'
                      ? `the expert, on their own record (${row.callerCountry ?? ''})`
                      : [row.subject ?? 'anonymous', row.role, row.callerCountry]
                          .filter(Boolean)
                          .join(', ')}
                  </td>
                  <td>{row.operation}</td>
                  <td>{row.expertIds.length}</td>
                  <td>
                    {row.kind === 'WRITE' ? 'Changed: ' : ''}
                    {row.fields.map(fieldLabel).join(', ') || 'id only'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {hasNext ? (
        <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more entries'}
        </button>
      ) : null}
    </section>
  );
}
