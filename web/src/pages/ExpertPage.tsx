import { useQuery } from 'urql';
import { audienceFor } from '../auth/identity';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { ExpertFields } from '../components/ExpertFields';
import { ExpertDetailDocument } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { fieldLabel } from '../labels';
import { SEARCH_HREF } from '../routing';
import { namesToShow } from '../search/names';

/** One expert: every field released to the caller, and each withheld one named with its reason. */
export function ExpertPage({ id }: { id: string }) {
  const { session } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: ExpertDetailDocument, variables: { id } });
  const expert = data?.expert;
  if (fetching)
    return (
      <main>
        <p role="status">Loading the expert…</p>
      </main>
    );
  if (!expert)
    return (
      <main>
        <ErrorNotice messages={errorWords(error)} />
        <p className="empty">This expert does not exist or is not shown to you.</p>
        <a href={SEARCH_HREF}>Back to the search</a>
      </main>
    );
  const audience = audienceFor(session.identity, expert.country.code, expert.id);
  const { local, latin } = namesToShow(expert.names, expert.displayName);
  return (
    <main className="expert-page">
      <a href={SEARCH_HREF}>← Back to the search</a>
      <h1>
        {local ? (
          <span lang={local.lang} className="local-name">
            {local.value}
          </span>
        ) : null}
        {latin ?? 'Name withheld'}
      </h1>
      <p>
        {expert.country.name} ({expert.country.localName})
      </p>
      <ErrorNotice messages={errorWords(error)} />
      {expert.withheldFields.length ? (
        <section className="notice notice-info" aria-label="Withheld fields">
          <h2>Withheld</h2>
          <ul>
            {expert.withheldFields.map((f) => (
              <li key={f} data-testid="withheld">
                {fieldLabel(f)}: withheld by {expert.country.name}'s release policy for your
                audience ({audience}).
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ExpertFields expert={expert} />
    </main>
  );
}
