import { allowedEdits, boundedEdits } from '@expertpool/shared';

/**
 * The keys an expert record may hold, level by level: `null` for a value, an object for a nested
 * record or for the items of a list. The one list of the record's shape: validateRecord refuses
 * every other key (so a JSON import is as strict as a CSV header, which refuses unknown columns),
 * and the CSV columns are tested to land inside it (import/__tests__/parse-csv.test.ts).
 */
export interface Shape {
  readonly [key: string]: Shape | null;
}

export const RECORD_SHAPE = {
  id: null,
  ref: null,
  names: { value: null, lang: null, script: null },
  displayName: null,
  position: {
    title: null,
    grade: { scheme: null, code: null },
    band: null,
    agency: null,
  },
  expertise: { area: null, level: null, years: null, escoUri: null },
  languages: { tag: null, cefr: null },
  availability: { status: null, onsite: null, remote: null, windows: { from: null, to: null } },
  contact: { workEmail: null },
  qualifications: { title: null, institution: null, year: null },
  engagements: { title: null, role: null, year: null, hostCountry: null },
  consent: { audience: null, purpose: null, granted: null, noticeVersion: null, recordedAt: null },
} as const satisfies Shape;

/**
 * A key that would be an operator or a dotted path if it ever reached a query or an update:
 * `$set`, `$where`, `contact.extra`. Keys are never used as query keys, but such a key in a file
 * is an attack or a mangled export, not a typo, so it gets its own refusal.
 */
export function looksLikeOperatorKey(key: string): boolean {
  return key.startsWith('$') || key.includes('.');
}

/** The known key `key` is most likely a misspelling of (a few edits, ignoring case), if any. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const folded = key.toLowerCase();
  const max = Math.max(1, allowedEdits(folded));
  let best: { key: string; edits: number } | undefined;
  for (const candidate of known) {
    const edits = boundedEdits(folded, candidate.toLowerCase(), max);
    if (edits <= max && (!best || edits < best.edits)) best = { key: candidate, edits };
  }
  return best?.key;
}

/**
 * One problem per key of `value` that `shape` does not list, at any depth, as
 * `path: reason`: `qualification: unknown field; did you mean qualifications?`,
 * `contact.extra: unknown field`, `$set: ...`. Values of the wrong type are left to validation.
 */
export function unknownFieldProblems(
  value: unknown,
  shape: Shape = RECORD_SHAPE,
  at = '',
): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => unknownFieldProblems(item, shape, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const known = Object.keys(shape);
  return Object.keys(value).flatMap((key) => {
    const path = at === '' ? key : `${at}.${key}`;
    const shown = JSON.stringify(key.slice(0, 40));
    if (looksLikeOperatorKey(key))
      return [
        `${at === '' ? 'record' : at}: key ${shown} is refused: a key starting with "$" or holding "." looks like a database operator (injection)`,
      ];
    if (!Object.hasOwn(shape, key)) {
      const hint = closestKey(key, known);
      return [
        `${path}: unknown field${hint ? `; did you mean ${hint}?` : `; known fields here: ${known.join(', ')}`}`,
      ];
    }
    const inner = shape[key];
    return inner ? unknownFieldProblems((value as Record<string, unknown>)[key], inner, path) : [];
  });
}
