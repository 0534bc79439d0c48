import { useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { RequestErasureDocument, type MyRecordPartsFragment } from '../generated/graphql';
import { refusalWords } from '../graphql/error-words';
import { utcDay } from '../dates';

/**
 * Erasure (docs/ARCHITECTURE.md §6.8): asked for here, it hides the record at once from
 * everyone outside the country's officials; a steward removes it by the country's deadline.
 * It cannot be taken back from this page, so the button asks for a tick first.
 */
export function ErasureSection({
  me,
  countryName,
  onRequested,
}: {
  me: MyRecordPartsFragment;
  countryName: string;
  onRequested(): void;
}) {
  const [sure, setSure] = useState(false);
  const [{ fetching, error }, requestErasure] = useMutation(RequestErasureDocument);
  const ask = async () => {
    const result = await requestErasure({});
    if (result.data) onRequested();
  };
  return (
    <section aria-labelledby="erase-title" className="steward-section">
      <h2 id="erase-title">Erase your record</h2>
      {me.erasure ? (
        <p>
          You asked on {utcDay(me.erasure.requestedAt)}. Your record is hidden from everyone outside{' '}
          {countryName}'s officials, and a steward removes it by {utcDay(me.erasure.dueAt)}. After
          that, only a note that a record was erased, and when, remains.
        </p>
      ) : (
        <>
          <p className="muted">
            Your record is hidden from everyone outside {countryName}'s officials as soon as you
            ask, and a steward then removes it and its search data for good. Download it first if
            you want a copy.
          </p>
          <label>
            <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} /> I
            understand that my record will be removed and cannot be restored
          </label>
          <div className="actions">
            <button type="button" className="danger" onClick={ask} disabled={!sure || fetching}>
              Ask for my record to be erased
            </button>
            <p role="status">{fetching ? 'Sending…' : ''}</p>
          </div>
        </>
      )}
      <ErrorNotice messages={refusalWords(error)} />
    </section>
  );
}
