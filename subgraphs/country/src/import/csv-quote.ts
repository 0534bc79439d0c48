/**
 * One RFC 4180 cell as written: quoted when it holds a comma, a double quote or a line break,
 * inner quotes doubled. What csv-reader.ts reads back to the same text.
 */
export function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
