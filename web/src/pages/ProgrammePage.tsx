import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProgrammeDetailDocument, type EngagementRole } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { words } from '../labels';
import { CancelProgramme } from '../programmes/CancelProgramme';
import { Candidates } from '../programmes/Candidates';
import { ChangeHistory } from '../programmes/ChangeHistory';
import { dateRange, instant } from '../dates';
import { Engagements, missingEngagements } from '../programmes/Engagements';
import { NeedSummary } from '../programmes/NeedSummary';
import { PROGRAMMES_HREF, editProgrammeHref } from '../programmes/routes';

/**
 * One programme (`#/programmes/<id>`): every field, the training need, the engaged experts as
 * their countries release them, and for the secretariat the change history, the edit and cancel
 * controls and the ranked candidates for the need (docs/ARCHITECTURE.md §10.4).
 */
export function ProgrammePage({ id }: { id: string }) {
  const { session } = useSession();
  const secretariat = session.identity.role === 'secretariat';
  const [{ data, fetching, error }] = useQuery({
    query: ProgrammeDetailDocument,
    variables: { id, withChanges: secretariat },
  });
  const programme = data?.programme;
  // A missing country's trainer is named as missing beside the others; it is not a page error.
  const problems = errorWords(error);
  if (!programme)
    return (
      <main>
        <a href={PROGRAMMES_HREF}>← Back to the programmes</a>
        {fetching ? (
          <p role="status">Loading the programme…</p>
        ) : (
          <>
            <h1>Programme not found</h1>
            <ErrorNotice messages={problems} />
            {data ? <p className="empty">There is no programme {id}.</p> : null}
          </>
        )}
      </main>
    );
  const active = programme.status === 'ACTIVE';
  const canChange = secretariat && active;
  const engaged = new Map<string, EngagementRole[]>();
  for (const e of programme.engagements)
    if (e.expert) engaged.set(e.expert.id, [...(engaged.get(e.expert.id) ?? []), e.role]);
  return (
    <main className="programme-page">
      <a href={PROGRAMMES_HREF}>← Back to the programmes</a>
      <div className="page-title">
        <h1>{programme.title}</h1>
        {canChange ? (
          <a className="button-link" href={editProgrammeHref(programme.id)}>
            Edit the programme
          </a>
        ) : null}
      </div>
      <ErrorNotice messages={problems} />
      {!active ? (
        <section className="notice notice-warning" aria-label="Cancelled" data-testid="cancelled">
          <p>
            <strong>Cancelled</strong>
            {programme.cancelledAt ? ` on ${instant(programme.cancelledAt)}` : ''}
            {programme.cancelReason ? `: ${programme.cancelReason}` : ''}
          </p>
        </section>
      ) : null}
      <dl className="fields programme-fields">
        <dt>Kind</dt>
        <dd>{words(programme.kind)}</dd>
        <dt>Host</dt>
        <dd>
          {programme.host.name} ({programme.host.localName})
        </dd>
        <dt>Dates</dt>
        <dd>{dateRange(programme.startDate, programme.endDate)}</dd>
        <dt>Status</dt>
        <dd>{active ? 'Active' : 'Cancelled'}</dd>
        <dt>Work plan</dt>
        <dd>{programme.workPlan ?? <span className="muted">None given</span>}</dd>
        <dt>Competencies</dt>
        <dd>
          <ul className="chips">
            {programme.competencies.map((c) => (
              <li key={c.id} className="chip">
                {c.label}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Description</dt>
        <dd className="description">
          {programme.description ?? <span className="muted">None given</span>}
        </dd>
        <dt>Identifier</dt>
        <dd>
          <code>{programme.id}</code> · version {programme.version}
        </dd>
      </dl>
      <section aria-labelledby="need-heading" className="programme-section">
        <h2 id="need-heading">Training need</h2>
        {programme.need ? (
          <NeedSummary need={programme.need} />
        ) : (
          <p className="empty">
            No training need is recorded
            {canChange ? ': edit the programme to add one and see candidates.' : '.'}
          </p>
        )}
      </section>
      <Engagements
        programmeId={programme.id}
        engagements={programme.engagements}
        missing={missingEngagements(error)}
        canChange={canChange}
      />
      {canChange && programme.need ? (
        <Candidates programmeId={programme.id} need={programme.need} engaged={engaged} />
      ) : null}
      {canChange ? <CancelProgramme programmeId={programme.id} /> : null}
      <ChangeHistory changes={secretariat ? programme.changes : undefined} />
    </main>
  );
}
