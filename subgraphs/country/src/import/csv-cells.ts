import { JsonReader, JsonSyntaxError } from './json-reader';

/**
 * How one CSV cell becomes part of a record. Mappers only reshape text; whether the values are
 * acceptable is decided by validateRecord, as for JSON rows, so both formats report alike.
 * Shape problems (a list item with the wrong number of parts) go to `problems`.
 */
export type CellMapper = (cell: string, column: string, problems: string[]) => unknown;

/** An empty cell is an absent value, reported by validation as "is required" where it is. */
export const text: CellMapper = (cell) => (cell.trim() === '' ? undefined : cell);

/** Spreadsheets write booleans as TRUE/FALSE. */
export const flag: CellMapper = (cell, column, problems) =>
  lowerBoolean(text(cell, column, problems));

export function lowerBoolean(value: unknown): unknown {
  return typeof value === 'string' && /^(true|false)$/i.test(value.trim())
    ? value.trim().toLowerCase()
    : value;
}

/**
 * A list cell: items separated by ";", each read by `parseItem` (undefined: malformed, reported
 * with the expected `shape`), or a JSON array of objects shaped like the JSON record.
 */
export function listOf(
  shape: string,
  parseItem: (item: string) => Record<string, unknown> | undefined,
): CellMapper {
  return (cell, column, problems) => {
    const t = cell.trim();
    if (t.startsWith('[')) return jsonArray(t, column, problems);
    return t
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .map((item, index) => {
        const value = parseItem(item);
        if (value === undefined)
          problems.push(`${column}[${index}]: expected ${shape}, got "${clip(item)}"`);
        return value ?? {};
      });
  };
}

/**
 * An item's parts: at least `min`, at most `max`; the last part keeps any further separators
 * (an ESCO URI holds ":"). Undefined when there are too few.
 */
export function parts(
  item: string,
  separator: string,
  min: number,
  max: number,
): (string | undefined)[] | undefined {
  const all = item.split(separator).map((p) => p.trim());
  if (all.length < min) return undefined;
  const kept =
    all.length <= max ? all : [...all.slice(0, max - 1), all.slice(max - 1).join(separator)];
  return [...kept, ...Array<undefined>(max - kept.length).fill(undefined)];
}

function jsonArray(cell: string, column: string, problems: string[]): unknown {
  const reader = new JsonReader(cell);
  try {
    const value = reader.value(0);
    if (!reader.atEnd()) reader.fail('expected the end of the cell after the JSON array');
    return value;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    problems.push(
      `${column}: not a valid JSON array (character ${error.offset + 1}: ${error.reason})`,
    );
    return [];
  }
}

export function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
