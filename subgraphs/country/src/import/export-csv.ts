import { ExpertRecord } from '@expertpool/shared';
import { ExpertStore } from '../store/expert-store';
import { toRecord } from '../store/document';
import { quoteCsv } from './csv-quote';
import { CSV_COLUMNS, CsvColumn } from './parse-csv';

type Part = string | number | boolean | undefined;

/**
 * A list cell in the import's item notation (`a|b|c; d|e|f`, parse-csv.ts), or, when an item's
 * text would not read back the same (it holds ";" or the item's separator, or the cell would
 * start with "["), the JSON array the import also accepts in a list cell. `size` is the item's
 * full number of parts: only the last of those may hold the separator (an ESCO URI holds ":").
 */
function listCell<T extends object>(
  items: readonly T[],
  separator: string,
  size: number,
  parts: (item: T) => Part[],
): string {
  if (items.length === 0) return '';
  const written = items.map((item) => {
    const all = parts(item);
    while (all.length > 0 && all[all.length - 1] === undefined) all.pop();
    return all.map((p) => (p === undefined ? '' : String(p)));
  });
  const fits = written.every((all) =>
    all.every(
      (p, i) =>
        p !== '' &&
        p === p.trim() &&
        !p.includes(';') &&
        (i === size - 1 || !p.includes(separator)),
    ),
  );
  const cell = written.map((all) => all.join(separator)).join('; ');
  return fits && !cell.startsWith('[') ? cell : JSON.stringify(items);
}

/** How each column's cell is written from a record: the inverse of the import's mappers. */
const CELLS: Record<CsvColumn, (r: ExpertRecord) => string> = {
  id: (r) => r.id ?? '',
  ref: (r) => r.ref,
  displayName: (r) => r.displayName,
  names: (r) => listCell(r.names, '|', 3, (n) => [n.value, n.lang, n.script]),
  title: (r) => r.position.title,
  gradeScheme: (r) => r.position.grade.scheme,
  gradeCode: (r) => r.position.grade.code,
  band: (r) => r.position.band,
  agency: (r) => r.position.agency,
  expertise: (r) => listCell(r.expertise, ':', 4, (e) => [e.area, e.level, e.years, e.escoUri]),
  languages: (r) => listCell(r.languages, ':', 2, (l) => [l.tag, l.cefr]),
  availabilityStatus: (r) => r.availability.status,
  onsite: (r) => String(r.availability.onsite),
  remote: (r) => String(r.availability.remote),
  windows: (r) => listCell(r.availability.windows, '..', 2, (w) => [w.from, w.to]),
  workEmail: (r) => r.contact.workEmail,
  qualifications: (r) =>
    listCell(r.qualifications, '|', 3, (q) => [q.title, q.institution, q.year]),
  engagements: (r) =>
    listCell(r.engagements, '|', 4, (e) => [e.title, e.role, e.year, e.hostCountry]),
  consent: (r) =>
    listCell(r.consent, '|', 5, (c) => [
      c.audience,
      c.purpose,
      c.granted,
      c.noticeVersion,
      c.recordedAt,
    ]),
};

/** One record as a CSV row (without its line break). */
export function csvRow(record: ExpertRecord): string {
  return CSV_COLUMNS.map((column) => quoteCsv(CELLS[column](record))).join(',');
}

/**
 * A country's records in exactly the import's CSV layout (every column, in CSV_COLUMNS order,
 * sorted by ref), streamed: a UTF-8 byte order mark so spreadsheets read Thai or Khmer as
 * UTF-8, CRLF line breaks (RFC 4180), and cells that import back to the same record. Cells are
 * not guarded against spreadsheet formulas as the audit export's are (audit/export-format.ts):
 * a prefix would change the value the officer re-imports, and these are the country's own
 * records, written by its own officials, not text from callers outside.
 */
export async function* exportCsvChunks(store: ExpertStore): AsyncGenerator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  for await (const doc of store.allByRef()) yield `${csvRow(toRecord(doc, store.country))}\r\n`;
}
