import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  StewardChangeRequestsDocument,
  type ChangeRequestFieldsFragment,
  type ChangeRequestStatus,
  type CountryCode,
} from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { ChangeRequestItem } from './ChangeRequestItem';
import { withDecided } from './decided-rows';

const STATUSES: { value: ChangeRequestStatus; label: string }[] = [
  { value: 'PENDING', label: 'Pending' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'REJECTED', label: 'Rejected' },
];

/**
 * Corrections the country's experts asked for (docs/ARCHITECTURE.md §6.8), oldest first, of one
 * status: pending ones to decide. A decided request stays in view with its new state while the
 * list is read again.
 */
export function ChangeRequestsSection({ country }: { country: CountryCode }) {
  const [status, setStatus] = useState<ChangeRequestStatus>('PENDING');
  const [decided, setDecided] = useState<Map<string, ChangeRequestFieldsFragment>>(new Map());
  const [{ data, fetching, error }, refresh] = useQuery({
    query: StewardChangeRequestsDocument,
    variables: { country, status },
    requestPolicy: 'network-only',
  });
  const requests = withDecided(data?.changeRequests ?? [], decided, (r) => r.id);

  const onDecided = (request: ChangeRequestFieldsFragment) => {
    setDecided(new Map(decided).set(request.id, request));
    refresh({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby="change-requests-title" className="steward-section">
      <h2 id="change-requests-title">Change requests</h2>
      <p className="muted">
        Corrections your experts asked for to fields they may not change themselves. Approving one
        changes the record at once; a rejection needs a reason, which the expert is shown.
      </p>
      <div className="audit-filters">
        <label>
          Status
          <select
            value={status}
            onChange={(e) => {
              setDecided(new Map());
              setStatus(STATUSES.find((s) => s.value === e.target.value)?.value ?? 'PENDING');
            }}
          >
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice messages={errorWords(error)} />
      <p role="status" className="muted" data-testid="change-requests-count">
        {fetching && !data
          ? 'Reading the change requests…'
          : data
            ? `${data.changeRequests.length} ${status.toLowerCase()}.`
            : ''}
      </p>
      {data && requests.length === 0 ? (
        <p className="empty">No {status.toLowerCase()} change request.</p>
      ) : null}
      {requests.length > 0 ? (
        <ul className="rights-list" aria-label="Change requests">
          {requests.map((r) => (
            <ChangeRequestItem key={r.id} request={r} onDecided={onDecided} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
