import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseCsvRows } from './parse-csv';
import { parseJsonLines, parseJsonRows } from './parse-json';
import { IMPORT_FORMATS, ImportFileError, ImportFormat, ImportRow } from './rows';

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format named by a file's extension, or undefined when the extension says nothing. */
export function formatOfPath(path: string): ImportFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

export function isImportFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value);
}

export function parseRows(text: string, format: ImportFormat): ImportRow[] {
  switch (format) {
    case 'csv':
      return parseCsvRows(text);
    case 'json':
      return parseJsonRows(text);
    case 'jsonl':
      return parseJsonLines(text);
  }
}

/** Reads and parses an import file; an unreadable or undecodable file is an ImportFileError. */
export async function readImportFile(path: string, format: ImportFormat): Promise<ImportRow[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : (code ?? 'cannot be read');
    throw new ImportFileError(`cannot read ${path}: ${reason}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(
      `${path} is not UTF-8 text; save it as UTF-8 (for CSV from Excel: "CSV UTF-8")`,
    );
  }
  return parseRows(text, format);
}
