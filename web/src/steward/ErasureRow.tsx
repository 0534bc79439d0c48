import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { CompleteErasureDocument, type ErasureFieldsFragment } from '../generated/graphql';
import { expertHref } from '../routing';
import { refusalAt } from './refusal-at';
import { utcDay } from '../dates';

/**
 * One erasure the expert asked for (docs/ARCHITECTURE.md §6.8): overdue once its due date has
 * passed, completed by the steward only after a second, explicit confirmation, because removing
 * the record cannot be undone (only a tombstone without personal data is kept).
 */
export function ErasureRow({
  erasure,
  now,
  onCompleted,
}: {
  erasure: ErasureFieldsFragment;
  now: string;
  onCompleted: (done: ErasureFieldsFragment) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [completing, complete] = useMutation(CompleteErasureDocument);
  const { atField, messages } = refusalAt(completing.error, 'id');
  const cancel = useRef<HTMLButtonElement>(null);
  // The irreversible step opens with focus on the safe choice, never on "Erase for good".
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  const overdue = !erasure.completedAt && erasure.dueAt < now;

  const erase = async () => {
    const result = await complete({ id: erasure.expertId });
    const done = result.data?.completeErasure;
    if (done) onCompleted(done);
  };

  return (
    <tr data-testid="erasure-row" data-overdue={overdue}>
      <th scope="row">
        {erasure.completedAt ? (
          erasure.expertId
        ) : (
          <a href={expertHref(erasure.expertId)}>{erasure.expertId}</a>
        )}
      </th>
      <td>{utcDay(erasure.requestedAt)}</td>
      <td>
        {utcDay(erasure.dueAt)}
        {overdue ? <strong className="rights-flag"> Overdue</strong> : null}
      </td>
      <td>
        {erasure.completedAt ? (
          <span data-testid="erasure-done">
            Erased {utcDay(erasure.completedAt)}
            {erasure.completedBy ? ` by ${erasure.completedBy}` : ''}
          </span>
        ) : confirming ? (
          <div className="rights-confirm" role="group" aria-label={`Erase ${erasure.expertId}`}>
            <p>
              This removes the record of {erasure.expertId} for good: it cannot be undone. Only the
              id and the dates are kept.
            </p>
            <ErrorNotice messages={[...atField, ...messages]} />
            <div className="actions">
              <button
                type="button"
                className="danger"
                onClick={() => void erase()}
                disabled={completing.fetching}
              >
                Erase for good
              </button>
              <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Complete erasure…
          </button>
        )}
      </td>
    </tr>
  );
}
