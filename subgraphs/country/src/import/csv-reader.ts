import { ImportFileError } from './rows';

/** One CSV record: the physical line it starts on, its fields, and what was wrong with it. */
export interface CsvRecord {
  line: number;
  fields: string[];
  problems: string[];
}

const UNQUOTED_RUN = /[^,"\r\n]*/y;

/**
 * Splits RFC 4180 CSV text into records. Fields may be quoted, and a quoted field may hold
 * commas, line breaks (CRLF, LF or CR) and doubled double quotes. Record separators may be
 * CRLF, LF or CR; empty lines are skipped. A stray quote or text after a closing quote is
 * reported on its record and the record is still split, so one bad cell costs one row; an
 * unclosed quote would swallow the rest of the file, so it stops the read instead.
 */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;

  while (i < n) {
    const record: CsvRecord = { line, fields: [], problems: [] };
    let blank = true;
    for (;;) {
      const column = record.fields.length + 1;
      let field = '';
      if (text.charAt(i) === '"') {
        blank = false;
        const openLine = line;
        const openColumn = i - lineStart + 1;
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            throw new ImportFileError(
              `a quoted field (column ${column} of the row) is never closed; a double quote inside a quoted field must be doubled ("")`,
              openLine,
              openColumn,
            );
          }
          for (let nl = nextBreak(text, i, close); nl !== -1; nl = nextBreak(text, nl + 1, close)) {
            if (!(text.charAt(nl) === '\r' && text.charAt(nl + 1) === '\n')) {
              line++;
              lineStart = nl + 1;
            }
          }
          field += text.slice(i, close);
          i = close + 1;
          if (text.charAt(i) !== '"') break;
          field += '"';
          i++;
        }
        if (i < n && !isSeparator(text.charAt(i))) {
          record.problems.push(`column ${column}: unexpected text after the closing double quote`);
          const rest = runUntilSeparator(text, i);
          field += rest;
          i += rest.length;
        }
      } else {
        const run = runUntilSeparator(text, i);
        if (run.includes('"'))
          record.problems.push(
            `column ${column}: a field holding a double quote must be enclosed in double quotes, with the quote doubled ("")`,
          );
        if (run.length > 0) blank = false;
        field = run;
        i += run.length;
      }
      record.fields.push(field);
      const c = text.charAt(i);
      if (c === ',') {
        blank = false;
        i++;
        continue;
      }
      if (c === '\r') i += text.charAt(i + 1) === '\n' ? 2 : 1;
      else if (c === '\n') i++;
      line++;
      lineStart = i;
      break;
    }
    if (!blank) records.push(record);
  }
  return records;
}

function isSeparator(c: string): boolean {
  return c === ',' || c === '\n' || c === '\r';
}

/** Text up to the next comma or line break; quotes are kept so the caller can report them. */
function runUntilSeparator(text: string, from: number): string {
  let i = from;
  for (;;) {
    UNQUOTED_RUN.lastIndex = i;
    UNQUOTED_RUN.test(text);
    i = UNQUOTED_RUN.lastIndex;
    if (text.charAt(i) !== '"') return text.slice(from, i);
    i++;
  }
}

/** The next CR or LF in [from, to), or -1. */
function nextBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}
