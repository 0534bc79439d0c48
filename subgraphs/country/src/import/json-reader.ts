/**
 * A strict JSON (RFC 8259) reader that knows where it is. `JSON.parse` neither tells where each
 * element of a large array starts nor reports the line and column of a syntax error in any
 * stable form, and both are what an agency needs to fix its file.
 */
export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(reason);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
/** Deeper nesting than any expert record needs; bounds recursion on hostile input. */
const MAX_DEPTH = 64;

export class JsonReader {
  pos = 0;

  constructor(readonly text: string) {}

  skipWhitespace(): void {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.test(this.text);
    this.pos = WHITESPACE.lastIndex;
  }

  /** The next significant character ('' at the end), without consuming it. */
  peek(): string {
    this.skipWhitespace();
    return this.text.charAt(this.pos);
  }

  expect(char: string, what: string): void {
    if (this.peek() !== char) this.fail(`expected ${what}`);
    this.pos++;
  }

  /** Consumes `char` if it comes next. */
  accept(char: string): boolean {
    if (this.peek() !== char) return false;
    this.pos++;
    return true;
  }

  atEnd(): boolean {
    return this.peek() === '';
  }

  fail(reason: string, offset = this.pos): never {
    const found = this.text.charAt(offset);
    const detail = found === '' ? 'but the file ends here' : `but found ${describe(found)}`;
    throw new JsonSyntaxError(`${reason}, ${detail}`, offset);
  }

  value(depth = 0): unknown {
    const c = this.peek();
    if (c === '{') return this.object(depth + 1);
    if (c === '[') return this.array(depth + 1);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail('expected a value');
  }

  string(): string {
    this.expect('"', 'a string');
    let out = '';
    for (;;) {
      PLAIN_RUN.lastIndex = this.pos;
      PLAIN_RUN.test(this.text);
      out += this.text.slice(this.pos, PLAIN_RUN.lastIndex);
      this.pos = PLAIN_RUN.lastIndex;
      const c = this.text.charAt(this.pos);
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '')
        throw new JsonSyntaxError('a string is not closed before the end of the file', this.pos);
      if (c !== '\\')
        throw new JsonSyntaxError(
          'a line break or control character inside a string must be escaped',
          this.pos,
        );
      const e = this.text.charAt(this.pos + 1);
      if (e === 'u') {
        const hex = this.text.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          throw new JsonSyntaxError('\\u must be followed by four hex digits', this.pos);
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
      } else if (e in ESCAPES) {
        out += ESCAPES[e];
        this.pos += 2;
      } else {
        throw new JsonSyntaxError(`invalid escape \\${e}`, this.pos);
      }
    }
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail('expected a number');
    this.pos = NUMBER.lastIndex;
    return Number(match[0]);
  }

  private object(depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels is not accepted`);
    this.expect('{', "'{'");
    const out: Record<string, unknown> = {};
    if (this.accept('}')) return out;
    do {
      if (this.peek() !== '"') this.fail('expected a property name in double quotes');
      const key = this.string();
      this.expect(':', "':' after a property name");
      // Defined, not assigned: a "__proto__" key stays plain data, as with JSON.parse.
      Object.defineProperty(out, key, {
        value: this.value(depth),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } while (this.accept(','));
    this.expect('}', "',' or '}' after a property value");
    return out;
  }

  private array(depth: number): unknown[] {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels is not accepted`);
    this.expect('[', "'['");
    const out: unknown[] = [];
    if (this.accept(']')) return out;
    do out.push(this.value(depth));
    while (this.accept(','));
    this.expect(']', "',' or ']' after an array element");
    return out;
  }
}

function describe(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break';
  const code = c.charCodeAt(0);
  return code < 0x20 ? `control character U+${code.toString(16).padStart(4, '0')}` : `'${c}'`;
}

/** Maps offsets to 1-based lines and columns; cheap when offsets only grow, as while reading. */
export class LineCounter {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (
      let i = this.text.indexOf('\n', this.offset);
      i !== -1 && i < offset;
      i = this.text.indexOf('\n', i + 1)
    ) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.offset = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
