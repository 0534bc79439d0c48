import { useEffect, useRef } from 'react';
import { fieldWords } from './field-words';
import { controlId, type WriteRefusal } from './problems';

/**
 * Why a save was refused, at the top of the form and focused, so a keyboard or screen-reader user
 * hears it at once: each field problem is a button that moves to its field, a concurrent edit
 * says what happened and offers the latest version.
 */
export function RefusalSummary({
  refusal,
  title,
  onReload,
}: {
  refusal: WriteRefusal | null;
  title: string;
  onReload?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [refusal]);
  if (!refusal) return null;
  const focus = (key: string) => {
    // A problem of a list's entry is shown on the list when the entry has no control of its own.
    const id = controlId(key);
    const control =
      document.getElementById(id) ?? document.getElementById(id.replace(/-\d+-?$/, ''));
    control?.focus();
  };
  return (
    <div className="notice notice-error refusal" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title}</h2>
      {refusal.staleAt !== undefined ? (
        <p>
          Someone else changed this programme since you opened it
          {refusal.staleAt >= 0 ? ` (it is now at version ${refusal.staleAt})` : ''}. Your changes
          were not saved, so theirs are not lost.{' '}
          {onReload ? (
            <button type="button" onClick={onReload}>
              Load the latest version
            </button>
          ) : null}
        </p>
      ) : null}
      {refusal.messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {refusal.problems.length ? (
        <ul>
          {refusal.problems.map((p) => (
            <li key={p.key + p.sentence}>
              <button type="button" className="link-button" onClick={() => focus(p.key)}>
                {fieldWords(p.key)}
              </button>
              : {p.sentence}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
