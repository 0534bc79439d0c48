import { fieldLabel, languageName, words } from './labels';
import type { Reference } from './reference';

/** One corrected field as a steward reads it: its label and one line per value. */
export interface ProposedField {
  field: string;
  label: string;
  lines: string[];
}

type Names = Pick<Reference, 'areaLabel' | 'countryName'>;
type Item = Record<string, unknown>;

const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
const joined = (...parts: string[]) => parts.filter(Boolean).join(', ');

/** What is left of a value no rule below knows: its keys and plain values, never braces. */
function plain(v: unknown): string {
  if (Array.isArray(v)) return v.map(plain).join('; ');
  if (isItem(v))
    return Object.entries(v)
      .map(([k, x]) => `${words(k)}: ${plain(x)}`)
      .join(', ');
  return text(v);
}

/** One line per value of each correctable field, in the import format's shapes (schema inputs). */
const LINES: Partial<Record<string, (item: Item, names: Names) => string>> = {
  names: (n) => `${text(n.value)} (${joined(languageName(text(n.lang)), text(n.script))})`,
  position: (p) => {
    const grade = isItem(p.grade)
      ? `grade ${joined(text(p.grade.scheme), text(p.grade.code))}`
      : '';
    return joined(text(p.title), text(p.agency), p.band ? words(text(p.band)) : '', grade);
  },
  expertise: (e, names) =>
    joined(
      names.areaLabel(text(e.area)),
      `level ${text(e.level)}`,
      e.years === undefined ? '' : `${text(e.years)} years`,
    ),
  qualifications: (q) => `${joined(text(q.title), text(q.institution))} (${text(q.year)})`,
  engagements: (e, names) =>
    joined(
      text(e.title),
      e.role ? words(text(e.role)) : '',
      text(e.year),
      e.hostCountry ? `hosted by ${names.countryName(text(e.hostCountry))}` : '',
    ),
};

/**
 * A change request's `proposed` JSON (docs/ARCHITECTURE.md §6.8: the import format's shapes of
 * names, displayName, position, expertise, qualifications, engagements) in words, field by field,
 * so a steward decides on what the expert asked for, and the expert sees it, rather than JSON. A field this code does
 * not know is still shown, as its keys and values.
 */
export function proposedWords(proposed: string, names: Names): ProposedField[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(proposed);
  } catch {
    return [{ field: 'proposed', label: 'Proposed', lines: [proposed] }];
  }
  if (!isItem(parsed)) return [{ field: 'proposed', label: 'Proposed', lines: [plain(parsed)] }];
  return Object.entries(parsed)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, value]) => {
      const line = LINES[field];
      const values = Array.isArray(value) ? value : [value];
      const lines = values.map((v) => (line && isItem(v) ? line(v, names) : plain(v)));
      return { field, label: fieldLabel(field), lines: lines.length ? lines : ['(none)'] };
    });
}
