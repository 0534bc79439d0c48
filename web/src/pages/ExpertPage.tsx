import { useQuery } from 'urql';
import { audienceFor } from '../auth/identity';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { ExpertDetailDocument } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { fieldLabel, languageName, words } from '../labels';
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
  const audience = audienceFor(session.identity, expert.country.code);
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
      <dl className="fields">
        {expert.position ? (
          <>
            <dt>Position</dt>
            <dd>
              {expert.position.title}, {expert.position.agency} · {words(expert.position.band)} ·
              grade {expert.position.grade.code} ({expert.position.grade.scheme})
            </dd>
          </>
        ) : null}
        {expert.names?.length ? (
          <>
            <dt>Names</dt>
            <dd>
              {expert.names.map((n) => (
                <span key={n.value} lang={n.lang} className="name">
                  {n.value} ({n.script})
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {expert.expertise?.length ? (
          <>
            <dt>Expertise</dt>
            <dd>
              <ul>
                {expert.expertise.map((e) => (
                  <li key={e.area.id}>
                    {e.area.label}: level {e.level}, {e.years} years
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {expert.languages?.length ? (
          <>
            <dt>Languages</dt>
            <dd>{expert.languages.map((l) => `${languageName(l.tag)} ${l.cefr}`).join(', ')}</dd>
          </>
        ) : null}
        {expert.availability ? (
          <>
            <dt>Availability</dt>
            <dd>
              {words(expert.availability.status)}
              {expert.availability.onsite ? ' · on site' : ''}
              {expert.availability.remote ? ' · remote' : ''}
              {expert.availability.windows.map((w) => ` · ${w.from} to ${w.to}`).join('')}
            </dd>
          </>
        ) : null}
        {expert.contact ? (
          <>
            <dt>Contact</dt>
            <dd>
              <a href={`mailto:${expert.contact.workEmail}`}>{expert.contact.workEmail}</a>
            </dd>
          </>
        ) : null}
        {expert.qualifications?.length ? (
          <>
            <dt>Qualifications</dt>
            <dd>
              <ul>
                {expert.qualifications.map((q) => (
                  <li key={q.title + q.year}>
                    {q.title}, {q.institution} ({q.year})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {expert.consent ? (
          <>
            <dt>Consent</dt>
            <dd>{expert.consent.audiences.map(words).join(', ') || 'none'}</dd>
          </>
        ) : null}
        {expert.updatedAt ? (
          <>
            <dt>Last updated</dt>
            <dd>{expert.updatedAt.slice(0, 10)}</dd>
          </>
        ) : null}
      </dl>
      {expert.engagements ? (
        <section aria-label="ACCSM engagements">
          <h2>ACCSM engagements</h2>
          {expert.engagements.length === 0 ? (
            <p className="empty">None recorded.</p>
          ) : (
            <ul>
              {expert.engagements.map((e) => (
                <li key={e.title + e.year + e.role}>
                  {e.year}: {e.title}, {words(e.role)}
                  {e.hostCountry ? `, hosted by ${e.hostCountry}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </main>
  );
}
