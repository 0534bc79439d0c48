/**
 * The rows the server lists, with those the steward acted on in this visit kept and shown in the
 * state the action gave them. The lists are of what is still to do (pending requests and
 * erasures, confirmations due), so a refreshed list drops a row just decided; keeping it says
 * what happened to it instead of letting it vanish. A kept row replaces the server's copy.
 */
export function withDecided<T>(
  rows: readonly T[],
  decided: ReadonlyMap<string, T>,
  keyOf: (row: T) => string,
): T[] {
  const listed = new Set(rows.map(keyOf));
  return [
    ...rows.map((row) => decided.get(keyOf(row)) ?? row),
    ...[...decided].filter(([key]) => !listed.has(key)).map(([, row]) => row),
  ];
}
