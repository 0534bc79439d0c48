import Papa from 'papaparse';
import type { StewardAuditLogQuery } from '../generated/graphql';

export type AuditRow = StewardAuditLogQuery['auditLog']['edges'][number]['node'];

/**
 * The columns of `npm run audit -- export --format csv` (subgraphs/country/src/audit/export-format.ts)
 * but the entry's key, which the API does not show: one file layout for a data-protection officer.
 */
const COLUMNS = [
  'at',
  'subject',
  'callerCountry',
  'role',
  'audience',
  'purpose',
  'operation',
  'expertIds',
  'fields',
] as const;

/**
 * The entries the steward has read, as RFC 4180 CSV with a header row. papaparse quotes what
 * needs it and, with escapeFormulae, prefixes a cell a spreadsheet would run as a formula with
 * `'`, as the command-line export does: the operation name comes from the caller. Lists are
 * `;`-separated, as there.
 */
export function auditCsv(rows: readonly AuditRow[]): string {
  const data = rows.map((row) =>
    COLUMNS.map((column) => {
      const value = row[column];
      return Array.isArray(value) ? value.join(';') : (value ?? '');
    }),
  );
  return `${Papa.unparse({ fields: [...COLUMNS], data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** Offers `text` as a file download, from memory: nothing is sent anywhere. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // After the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
