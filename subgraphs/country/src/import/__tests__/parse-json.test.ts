import { JsonReader } from '../json-reader';
import { parseJsonLines, parseJsonRows } from '../parse-json';
import { ImportFileError } from '../rows';

describe('parseJsonRows', () => {
  it('gives each array element the line it starts on', () => {
    const text = '[\n  {"ref": "a"},\n\n  {\n    "ref": "b"\n  }, {"ref": "c"}\n]\n';
    expect(parseJsonRows(text)).toEqual([
      { line: 2, raw: { ref: 'a' } },
      { line: 4, raw: { ref: 'b' } },
      { line: 6, raw: { ref: 'c' } },
    ]);
  });

  it('reads { "experts": [...] } and ignores other members', () => {
    const text =
      '\uFEFF{\n "exportedAt": "2026-01-01",\n "meta": {"x": [1, 2]},\n "experts": [\n  {"ref": "a"}\n ]\n}';
    expect(parseJsonRows(text)).toEqual([{ line: 5, raw: { ref: 'a' } }]);
    expect(parseJsonRows('[]')).toEqual([]);
  });

  it('parses values exactly as JSON.parse does', () => {
    const value = {
      s: 'tab\t "q" \\ \u00e9 \ud83d\ude00 สมชาย',
      n: [0, -1.5, 2e3, 1e-2],
      b: [true, false, null],
      o: { nested: { deep: [] } },
    };
    const text = JSON.stringify([value, value], null, 2)
      .replace('\u00e9', '\\u00e9')
      .replace('สมชาย', '\\u0e2a\\u0e21ชาย');
    expect(parseJsonRows(text).map((r) => r.raw)).toEqual(JSON.parse(text));
  });

  it('keeps a "__proto__" key as plain data', () => {
    const [row] = parseJsonRows('[{"__proto__": {"polluted": true}, "ref": "a"}]');
    const raw = row.raw as Record<string, unknown>;
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
    expect(Object.keys(raw)).toEqual(['__proto__', 'ref']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [
      '[\n  {"ref": "a"}\n  {"ref": "b"}\n]',
      "line 3, column 3: not valid JSON: expected ',' or ']' after an array element, but found '{'",
    ],
    [
      '[\n  {"ref": "a",}\n]',
      "line 2, column 15: not valid JSON: expected a property name in double quotes, but found '}'",
    ],
    [
      '[\n  {"ref": "a\nb"}\n]',
      'line 2, column 13: not valid JSON: a line break or control character inside a string must be escaped',
    ],
    [
      '[\n  {"ref": \'a\'}\n]',
      "line 2, column 11: not valid JSON: expected a value, but found '''",
    ],
    [
      '[\n  {"ref": "a"}',
      "line 2, column 15: not valid JSON: expected ',' or ']' after an array element, but the file ends here",
    ],
    [
      '[{"n": 01}]',
      "line 1, column 9: not valid JSON: expected ',' or '}' after a property value, but found '1'",
    ],
    [
      '[{"ref": "a"}] x',
      "line 1, column 16: not valid JSON: expected the end of the file after the top-level value, but found 'x'",
    ],
    ['[{"ref": "\\x"}]', 'line 1, column 11: not valid JSON: invalid escape \\x'],
  ])('reports malformed JSON with its line and column: %j', (text, message) => {
    expect(() => parseJsonRows(text)).toThrow(ImportFileError);
    expect(() => parseJsonRows(text)).toThrow(message);
  });

  it('explains the expected shape', () => {
    expect(() => parseJsonRows('{"ref": "a"}\n{"ref": "b"}')).toThrow(
      /no "experts" array.*use a \.jsonl file or --format jsonl/,
    );
    expect(() => parseJsonRows('{"ref": "a"}')).toThrow(
      /the top-level object has no "experts" array/,
    );
    expect(() => parseJsonRows('"x"')).toThrow(
      /line 1, column 1: not valid JSON: expected '\[' or '\{' \(a JSON import file holds an array/,
    );
  });

  it('refuses nesting deep enough to threaten the stack', () => {
    const deep = `[${'['.repeat(10_000)}${']'.repeat(10_000)}]`;
    expect(() => parseJsonRows(deep)).toThrow(/nesting deeper than 64 levels is not accepted/);
  });
});

describe('parseJsonLines', () => {
  it('reads one record per line, skips blank lines and rejects a bad line alone', () => {
    const text = '{"ref": "a"}\r\n\n{"ref": "b", }\n{"ref": "c"}\n';
    expect(parseJsonLines(text)).toEqual([
      { line: 1, raw: { ref: 'a' } },
      {
        line: 3,
        raw: undefined,
        problems: [
          "record: not valid JSON at column 14: expected a property name in double quotes, but found '}'",
        ],
      },
      { line: 4, raw: { ref: 'c' } },
    ]);
  });
});

describe('JsonReader', () => {
  it('reads a number as JSON does', () => {
    for (const text of ['0', '-0', '12.5e-3', '1E+2'])
      expect(new JsonReader(text).value()).toBe(JSON.parse(text));
  });
});
