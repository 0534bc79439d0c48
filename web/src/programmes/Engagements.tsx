import { useState } from 'react';
import type { CombinedError } from '@urql/core';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { RemoveEngagementDocument, type ProgrammePartsFragment } from '../generated/graphql';
import { words } from '../labels';
import { useReference } from '../reference';
import { expertHref } from '../routing';
import { namesToShow, type Name } from '../search/names';
import { writeRefusal } from './problems';

type Engagement = ProgrammePartsFragment['engagements'][number];
export type EngagedExpert = NonNullable<Engagement['expert']>;

/**
 * The engagements whose expert's country did not answer, by index, with that country: the
 * gateway puts such an error at `programme.engagements.<i>` (docs/ARCHITECTURE.md §4.4), and a
 * withheld expert is null with no error at all, so the two are told apart here.
 */
export function missingEngagements(error: CombinedError | undefined): Map<number, string> {
  const missing = new Map<number, string>();
  for (const e of error?.graphQLErrors ?? []) {
    const path = e.path ?? [];
    const at = path.indexOf('engagements');
    if (e.extensions?.code === 'COUNTRY_UNAVAILABLE' && at >= 0 && typeof path[at + 1] === 'number')
      missing.set(path[at + 1] as number, String(e.extensions.country ?? ''));
  }
  return missing;
}

/** An expert's names (local script first, then Latin), linking to the expert page. */
export function ExpertName({
  expert,
}: {
  expert: { id: string; displayName: string | null; names: readonly Name[] | null };
}) {
  const { local, latin } = namesToShow(expert.names, expert.displayName);
  return (
    <a href={expertHref(expert.id)}>
      {local ? (
        <span lang={local.lang} className="local-name">
          {local.value}
        </span>
      ) : null}
      {latin ?? 'Name withheld'}
    </a>
  );
}

/** Who is engaged in what role, each expert as their own country releases them to the caller. */
export function Engagements({
  programmeId,
  engagements,
  missing,
  canChange,
}: {
  programmeId: string;
  engagements: readonly Engagement[];
  missing: Map<number, string>;
  canChange: boolean;
}) {
  const { countryName } = useReference();
  const [{ fetching }, remove] = useMutation(RemoveEngagementDocument);
  const [said, setSaid] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const end = async (expert: EngagedExpert, role: Engagement['role'], name: string) => {
    setSaid(null);
    const result = await remove({ programmeId, expertId: expert.id, role });
    const refusal = writeRefusal(result.error);
    setProblems(refusal ? [...refusal.messages, ...refusal.problems.map((p) => p.sentence)] : []);
    if (result.data) {
      setSaid(`${name} is no longer engaged as ${words(role).toLowerCase()}.`);
      // Its button is gone with the engagement: the focus goes back to the list, not the page.
      document.getElementById('engagements-heading')?.focus();
    }
  };

  return (
    <section aria-labelledby="engagements-heading" className="programme-section">
      <h2 id="engagements-heading" tabIndex={-1}>
        Engaged experts
      </h2>
      <ErrorNotice messages={problems} />
      <p role="status" className="muted">
        {said}
      </p>
      {engagements.length === 0 ? (
        <p className="empty">Nobody is engaged yet.</p>
      ) : (
        <ul className="engagement-list">
          {engagements.map((e, i) => {
            const expert = e.expert;
            const country = missing.get(i);
            const name = expert
              ? (namesToShow(expert.names, expert.displayName).latin ?? expert.id)
              : '';
            return (
              <li
                key={`${expert?.id ?? `unseen-${i}`}-${e.role}`}
                data-testid="engagement"
                className="engagement"
              >
                <p>
                  <strong>{words(e.role)}</strong>
                  {e.topic ? ` · ${e.topic}` : ''}
                </p>
                {expert ? (
                  <p>
                    <ExpertName expert={expert} /> · {expert.country.name}
                    {expert.position
                      ? ` · ${expert.position.title}, ${expert.position.agency}`
                      : ''}
                  </p>
                ) : country !== undefined ? (
                  <p className="notice notice-warning" data-testid="engagement-missing">
                    Missing: {countryName(country) || 'the expert’s country'} did not answer, so
                    this expert cannot be shown now. Reload the page later.
                  </p>
                ) : (
                  <p className="notice notice-info" data-testid="engagement-withheld">
                    Withheld: the expert’s country does not show this expert to your audience (no
                    consent for it, or the record was removed).
                  </p>
                )}
                {canChange && expert ? (
                  <button
                    type="button"
                    disabled={fetching}
                    onClick={() => void end(expert, e.role, name)}
                  >
                    End the engagement
                    <span className="visually-hidden">
                      {' '}
                      of {name} as {words(e.role).toLowerCase()}
                    </span>
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
