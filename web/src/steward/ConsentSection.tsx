import { useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { StewardConsentCountsDocument, type CountryCode } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { words } from '../labels';
import { useReference } from '../reference';
import { AUDIENCE_WORDS } from './audience-words';

/**
 * How many of the country's experts consent to what (docs/ARCHITECTURE.md §6.4): counts only,
 * from consentCounts; "seen" is what a request of the audience naming the purpose sees, by the
 * very rule the service applies.
 */
export function ConsentSection({ country }: { country: CountryCode }) {
  const { countryName } = useReference();
  const [{ data, fetching, error }] = useQuery({
    query: StewardConsentCountsDocument,
    variables: { country },
    requestPolicy: 'network-only',
  });
  const counts = data?.consentCounts;
  return (
    <section aria-labelledby="consent-title" className="steward-section">
      <h2 id="consent-title">Consent</h2>
      <ErrorNotice messages={errorWords(error)} />
      {!counts ? (
        <p role="status">{fetching ? 'Counting…' : ''}</p>
      ) : (
        <>
          <p data-testid="consent-total">
            {countryName(country)} holds {counts.experts} experts; {counts.noConsent} of them
            consent to no one outside the country, so only your own officials see them.
          </p>
          <ul className="consent-headline">
            {counts.audiences.map((a) => (
              <li key={a.audience}>
                {AUDIENCE_WORDS[a.audience]} see{' '}
                <strong>{a.purposes.find((p) => p.purpose === 'ANY')?.visible ?? 0}</strong> experts
                when a request names no purpose.
              </li>
            ))}
          </ul>
          <div
            className="table-scroll"
            role="region"
            aria-label="Consent by audience and purpose"
            tabIndex={0}
          >
            <table className="consent-table">
              <caption>Experts by their latest answer, per audience and purpose</caption>
              <thead>
                <tr>
                  <th scope="col">Audience</th>
                  <th scope="col">Purpose</th>
                  <th scope="col">Said yes</th>
                  <th scope="col">Said no</th>
                  <th scope="col">Seen by a request for it</th>
                </tr>
              </thead>
              <tbody>
                {counts.audiences.flatMap((a) =>
                  a.purposes.map((p) => (
                    <tr key={`${a.audience}-${p.purpose}`} data-testid="consent-row">
                      <th scope="row">{AUDIENCE_WORDS[a.audience]}</th>
                      <td>{p.purpose === 'ANY' ? 'Any purpose' : words(p.purpose)}</td>
                      <td>{p.granted}</td>
                      <td>{p.withdrawn}</td>
                      <td>{p.visible}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
