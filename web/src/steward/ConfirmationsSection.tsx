import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { StewardConfirmationsDueDocument, type CountryCode } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { useReference } from '../reference';
import { ConfirmationRow, type ConfirmationDue } from './ConfirmationRow';
import { withDecided } from './decided-rows';

const WINDOWS = [30, 90, 180, 365];

/**
 * Records whose confirmation lapses within the chosen window, or has lapsed, longest unconfirmed
 * first (confirmationsDue, docs/ARCHITECTURE.md §6.8). A lapsed record is withheld from everyone
 * outside the country until its expert, or a steward for them, confirms it; a row confirmed here
 * stays in view, saying so, though the list no longer holds it.
 */
export function ConfirmationsSection({ country }: { country: CountryCode }) {
  const { countryName } = useReference();
  const [withinDays, setWithinDays] = useState(90);
  const [confirmed, setConfirmed] = useState<Map<string, ConfirmationDue>>(new Map());
  const [{ data, fetching, error }, refresh] = useQuery({
    query: StewardConfirmationsDueDocument,
    variables: { country, withinDays },
    requestPolicy: 'network-only',
  });
  const rows = withDecided(data?.confirmationsDue ?? [], confirmed, (d) => d.expert.id);

  const onConfirmed = (due: ConfirmationDue) => {
    // What confirmExpert did: confirmed today, so not lapsed (the new due date is the server's).
    const now = { ...due, lastConfirmedAt: new Date().toISOString(), lapsed: false };
    setConfirmed(new Map(confirmed).set(due.expert.id, now));
    refresh({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby="confirmations-title" className="steward-section">
      <h2 id="confirmations-title">Confirmations due</h2>
      <p className="muted">
        Experts confirm their records every few years. A lapsed record is withheld from everyone
        outside {countryName(country)} until the expert confirms it, or you do on their behalf.
      </p>
      <div className="audit-filters">
        <label>
          Lapsing within
          <select
            value={withinDays}
            onChange={(e) => {
              setConfirmed(new Map());
              setWithinDays(Number(e.target.value));
            }}
          >
            {WINDOWS.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice messages={errorWords(error)} />
      <p role="status" className="muted" data-testid="confirmations-count">
        {fetching && !data
          ? 'Reading the confirmations due…'
          : data
            ? `${data.confirmationsDue.filter((d) => d.lapsed).length} lapsed, ${data.confirmationsDue.length} in all.`
            : ''}
      </p>
      {data && rows.length === 0 ? (
        <p className="empty">No record lapses within {withinDays} days.</p>
      ) : null}
      {rows.length > 0 ? (
        <div className="table-scroll" role="region" aria-label="Confirmations due" tabIndex={0}>
          <table className="audit-table rights-table">
            <caption>Records to confirm, longest unconfirmed first</caption>
            <thead>
              <tr>
                <th scope="col">Expert</th>
                <th scope="col">Last confirmed</th>
                <th scope="col">Due</th>
                <th scope="col">State</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <ConfirmationRow
                  key={d.expert.id}
                  due={d}
                  confirmedNow={confirmed.has(d.expert.id)}
                  countryName={countryName(country)}
                  onConfirmed={onConfirmed}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
