import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { ConfirmExpertDocument, type StewardConfirmationsDueQuery } from '../generated/graphql';
import { expertHref } from '../routing';
import { refusalAt } from './refusal-at';
import { utcDay } from '../dates';

export type ConfirmationDue = StewardConfirmationsDueQuery['confirmationsDue'][number];

/**
 * One record whose confirmation lapses soon or has lapsed (docs/ARCHITECTURE.md §6.8), which the
 * steward may confirm on the expert's behalf (confirmExpert). `confirmedNow` is set once they did.
 */
export function ConfirmationRow({
  due,
  confirmedNow,
  countryName,
  onConfirmed,
}: {
  due: ConfirmationDue;
  confirmedNow: boolean;
  countryName: string;
  onConfirmed: (due: ConfirmationDue) => void;
}) {
  const [confirming, confirm] = useMutation(ConfirmExpertDocument);
  const { atField, messages } = refusalAt(confirming.error, 'id');
  const name = due.expert.displayName ?? due.expert.id;

  const send = async () => {
    const result = await confirm({ id: due.expert.id });
    if (result.data?.confirmExpert) onConfirmed(due);
  };

  return (
    <tr data-testid="confirmation-row" data-lapsed={due.lapsed && !confirmedNow}>
      <th scope="row">
        <a href={expertHref(due.expert.id)}>{name}</a>
      </th>
      <td>{utcDay(due.lastConfirmedAt)}</td>
      <td>{confirmedNow ? 'Renewed for the full period' : utcDay(due.dueAt)}</td>
      <td>
        {confirmedNow ? (
          'Confirmed'
        ) : due.lapsed ? (
          <strong className="rights-flag">Lapsed: withheld outside {countryName}</strong>
        ) : (
          'Due soon'
        )}
      </td>
      <td>
        {confirmedNow ? (
          <span data-testid="confirmed">Confirmed just now on the expert's behalf.</span>
        ) : (
          <>
            <ErrorNotice messages={[...atField, ...messages]} />
            <button
              type="button"
              onClick={() => void send()}
              disabled={confirming.fetching}
              aria-label={`Confirm on the expert's behalf: ${name}`}
            >
              Confirm on the expert's behalf
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
