import type { MatchTrainersQuery } from '../generated/graphql';
import { languageName, words } from '../labels';

export type TrainerEdge = MatchTrainersQuery['matchTrainers']['edges'][number];

/**
 * Why a candidate fits the need, part by part (docs/ARCHITECTURE.md §7.7). A part is null when
 * the candidate's country withholds its field from the caller's audience: it is named as
 * withheld, and it did not count in the score.
 */
export function MatchExplanation({ edge, withheldBy }: { edge: TrainerEdge; withheldBy: string }) {
  const { match } = edge;
  const withheld = <em className="withheld">withheld by {withheldBy}</em>;
  return (
    <dl className="match" aria-label="Why this candidate fits">
      <dt>Competencies</dt>
      <dd>
        <ul>
          {match.competencies.map((c) => (
            <li key={c.area.id} className={c.met ? 'fit-met' : 'fit-unmet'}>
              {c.met ? '✓ ' : '✗ '}
              {c.area.label}:{' '}
              {c.level == null
                ? `not held (level ${c.minLevel} needed)`
                : `level ${c.level} (${c.minLevel} needed)${c.years != null ? `, ${c.years} years` : ''}`}
            </li>
          ))}
        </ul>
      </dd>
      <dt>Languages</dt>
      <dd>
        {match.languages == null ? (
          withheld
        ) : match.languages.length === 0 ? (
          'None needed'
        ) : (
          <ul>
            {match.languages.map((l) => (
              <li key={l.tag} className={l.met ? 'fit-met' : 'fit-unmet'}>
                {l.met ? '✓ ' : '✗ '}
                {languageName(l.tag)}: {l.cefr ?? 'not spoken'} ({l.minCefr} needed)
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Availability</dt>
      <dd>
        {match.availability == null ? (
          withheld
        ) : (
          <>
            {words(match.availability.status)} ·{' '}
            {match.availability.modeSupported ? 'works in this mode' : 'does not work in this mode'}{' '}
            · free {match.availability.overlapDays} of the {match.availability.windowDays} days
          </>
        )}
      </dd>
      <dt>Earlier ACCSM engagements</dt>
      <dd>
        {match.engagements == null ? (
          withheld
        ) : match.engagements.length === 0 ? (
          'None recorded'
        ) : (
          <ul>
            {match.engagements.map((e) => (
              <li key={`${e.year}-${e.title}-${e.role}`}>
                {e.year}: {e.title}, {words(e.role).toLowerCase()}
                {e.hostCountry ? `, hosted by ${e.hostCountry}` : ''}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
