import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  DecideChangeRequestDocument,
  type ChangeRequestFieldsFragment,
} from '../generated/graphql';
import { words } from '../labels';
import { useReference } from '../reference';
import { expertHref } from '../routing';
import { proposedWords } from '../proposed-words';
import { refusalAt } from './refusal-at';
import { utcDay } from '../dates';

/** What became of a decided request, as the expert will read it too. */
function decisionLine(r: ChangeRequestFieldsFragment): string {
  const by = r.decidedBy ? ` by ${r.decidedBy}` : '';
  if (r.status === 'APPROVED')
    return `Approved ${utcDay(r.decidedAt)}${by}: the record was changed.`;
  if (r.status === 'REJECTED')
    return `Rejected ${utcDay(r.decidedAt)}${by}. Reason: ${r.reason ?? ''}`;
  return 'Waiting for a steward.';
}

/**
 * One change request (docs/ARCHITECTURE.md §6.8): who asked, when, for which fields, the values
 * asked for in words, and while pending, Approve (applies them to the record) or Reject with a
 * reason the expert is shown. The rule that a rejection needs a reason is the server's; its
 * refusal is shown beside the reason box.
 */
export function ChangeRequestItem({
  request,
  onDecided,
}: {
  request: ChangeRequestFieldsFragment;
  onDecided: (decided: ChangeRequestFieldsFragment) => void;
}) {
  const names = useReference();
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [deciding, decide] = useMutation(DecideChangeRequestDocument);
  const refusal = refusalAt(deciding.error, 'reason');
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  // The Reject… button gives way to the reason box: focus goes there, not back to the page.
  useEffect(() => {
    if (rejecting) reasonBox.current?.focus();
  }, [rejecting]);

  const send = async (approve: boolean) => {
    const result = await decide({ id: request.id, approve, reason: approve ? null : reason });
    const decided = result.data?.decideChangeRequest;
    if (decided) onDecided(decided);
  };

  return (
    <li data-testid="change-request" data-status={request.status}>
      <h3 className="rights-item-title">
        <a href={expertHref(request.expertId)}>{request.expertId}</a>
        <span className="rights-state"> {words(request.status)}</span>
      </h3>
      <p className="muted">Requested {utcDay(request.requestedAt)}</p>
      <dl className="rights-fields">
        {proposedWords(request.proposed, names).map((f) => (
          <div key={f.field} data-field={f.field}>
            <dt>{f.label}</dt>
            <dd>
              <ul>
                {f.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
        <div>
          <dt>The expert's note</dt>
          <dd>{request.note || 'No note.'}</dd>
        </div>
      </dl>
      {request.status === 'PENDING' ? (
        <>
          <ErrorNotice messages={refusal.messages} />
          <div className="actions">
            <button type="button" onClick={() => void send(true)} disabled={deciding.fetching}>
              Approve
            </button>
            {rejecting ? null : (
              <button type="button" onClick={() => setRejecting(true)}>
                Reject…
              </button>
            )}
          </div>
          {rejecting ? (
            <div className="form-field">
              <label htmlFor={`${id}-reason`}>Reason for the rejection (the expert sees it)</label>
              <textarea
                id={`${id}-reason`}
                ref={reasonBox}
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={refusal.atField.length > 0}
                aria-describedby={refusal.atField.length > 0 ? `${id}-problem` : undefined}
              />
              {refusal.atField.length > 0 ? (
                <p id={`${id}-problem`} className="field-problems" role="alert">
                  {refusal.atField.join(' ')}
                </p>
              ) : null}
              <div className="actions">
                <button
                  type="button"
                  className="danger"
                  onClick={() => void send(false)}
                  disabled={deciding.fetching}
                >
                  Reject request
                </button>
                <button type="button" onClick={() => setRejecting(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : null}
        </>
      ) : (
        <p data-testid="decision">{decisionLine(request)}</p>
      )}
    </li>
  );
}
