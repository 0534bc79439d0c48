import type { ExpertDetailPartsFragment } from '../generated/graphql';
import { languageName, words } from '../labels';

/**
 * The fields of one expert the owning country released to the caller, each left out when
 * withheld: the expert page and the expert's own page (docs/ARCHITECTURE.md §10.3, §10.6).
 */
export function ExpertFields({ expert }: { expert: ExpertDetailPartsFragment }) {
  return (
    <>
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
    </>
  );
}
