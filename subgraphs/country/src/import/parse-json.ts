import { JsonReader, JsonSyntaxError, LineCounter } from './json-reader';
import { ImportFileError, ImportRow } from './rows';

const SHAPE_HINT =
  'a JSON import file holds an array of experts or { "experts": [...] } (for one record per line, use a .jsonl file or --format jsonl)';

/**
 * Rows of a JSON import file: an array of expert records, or an object whose `experts` member is
 * that array (other members are ignored). Each row's line is where its array element starts. A
 * syntax error anywhere makes the whole file unreadable: the error names its line and column.
 */
export function parseJsonRows(text: string): ImportRow[] {
  const source = stripBom(text);
  const reader = new JsonReader(source);
  const lines = new LineCounter(source);
  const rows: ImportRow[] = [];
  try {
    const first = reader.peek();
    if (first === '[') {
      readElements(reader, lines, rows);
    } else if (first === '{') {
      let found = false;
      reader.expect('{', "'{'");
      if (!reader.accept('}')) {
        do {
          if (reader.peek() !== '"') reader.fail('expected a property name in double quotes');
          const key = reader.string();
          reader.expect(':', "':' after a property name");
          if (key === 'experts' && !found && reader.peek() === '[') {
            found = true;
            readElements(reader, lines, rows);
          } else {
            reader.value(1);
          }
        } while (reader.accept(','));
        reader.expect('}', "',' or '}' after a property value");
      }
      if (!found)
        throw new ImportFileError(`the top-level object has no "experts" array; ${SHAPE_HINT}`);
    } else {
      reader.fail(`expected '[' or '{' (${SHAPE_HINT})`);
    }
    if (!reader.atEnd()) reader.fail('expected the end of the file after the top-level value');
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const { line, column } = new LineCounter(source).at(error.offset);
      throw new ImportFileError(`not valid JSON: ${error.reason}`, line, column);
    }
    throw error;
  }
  return rows;
}

function readElements(reader: JsonReader, lines: LineCounter, rows: ImportRow[]): void {
  reader.expect('[', "'['");
  if (reader.accept(']')) return;
  do {
    reader.skipWhitespace();
    const { line } = lines.at(reader.pos);
    rows.push({ line, raw: reader.value(1) });
  } while (reader.accept(','));
  reader.expect(']', "',' or ']' after an array element");
}

/**
 * Rows of a JSON Lines file: one record per line, blank lines skipped. A line that is not valid
 * JSON rejects that row only; the rest of the file is still imported.
 */
export function parseJsonLines(text: string): ImportRow[] {
  const rows: ImportRow[] = [];
  stripBom(text)
    .split('\n')
    .forEach((content, index) => {
      const line = index + 1;
      const body = content.endsWith('\r') ? content.slice(0, -1) : content;
      if (body.trim() === '') return;
      const reader = new JsonReader(body);
      try {
        const raw = reader.value(0);
        if (!reader.atEnd()) reader.fail('expected the end of the line after the record');
        rows.push({ line, raw });
      } catch (error) {
        if (!(error instanceof JsonSyntaxError)) throw error;
        rows.push({
          line,
          raw: undefined,
          problems: [`record: not valid JSON at column ${error.offset + 1}: ${error.reason}`],
        });
      }
    });
  return rows;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
