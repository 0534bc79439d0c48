import { useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  ProgrammeChoicesDocument,
  ProgrammesDocument,
  type CountryCode,
  type ProgrammesQuery,
} from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { words } from '../labels';
import { dateRange } from '../dates';
import { NEW_PROGRAMME_HREF, programmeHref } from '../programmes/routes';

/** The region's `programmes` takes at most 100 at a time (docs/ARCHITECTURE.md §9, limits). */
const PAGE = 50;
const MAX_FIRST = 100;

interface Filters {
  host: string;
  competency: string;
  from: string;
  to: string;
  includeCancelled: boolean;
}
const NONE: Filters = { host: '', competency: '', from: '', to: '', includeCancelled: false };
const orUndefined = (s: string) => (s === '' ? undefined : s);

function ProgrammeCard({ p }: { p: ProgrammesQuery['programmes'][number] }) {
  const trainers = p.engagements.length;
  return (
    <li className="programme-card" data-testid="programme">
      <h2>
        <a href={programmeHref(p.id)}>{p.title}</a>
      </h2>
      <p>
        {words(p.kind)} · hosted by {p.host.name} · {dateRange(p.startDate, p.endDate)}
        {p.status === 'CANCELLED' ? (
          <strong className="badge badge-cancelled"> Cancelled</strong>
        ) : null}
      </p>
      <p className="muted">
        {trainers === 0 ? 'Nobody engaged yet' : `${trainers} engaged`} ·{' '}
        {p.competencies.map((c) => c.label).join(', ')}
      </p>
    </li>
  );
}

/** ACCSM programmes by start date, with the filters `programmes` takes (`#/programmes`). */
export function ProgrammesPage() {
  const { session } = useSession();
  const [filters, setFilters] = useState<Filters>(NONE);
  const [first, setFirst] = useState(PAGE);
  const [choices] = useQuery({ query: ProgrammeChoicesDocument });
  const [{ data, fetching, error }] = useQuery({
    query: ProgrammesDocument,
    variables: {
      host: orUndefined(filters.host) as CountryCode | undefined,
      competency: orUndefined(filters.competency),
      from: orUndefined(filters.from),
      to: orUndefined(filters.to),
      includeCancelled: filters.includeCancelled,
      first,
    },
  });
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setFirst(PAGE);
  };
  const list = data?.programmes ?? [];
  const filtered = JSON.stringify(filters) !== JSON.stringify(NONE);
  // A filter the region refuses (a date it cannot read) says why, in its words.
  const refused = (error?.graphQLErrors ?? [])
    .filter((e) => e.extensions?.code === 'BAD_USER_INPUT')
    .map((e) => e.message);
  return (
    <main className="programmes-page">
      <div className="page-title">
        <h1>Programmes</h1>
        {session.identity.role === 'secretariat' ? (
          <a className="button-link" href={NEW_PROGRAMME_HREF}>
            New programme
          </a>
        ) : null}
      </div>
      <form
        className="programme-filters"
        aria-label="Filter programmes"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          Host country
          <select value={filters.host} onChange={(e) => set({ host: e.target.value })}>
            <option value="">Any</option>
            {(choices.data?.countries ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Competency
          <select value={filters.competency} onChange={(e) => set({ competency: e.target.value })}>
            <option value="">Any</option>
            {(choices.data?.expertiseAreas ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Running on or after
          <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          Running on or before
          <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label className="inline-choice">
          <input
            type="checkbox"
            checked={filters.includeCancelled}
            onChange={(e) => set({ includeCancelled: e.target.checked })}
          />
          Include cancelled programmes
        </label>
        {filtered ? (
          <button type="button" onClick={() => set(NONE)}>
            Clear the filters
          </button>
        ) : null}
      </form>
      <ErrorNotice
        messages={refused.length ? refused : [...errorWords(error), ...errorWords(choices.error)]}
      />
      <p className="muted" role="status">
        {fetching
          ? 'Loading the programmes…'
          : data
            ? `${list.length} programme${list.length === 1 ? '' : 's'}${list.length === first ? ' shown' : ''}`
            : ''}
      </p>
      {!fetching && data && list.length === 0 ? (
        <p className="empty">
          {filtered
            ? 'No programme matches these filters. Clear a filter to see more.'
            : 'No programmes yet.'}
        </p>
      ) : null}
      <ol className="programme-list">
        {list.map((p) => (
          <ProgrammeCard key={p.id} p={p} />
        ))}
      </ol>
      {list.length === first && first < MAX_FIRST ? (
        <button type="button" onClick={() => setFirst(Math.min(first + PAGE, MAX_FIRST))}>
          Show more
        </button>
      ) : null}
      {list.length === MAX_FIRST ? (
        <p className="muted">The first {MAX_FIRST} are shown: narrow the filters to see others.</p>
      ) : null}
    </main>
  );
}
