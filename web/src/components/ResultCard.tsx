import type { SearchExpertsQuery } from '../generated/graphql';
import { words } from '../labels';
import { expertHref } from '../routing';
import { namesToShow } from '../search/names';
import { Marked } from './Marked';

export type Edge = SearchExpertsQuery['experts']['edges'][number];

/** One ranked result: score, names (local script and Latin), position, country, what matched. */
export function ResultCard({ edge }: { edge: Edge }) {
  const { node, score, highlights } = edge;
  const matched = highlights.filter((h) => h.kind !== 'AREA').map((h) => h.matched);
  const areas = new Set(highlights.filter((h) => h.kind === 'AREA').map((h) => h.matched));
  const { local, latin } = namesToShow(node.names, node.displayName);
  return (
    <li className="result" data-testid="result">
      <h3>
        <a href={expertHref(node.id)}>
          {local ? (
            <span lang={local.lang} className="local-name">
              <Marked text={local.value} matched={matched} />
            </span>
          ) : null}
          {latin ? <Marked text={latin} matched={matched} /> : <em>Name withheld</em>}
        </a>
      </h3>
      {score != null ? (
        <span className="score" title="Relevance, 0 to 1">
          score {score.toFixed(3)}
        </span>
      ) : null}
      <p>
        {node.position ? (
          <Marked text={node.position.title} matched={matched} />
        ) : (
          'Position withheld'
        )}
        {node.position ? ` · ${words(node.position.band)}` : ''} ·{' '}
        {node.country.name ?? node.country.code}
      </p>
      {node.expertise?.length ? (
        <ul className="chips" aria-label="Expertise">
          {node.expertise.map((e) => (
            <li key={e.area.id} className={areas.has(e.area.id) ? 'chip chip-matched' : 'chip'}>
              {e.area.label} ({e.level})
            </li>
          ))}
        </ul>
      ) : null}
      {highlights.some((h) => h.kind === 'TYPO') ? (
        <p className="muted">
          Matched{' '}
          {highlights
            .filter((h) => h.kind === 'TYPO')
            .map((h) => `“${h.word}” as “${h.matched}”`)
            .join(', ')}
        </p>
      ) : null}
    </li>
  );
}
