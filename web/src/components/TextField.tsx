/** One labelled input of a form (text unless `type` says otherwise), for the expert's own page. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'email';
  describedBy?: string;
}) {
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** A list with row `i` changed by `patch`: the rows of the page's list editors. */
export const withRow = <T,>(rows: readonly T[], i: number, patch: Partial<T>): T[] =>
  rows.map((row, j) => (j === i ? { ...row, ...patch } : row));
export const withoutRow = <T,>(rows: readonly T[], i: number): T[] =>
  rows.filter((_, j) => j !== i);
