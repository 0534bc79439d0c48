import type { MyRecordPartsFragment } from '../generated/graphql';
import { fieldLabel } from '../labels';
import { proposedWords } from '../proposed-words';
import { useReference } from '../reference';
import { CorrectionForm } from './CorrectionForm';
import { utcDay } from '../dates';

type Request = MyRecordPartsFragment['changeRequests'][number];

/** A change request's state in words: what the expert and the stewards both see (§6.8). */
function stateOf(r: Request): string {
  if (r.status === 'PENDING') return 'Waiting for a steward';
  const when = r.decidedAt ? ` on ${utcDay(r.decidedAt)}` : '';
  if (r.status === 'APPROVED') return `Approved${when}: your record shows it`;
  return `Rejected${when}: ${r.reason ?? 'no reason given'}`;
}

/** Corrections through a steward: the form, then every request asked with its state. */
export function CorrectionSection({ me, onSent }: { me: MyRecordPartsFragment; onSent(): void }) {
  const names = useReference();
  const requests = [...me.changeRequests].reverse(); // newest first
  return (
    <section aria-labelledby="correct-title" className="steward-section">
      <h2 id="correct-title">Ask for a correction</h2>
      <p className="muted">
        Your name, position and qualifications are corrected by your country's stewards: change what
        is wrong below, say why, and they approve or reject it with a reason.
      </p>
      <CorrectionForm me={me} onSent={onSent} />
      <h3 id="requests-title">Your correction requests</h3>
      {requests.length === 0 ? (
        <p className="empty">You have not asked for a correction.</p>
      ) : (
        <ul aria-labelledby="requests-title" className="change-requests">
          {requests.map((r) => (
            <li key={r.id} data-testid="my-change-request" data-status={r.status}>
              <strong>{r.fields.map(fieldLabel).join(', ')}</strong>, asked on{' '}
              {utcDay(r.requestedAt)}: {stateOf(r)}.
              {r.note ? <span className="muted"> Your note: {r.note}</span> : null}
              <ul>
                {proposedWords(r.proposed, names).flatMap((f) =>
                  f.lines.map((line, i) => (
                    <li key={`${f.field}-${i}`}>
                      {f.label}: {line}
                    </li>
                  )),
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
