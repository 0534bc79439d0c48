import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { instant } from '../dates';
import { MyReleasesDocument, type MyReleasesQuery } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { fieldLabel, words } from '../labels';
import { useReference } from '../reference';
import { AUDIENCE_WORDS } from '../steward/audience-words';

type Release = NonNullable<MyReleasesQuery['me']>['releases']['edges'][number];
const PAGE = 20;

/**
 * Who received the record (docs/ARCHITECTURE.md §6.8): each release outside the country's own
 * officials, from the owner's audit log, newest first; a recipient is named by role, country
 * and audience, never by their account.
 */
export function ReleasesSection({ countryName }: { countryName: string }) {
  const client = useClient();
  const { countryName: nameOf } = useReference();
  const [{ data, fetching, error }] = useQuery({
    query: MyReleasesDocument,
    variables: { first: PAGE },
    requestPolicy: 'network-only',
  });
  const [more, setMore] = useState<{ edges: Release[]; end: string | null; next: boolean } | null>(
    null,
  );
  const [moreProblems, setMoreProblems] = useState<string[]>([]);
  const first = data?.me?.releases;
  const edges = [...(first?.edges ?? []), ...(more?.edges ?? [])];
  const hasNext = more ? more.next : (first?.pageInfo.hasNextPage ?? false);

  const loadMore = async () => {
    const after = more ? more.end : (first?.pageInfo.endCursor ?? null);
    const result = await client
      .query(MyReleasesDocument, { first: PAGE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    setMoreProblems(errorWords(result.error));
    const page = result.data?.me?.releases;
    if (page)
      setMore({
        edges: [...(more?.edges ?? []), ...page.edges],
        end: page.pageInfo.endCursor ?? null,
        next: page.pageInfo.hasNextPage,
      });
  };
  const recipient = ({ node }: Release) =>
    node.role === 'secretariat'
      ? 'ASEAN Secretariat'
      : node.role
        ? `${words(node.role)} of ${node.country ? nameOf(node.country) : 'no country'}`
        : 'Anyone (no sign-in)';

  return (
    <section aria-labelledby="releases-title" className="steward-section">
      <h2 id="releases-title">Who received your record</h2>
      <ErrorNotice messages={[...errorWords(error), ...moreProblems]} />
      {!first ? (
        <p role="status">{fetching ? 'Loading…' : ''}</p>
      ) : first.totalCount === 0 ? (
        <p className="empty">Nobody outside {countryName}'s officials has received your record.</p>
      ) : (
        <>
          <p data-testid="releases-total">
            Your record was released {first.totalCount} times outside {countryName}'s officials.
          </p>
          <div
            className="table-scroll"
            role="region"
            aria-label="Releases of your record"
            tabIndex={0}
          >
            <table className="audit-table">
              <caption className="visually-hidden">Releases of your record, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">To</th>
                  <th scope="col">As</th>
                  <th scope="col">Purpose</th>
                  <th scope="col">Fields</th>
                </tr>
              </thead>
              <tbody>
                {edges.map((edge) => (
                  <tr key={edge.cursor} data-testid="my-release">
                    <td>{instant(edge.node.at)}</td>
                    <td>{recipient(edge)}</td>
                    <td>{AUDIENCE_WORDS[edge.node.audience]}</td>
                    <td>{edge.node.purpose === 'ANY' ? 'Any' : words(edge.node.purpose)}</td>
                    <td>{edge.node.fields.map(fieldLabel).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {hasNext ? (
            <button type="button" onClick={loadMore}>
              Show older releases
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
