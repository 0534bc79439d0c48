import { quoteCsv } from '../import/csv-quote';
import { AuditEntry } from '../store/audit-store';

/** What `npm run audit -- export` writes: JSON Lines (one entry per line) or CSV. */
export const AUDIT_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/** The columns of an exported entry, in order; `id` is the entry's key, stable across exports. */
export const AUDIT_COLUMNS = [
  'id',
  'at',
  'subject',
  'callerCountry',
  'role',
  'audience',
  'purpose',
  'operation',
  'expertIds',
  'fields',
  'requestId',
  // Last, so the columns of earlier exports keep their places: RELEASE or WRITE (§6.8).
  'kind',
] as const;

/**
 * An entry as exported: the stored entry with its key named `id`, its time as ISO text, and its
 * kind (a release, or an expert's WRITE to their own record: docs/ARCHITECTURE.md §6.8).
 */
export function exportedEntry({ _id, at, requestId, kind, ...rest }: AuditEntry) {
  return {
    id: _id,
    at: at.toISOString(),
    ...rest,
    requestId: requestId ?? null,
    kind: kind ?? 'RELEASE',
  };
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
 * prefixed with `'`: the operation name comes from the caller, and opening an export must not
 * run what a caller wrote.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  return quoteCsv(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** The lines of an export, each ending in a line break; CSV starts with its header row. */
export async function* auditExportLines(
  entries: AsyncIterable<AuditEntry>,
  format: AuditExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') yield `${AUDIT_COLUMNS.join(',')}\r\n`;
  for await (const entry of entries) {
    const row = exportedEntry(entry);
    if (format === 'jsonl') {
      yield `${JSON.stringify(row)}\n`;
      continue;
    }
    // Lists are `;`-separated, as in the import's CSV; ids and field names never hold a `;`.
    const cells = AUDIT_COLUMNS.map((column) => {
      const value = row[column];
      return csvCell(Array.isArray(value) ? value.join(';') : value);
    });
    yield `${cells.join(',')}\r\n`;
  }
}
