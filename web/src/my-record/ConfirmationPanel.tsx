import { useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { ConfirmMyRecordDocument, type MyRecordPartsFragment } from '../generated/graphql';
import { refusalWords } from '../graphql/error-words';
import { utcDay } from '../dates';

/**
 * Re-confirmation (docs/ARCHITECTURE.md §6.8): a record not confirmed within the country's
 * period is withheld outside the country until its expert (or a steward) confirms it. The
 * page says where the record stands, and an erasure request, first.
 */
export function ConfirmationPanel({
  me,
  countryName,
  onChange,
}: {
  me: MyRecordPartsFragment;
  countryName: string;
  onChange(): void;
}) {
  const [{ fetching, error }, confirm] = useMutation(ConfirmMyRecordDocument);
  const [done, setDone] = useState(false);
  const onConfirm = async () => {
    const result = await confirm({});
    if (result.data) {
      setDone(true);
      onChange();
    }
  };
  return (
    <section aria-labelledby="confirm-title" className="my-record-status">
      <h2 id="confirm-title">Is your record up to date?</h2>
      {me.erasure ? (
        <p className="notice notice-warning" data-testid="erasure-state">
          You asked for your record to be erased on {utcDay(me.erasure.requestedAt)}. It is hidden
          from everyone outside {countryName}'s officials, and a steward removes it by{' '}
          {utcDay(me.erasure.dueAt)}.
        </p>
      ) : null}
      {me.lapsed ? (
        <p className="notice notice-warning" data-testid="confirmation-state">
          You last confirmed your record on {utcDay(me.lastConfirmedAt)}. It is not shared outside{' '}
          {countryName} until you confirm it is accurate.
        </p>
      ) : (
        <p data-testid="confirmation-state">
          Confirmed on {utcDay(me.lastConfirmedAt)}. Confirm it again by{' '}
          {utcDay(me.confirmationDueAt)}, or it stops being shared outside {countryName}.
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onConfirm} disabled={fetching}>
          Confirm my record is accurate
        </button>
        {done && !fetching ? (
          <p role="status">Confirmed. Thank you.</p>
        ) : (
          <p role="status">{fetching ? 'Confirming…' : ''}</p>
        )}
      </div>
      <ErrorNotice messages={refusalWords(error)} />
    </section>
  );
}
