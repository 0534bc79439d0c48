import type { ProgrammeAction } from '../generated/graphql';
import { instant } from '../dates';

const ACTION_WORDS: Record<ProgrammeAction, string> = {
  CREATED: 'Created',
  UPDATED: 'Changed',
  CANCELLED: 'Cancelled',
  ENGAGEMENT_ADDED: 'Expert engaged',
  ENGAGEMENT_REMOVED: 'Engagement ended',
};

export interface Change {
  at: string;
  by: { subject: string; issuer: string };
  action: ProgrammeAction;
  version: number;
  summary: string;
}

/** Every recorded change, newest first, with who made it (the secretariat's view only). */
export function ChangeHistory({ changes }: { changes: readonly Change[] | undefined }) {
  return (
    <section aria-labelledby="changes-heading" className="programme-section">
      <h2 id="changes-heading">Change history</h2>
      {changes === undefined ? (
        <p className="muted">
          The change history names secretariat staff and is shown to the secretariat only.
        </p>
      ) : changes.length === 0 ? (
        <p className="empty">No change is recorded.</p>
      ) : (
        <ol className="change-list" data-testid="changes">
          {changes.map((c) => (
            <li key={c.version}>
              <p>
                <strong>{ACTION_WORDS[c.action]}</strong> · version {c.version} ·{' '}
                <time dateTime={c.at}>{instant(c.at)}</time>
              </p>
              <p>{c.summary}</p>
              <p className="muted">
                by {c.by.subject} ({c.by.issuer})
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
