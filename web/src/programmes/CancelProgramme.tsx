import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { CancelProgrammeDocument } from '../generated/graphql';
import { FieldProblems, fieldProps } from './FieldProblems';
import { sayBlanks, writeRefusal, type WriteRefusal } from './problems';

/**
 * Cancelling takes a reason, which stays on the programme for everyone to read. Behind a
 * disclosure so it is never one stray click away.
 */
export function CancelProgramme({ programmeId }: { programmeId: string }) {
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const [{ fetching }, cancel] = useMutation(CancelProgrammeDocument);
  const problems = refusal?.problems ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await cancel({ id: programmeId, reason });
    setRefusal(sayBlanks(writeRefusal(result.error), { reason: reason.trim() }));
  };
  return (
    <details className="programme-section cancel-programme">
      <summary>Cancel this programme</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>
          A cancelled programme stays readable with its reason, and is no longer changed or listed
          unless cancelled programmes are asked for.
        </p>
        {refusal?.messages.map((m) => (
          <p key={m} className="notice notice-error" role="alert">
            {m}
          </p>
        ))}
        <div className="form-field">
          <label htmlFor="pf-reason">Reason for cancelling (required)</label>
          <textarea
            {...fieldProps(problems, 'reason')}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <FieldProblems problems={problems} at="reason" />
        </div>
        <button type="submit" className="danger" disabled={fetching}>
          {fetching ? 'Cancelling…' : 'Cancel the programme'}
        </button>
      </form>
    </details>
  );
}
