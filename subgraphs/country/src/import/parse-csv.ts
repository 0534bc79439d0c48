import {
  AVAILABILITY_STATUSES,
  CONSENT_AUDIENCES,
  ENGAGEMENT_ROLES,
  PURPOSES,
  REGIONAL_BANDS,
} from '@expertpool/shared';
import { readCsv } from './csv-reader';
import { CellMapper, clip, flag, listOf, lowerBoolean, parts, text } from './csv-cells';
import { ImportFileError, ImportRow } from './rows';

/**
 * The CSV columns, documented once: this text is what `npm run import -- --help` prints.
 * Line numbers in reports are physical lines; the header is line 1, and a row whose quoted
 * field spans lines is reported at the line where the row starts.
 */
export const CSV_COLUMNS_HELP = `CSV files: RFC 4180 (UTF-8, optional BOM, CRLF or LF; a value holding a comma, a double quote
or a line break is enclosed in double quotes, with inner quotes doubled). One row per expert
after a header row naming the columns (any order, case-insensitive; * = required). List
columns hold items separated by ";", each item's parts separated by "|" (or ":" where shown);
a list cell may instead hold a JSON array of objects shaped like the JSON record, the way to
write a value that contains ";" or "|".

  id                   MY:7f3k2q, as written by export; empty for a new expert
  ref *                the agency's own reference (letters, digits, . _ / -), e.g. JPA/2019/0042
  displayName *        Somchai Jaidee
  names *              value|lang|script; ...  e.g. สมชาย ใจดี|th|Thai; Somchai Jaidee|th|Latn
  title *              position title
  gradeScheme *        national grade scheme, e.g. JUSA
  gradeCode *          national grade code, e.g. C
  band *               one of ${REGIONAL_BANDS.join(', ')}
  agency *             employing agency
  expertise *          area:level:years[:escoUri]; ...  e.g. talent-management:3:12; merit-system:2:5
                       (area from the ACCSM vocabulary, level 1-4)
  languages            tag:CEFR; ...  e.g. th:C2; en:B2
  availabilityStatus * one of ${AVAILABILITY_STATUSES.join(', ')}
  onsite *             true or false
  remote *             true or false
  windows              from..to; ...  e.g. 2026-03-01..2026-06-30; 2026-09-01..2026-09-30
  workEmail *          e.g. somchai.j@ocsc.go.th
  qualifications       title|institution|year; ...  e.g. MPA|Chulalongkorn University|2004
  engagements          title|ROLE|year[|HOST]; ...  e.g. CAT workshop|TRAINER|2024|ID
                       (ROLE: one of ${ENGAGEMENT_ROLES.join(', ')}; HOST: a country code)
  consent              AUDIENCE|PURPOSE|granted|noticeVersion|recordedAt; ...
                       e.g. MEMBER|ANY|true|2025-01|2025-03-01T00:00:00Z
                       (AUDIENCE: one of ${CONSENT_AUDIENCES.join(', ')};
                       PURPOSE: one of ${PURPOSES.join(', ')});
                       an empty cell keeps the stored consent`;

/** Where each column goes in the record, and how its cell is read. */
const COLUMNS = {
  id: { required: false, path: ['id'], map: text },
  ref: { required: true, path: ['ref'], map: text },
  displayName: { required: true, path: ['displayName'], map: text },
  names: {
    required: true,
    path: ['names'],
    map: listOf('value|lang|script', (item) => {
      const p = parts(item, '|', 3, 3);
      return p && { value: p[0], lang: p[1], script: p[2] };
    }),
  },
  title: { required: true, path: ['position', 'title'], map: text },
  gradeScheme: { required: true, path: ['position', 'grade', 'scheme'], map: text },
  gradeCode: { required: true, path: ['position', 'grade', 'code'], map: text },
  band: { required: true, path: ['position', 'band'], map: text },
  agency: { required: true, path: ['position', 'agency'], map: text },
  expertise: {
    required: true,
    path: ['expertise'],
    map: listOf('area:level:years[:escoUri]', (item) => {
      const p = parts(item, ':', 3, 4);
      return p && { area: p[0], level: p[1], years: p[2], escoUri: p[3] };
    }),
  },
  languages: {
    required: false,
    path: ['languages'],
    map: listOf('tag:CEFR', (item) => {
      const p = parts(item, ':', 2, 2);
      return p && { tag: p[0], cefr: p[1] };
    }),
  },
  availabilityStatus: { required: true, path: ['availability', 'status'], map: text },
  onsite: { required: true, path: ['availability', 'onsite'], map: flag },
  remote: { required: true, path: ['availability', 'remote'], map: flag },
  windows: {
    required: false,
    path: ['availability', 'windows'],
    map: listOf('from..to (YYYY-MM-DD..YYYY-MM-DD)', (item) => {
      const p = parts(item, '..', 2, 2);
      return p && { from: p[0], to: p[1] };
    }),
  },
  workEmail: { required: true, path: ['contact', 'workEmail'], map: text },
  qualifications: {
    required: false,
    path: ['qualifications'],
    map: listOf('title|institution|year', (item) => {
      const p = parts(item, '|', 3, 3);
      return p && { title: p[0], institution: p[1], year: p[2] };
    }),
  },
  engagements: {
    required: false,
    path: ['engagements'],
    map: listOf('title|ROLE|year[|HOST]', (item) => {
      const p = parts(item, '|', 3, 4);
      return p && { title: p[0], role: p[1], year: p[2], hostCountry: p[3] };
    }),
  },
  consent: {
    required: false,
    path: ['consent'],
    map: listOf('AUDIENCE|PURPOSE|granted|noticeVersion|recordedAt', (item) => {
      const p = parts(item, '|', 5, 5);
      return (
        p && {
          audience: p[0],
          purpose: p[1],
          granted: lowerBoolean(p[2]),
          noticeVersion: p[3],
          recordedAt: p[4],
        }
      );
    }),
  },
} satisfies Record<string, { required: boolean; path: string[]; map: CellMapper }>;

export type CsvColumn = keyof typeof COLUMNS;

/** The columns in the order export writes them (import takes any order). */
export const CSV_COLUMNS = Object.keys(COLUMNS) as readonly CsvColumn[];

/** Rows of a CSV import file (see the column table above); the header is line 1. */
export function parseCsvRows(source: string): ImportRow[] {
  const [header, ...records] = readCsv(source);
  if (!header)
    throw new ImportFileError(
      'the file is empty; the first line must be a header naming the columns',
    );
  const columns = headerColumns(header.fields, header.line);
  const rows: ImportRow[] = [];
  for (const record of records) {
    if (
      record.fields.length === 1 &&
      record.fields[0].trim() === '' &&
      record.problems.length === 0
    )
      continue;
    if (record.fields.length !== columns.length) {
      const problems = [
        ...record.problems,
        `row: has ${record.fields.length} field${record.fields.length === 1 ? '' : 's'} but the header has ${columns.length} (a value holding a comma must be enclosed in double quotes)`,
      ];
      rows.push({ line: record.line, raw: undefined, problems });
      continue;
    }
    const problems = [...record.problems];
    const raw: Record<string, unknown> = {};
    columns.forEach((name, i) => {
      const column = COLUMNS[name];
      setPath(raw, column.path, column.map(record.fields[i], name, problems));
    });
    rows.push(
      problems.length > 0 ? { line: record.line, raw, problems } : { line: record.line, raw },
    );
  }
  return rows;
}

function headerColumns(fields: string[], line: number): CsvColumn[] {
  const known = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  if (fields.length === 1 && fields[0].includes(';')) {
    throw new ImportFileError(
      'the header holds no commas: columns must be separated by commas (",")',
      line,
    );
  }
  const columns = fields.map((f, i) => {
    const name = known.get(f.trim().toLowerCase());
    if (!name)
      throw new ImportFileError(
        `unknown column "${clip(f.trim())}" (column ${i + 1} of the header); known columns: ${CSV_COLUMNS.join(', ')}`,
        line,
      );
    return name;
  });
  const seen = new Set<CsvColumn>();
  for (const c of columns) {
    if (seen.has(c)) throw new ImportFileError(`column "${c}" appears twice in the header`, line);
    seen.add(c);
  }
  const missing = CSV_COLUMNS.filter((c) => COLUMNS[c].required && !seen.has(c));
  if (missing.length > 0)
    throw new ImportFileError(
      `the header lacks required column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`,
      line,
    );
  return columns;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
