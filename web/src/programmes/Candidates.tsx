import { useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { audienceFor } from '../auth/identity';
import { useSession } from '../auth/session';
import { CoverageStrip } from '../components/CoverageStrip';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  AddEngagementDocument,
  MatchTrainersDocument,
  type EngagementRole,
  type TrainingNeedInput,
  type TrainingNeedPartsFragment,
} from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { useMorePages } from '../graphql/use-more-pages';
import { words } from '../labels';
import { namesToShow } from '../search/names';
import { ExpertName } from './Engagements';
import { needInput } from './form-model';
import { MatchExplanation, type TrainerEdge } from './MatchExplanation';
import { writeRefusal } from './problems';

const PAGE_SIZE = 10;
const ROLES: readonly EngagementRole[] = ['TRAINER', 'SPEAKER', 'FACILITATOR', 'ADVISER'];

function Candidate({
  edge,
  rank,
  engagedAs,
  engage,
  busy,
}: {
  edge: TrainerEdge;
  rank: number;
  engagedAs: readonly EngagementRole[];
  engage(edge: TrainerEdge, role: EngagementRole, topic: string): void;
  busy: boolean;
}) {
  const { session } = useSession();
  const [role, setRole] = useState<EngagementRole>('TRAINER');
  const [topic, setTopic] = useState('');
  const { node } = edge;
  const name = namesToShow(node.names, node.displayName).latin ?? node.id;
  const withheldBy = `${node.country.name}'s release policy for your audience (${audienceFor(session.identity, node.country.code, node.id)})`;
  const base = `candidate-${rank}`;
  return (
    <li className="candidate" data-testid="candidate">
      <div className="candidate-head">
        <h3>
          <span className="rank">{rank}.</span> <ExpertName expert={node} />
        </h3>
        <span className="score" title="Fit, 0 to 1">
          fit {edge.score.toFixed(2)}
        </span>
      </div>
      <p>
        {node.country.name}
        {node.position
          ? ` · ${node.position.title} · ${words(node.position.band)}`
          : ' · position withheld'}
      </p>
      <MatchExplanation edge={edge} withheldBy={withheldBy} />
      {engagedAs.length ? (
        <p className="engaged-as" data-testid="engaged-as">
          Engaged as {engagedAs.map((r) => words(r).toLowerCase()).join(' and ')}.
        </p>
      ) : null}
      <div className="engage-controls">
        <label htmlFor={`${base}-role`}>Engage as</label>
        <select
          id={`${base}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value as EngagementRole)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {words(r)}
            </option>
          ))}
        </select>
        <label htmlFor={`${base}-topic`}>Topic (optional)</label>
        <input id={`${base}-topic`} value={topic} onChange={(e) => setTopic(e.target.value)} />
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <button
          type="button"
          id={`${base}-engage`}
          aria-disabled={busy || engagedAs.includes(role)}
          onClick={() => {
            if (!busy && !engagedAs.includes(role)) engage(edge, role, topic);
          }}
        >
          Engage<span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </li>
  );
}

/**
 * The secretariat's ranked candidates for a programme's need, from `matchTrainers` across the
 * member states the need includes, each with why it fits and a way to engage it.
 */
export function Candidates({
  programmeId,
  need,
  engaged,
}: {
  programmeId: string;
  need: TrainingNeedPartsFragment;
  /** The roles each visible engaged expert already has. */
  engaged: Map<string, EngagementRole[]>;
}) {
  // By value: the programme is read again after each engagement, with an equal need.
  const needKey = JSON.stringify(needInput(need));
  const input = useMemo(() => JSON.parse(needKey) as TrainingNeedInput, [needKey]);
  const [{ data, fetching, error }] = useQuery({
    query: MatchTrainersDocument,
    variables: { need: input, first: PAGE_SIZE },
  });
  const first = data?.matchTrainers;
  const client = useClient();
  const { edges, hasNext, coverage, loadingMore, moreProblems, loadMore } =
    useMorePages<TrainerEdge>(first, input, async (after) => {
      const result = await client
        .query(MatchTrainersDocument, { need: input, first: PAGE_SIZE, after })
        .toPromise();
      return { page: result.data?.matchTrainers, error: result.error };
    });
  const [{ fetching: engaging }, add] = useMutation(AddEngagementDocument);
  const [said, setSaid] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const engage = async (edge: TrainerEdge, role: EngagementRole, topic: string) => {
    setSaid(null);
    const name = namesToShow(edge.node.names, edge.node.displayName).latin ?? edge.node.id;
    const result = await add({
      programmeId,
      expertId: edge.node.id,
      role,
      topic: topic.trim() === '' ? null : topic,
    });
    const refusal = writeRefusal(result.error);
    setProblems(
      refusal
        ? [
            ...refusal.messages,
            ...refusal.problems.map((p) => `${p.key === 'topic' ? 'Topic: ' : ''}${p.sentence}`),
          ]
        : [],
    );
    if (result.data) setSaid(`${name} is engaged as ${words(role).toLowerCase()}.`);
  };

  return (
    <section aria-labelledby="candidates-heading" className="programme-section candidates">
      <h2 id="candidates-heading">Candidates for the training need</h2>
      <p className="muted">
        Best fit first, from the fields each country releases to you: competencies count most, then
        languages, availability and earlier ACCSM engagements.
      </p>
      <CoverageStrip coverage={coverage} />
      <ErrorNotice messages={[...errorWords(error), ...moreProblems, ...problems]} />
      <p role="status" className="muted" data-testid="candidates-status">
        {said ?? (fetching ? 'Finding candidates…' : first ? `${first.totalCount} candidates` : '')}
      </p>
      {!fetching && first && edges.length === 0 ? (
        <p className="empty">
          No expert holds a needed competency at its level. Lower a level or name another competency
          in the training need.
        </p>
      ) : null}
      <ol className="candidate-list">
        {edges.map((edge, i) => (
          <Candidate
            key={edge.node.id}
            edge={edge}
            rank={i + 1}
            engagedAs={engaged.get(edge.node.id) ?? []}
            engage={(e, role, topic) => void engage(e, role, topic)}
            busy={engaging}
          />
        ))}
      </ol>
      {hasNext ? (
        <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'More candidates'}
        </button>
      ) : null}
    </section>
  );
}
