/**
 * One row of an import file: where it starts (1-based physical line) and what it holds. A row
 * the parser could already tell is broken carries its `problems` instead of being dropped, so
 * the import reports it with its line like any other rejected row.
 */
export interface ImportRow {
  line: number;
  raw: unknown;
  problems?: string[];
}

export const IMPORT_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file that cannot be read as a whole (bad encoding, unbalanced JSON, unclosed quote). */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      line === undefined
        ? message
        : `line ${line}${column === undefined ? '' : `, column ${column}`}: ${message}`,
    );
    this.name = 'ImportFileError';
  }
}
