import { controlId, problemsAt, type Problem } from './problems';

/** The attributes that tie a control to its problems: its id, aria-invalid and aria-describedby. */
export function fieldProps(problems: readonly Problem[], key: string, exact = false) {
  const own = problemsAt(problems, key, exact);
  return {
    id: controlId(key),
    'aria-invalid': own.length > 0 ? true : undefined,
    'aria-describedby': own.length > 0 ? `${controlId(key)}-problems` : undefined,
  };
}

/** What is wrong with one field, beside it, in the server's words. */
export function FieldProblems({
  problems,
  at,
  exact = false,
}: {
  problems: readonly Problem[];
  at: string;
  exact?: boolean;
}) {
  const own = problemsAt(problems, at, exact);
  if (own.length === 0) return null;
  return (
    <ul className="field-problems" id={`${controlId(at)}-problems`}>
      {own.map((p) => (
        <li key={p.key + p.sentence}>{p.sentence}</li>
      ))}
    </ul>
  );
}
