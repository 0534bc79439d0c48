import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  StewardPendingErasuresDocument,
  type CountryCode,
  type ErasureFieldsFragment,
} from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { useReference } from '../reference';
import { ErasureRow } from './ErasureRow';
import { withDecided } from './decided-rows';

/**
 * Erasures the country's experts asked for and no steward completed yet (docs/ARCHITECTURE.md
 * §6.8), earliest deadline first. The records are hidden outside the country from the request
 * on; completing one removes it. A completed one stays in view, saying so.
 */
export function ErasuresSection({ country }: { country: CountryCode }) {
  const { countryName } = useReference();
  const [done, setDone] = useState<Map<string, ErasureFieldsFragment>>(new Map());
  const [{ data, fetching, error }, refresh] = useQuery({
    query: StewardPendingErasuresDocument,
    variables: { country },
    requestPolicy: 'network-only',
  });
  const erasures = withDecided(data?.pendingErasures ?? [], done, (e) => e.expertId);
  const now = new Date().toISOString();

  const onCompleted = (erasure: ErasureFieldsFragment) => {
    setDone(new Map(done).set(erasure.expertId, erasure));
    refresh({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby="erasures-title" className="steward-section">
      <h2 id="erasures-title">Erasure requests</h2>
      <p className="muted">
        Records whose experts asked to be erased. Nobody outside {countryName(country)}'s officials
        sees them any more; complete each erasure before its due date.
      </p>
      <ErrorNotice messages={errorWords(error)} />
      <p role="status" className="muted" data-testid="erasures-count">
        {fetching && !data
          ? 'Reading the erasure requests…'
          : data
            ? `${data.pendingErasures.length} waiting.`
            : ''}
      </p>
      {data && erasures.length === 0 ? <p className="empty">No erasure is waiting.</p> : null}
      {erasures.length > 0 ? (
        <div className="table-scroll" role="region" aria-label="Erasure requests" tabIndex={0}>
          <table className="audit-table rights-table">
            <caption>Erasures to complete, earliest due first</caption>
            <thead>
              <tr>
                <th scope="col">Expert</th>
                <th scope="col">Requested</th>
                <th scope="col">Due</th>
                <th scope="col">Erasure</th>
              </tr>
            </thead>
            <tbody>
              {erasures.map((e) => (
                <ErasureRow key={e.expertId} erasure={e} now={now} onCompleted={onCompleted} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
