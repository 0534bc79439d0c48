import { validateRecord } from '../../records/validate';
import { readCsv } from '../csv-reader';
import { CSV_COLUMNS, parseCsvRows } from '../parse-csv';
import { ImportFileError } from '../rows';
import { sampleRecord } from './fixtures';

describe('readCsv (RFC 4180)', () => {
  it('splits plain fields and numbers records by the line they start on', () => {
    expect(readCsv('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'], problems: [] },
      { line: 2, fields: ['1', '2', '3'], problems: [] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const records = readCsv('h1,h2\n"a, b","say ""hi"""\n"line one\nline two",x\nlast,"y"\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['h1', 'h2'],
      ['a, b', 'say "hi"'],
      ['line one\nline two', 'x'],
      ['last', 'y'],
    ]);
    // The multi-line row starts on line 3; the next one on line 5.
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('accepts a BOM, CRLF and lone CR line ends, and a last line without a line end', () => {
    const records = readCsv('\uFEFFh1,h2\r\n1,2\r3,"4\r\n5"\r\n6,7');
    expect(records.map((r) => r.fields)).toEqual([
      ['h1', 'h2'],
      ['1', '2'],
      ['3', '4\r\n5'],
      ['6', '7'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('skips empty lines but counts them', () => {
    expect(readCsv('h\n\n\nx\n\n').map((r) => [r.line, r.fields])).toEqual([
      [1, ['h']],
      [4, ['x']],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(readCsv('a,,c,\n')[0].fields).toEqual(['a', '', 'c', '']);
    expect(readCsv('"",x\n')[0].fields).toEqual(['', 'x']);
  });

  it('reports a stray quote or text after a closing quote on its row and carries on', () => {
    const records = readCsv('a,b\nab"c,d\n"x"y,z\nok,fine\n');
    expect(records[1].problems).toEqual([
      expect.stringContaining('column 1: a field holding a double quote must be enclosed'),
    ]);
    expect(records[1].fields).toEqual(['ab"c', 'd']);
    expect(records[2].problems).toEqual([
      'column 1: unexpected text after the closing double quote',
    ]);
    expect(records[2].fields).toEqual(['xy', 'z']);
    expect(records[3]).toEqual({ line: 4, fields: ['ok', 'fine'], problems: [] });
  });

  it('stops at a quote that is never closed, naming where it opened', () => {
    expect(() => readCsv('a,b\n1,2\n3,"never\nclosed\n')).toThrow(ImportFileError);
    expect(() => readCsv('a,b\n1,2\n3,"never\nclosed\n')).toThrow(
      /^line 3, column 3: a quoted field \(column 2 of the row\) is never closed/,
    );
  });
});

const HEADER = CSV_COLUMNS.join(',');
const GOOD =
  ',JPA/2019/0001,Aminah Yusof 1,"Aminah binti Yusof 1|ms|Latn; أمينة|ms|Arab",Director of Talent Management,JUSA,C,SENIOR_EXECUTIVE,' +
  'Public Service Department (JPA),talent-management:3:12; merit-system:2:6,ms:C2; en:B2,AVAILABLE,TRUE,false,2026-03-01..2026-06-30,' +
  'aminah1@jpa.gov.my,Master of Public Administration|Universiti Malaya|2004,ACCSM workshop on talent management|TRAINER|2024|ID,' +
  'MEMBER|ANY|true|2025-01|2025-03-01T00:00:00Z';

describe('parseCsvRows', () => {
  it('maps the documented columns onto a record that validates to the canonical shape', () => {
    const [row] = parseCsvRows(`${HEADER}\n${GOOD}\n`);
    expect(row.line).toBe(2);
    expect(row.problems).toBeUndefined();
    const checked = validateRecord(row.raw, 'MY');
    expect(checked).toEqual({ ok: true, record: sampleRecord(1) });
  });

  it('accepts columns in any order and any case, and leaves optional ones out', () => {
    const header =
      'REF,displayname,names,title,gradeScheme,gradeCode,band,agency,expertise,availabilityStatus,onsite,remote,workEmail';
    const row =
      'X-1,Ali,Ali|ms|Latn,Director,JUSA,B,TOP_EXECUTIVE,JPA,digital-government:4:20:https://esco.ec.europa.eu/x:y,LIMITED,true,true,ali@jpa.gov.my';
    const [parsed] = parseCsvRows(`${header}\n${row}`);
    const checked = validateRecord(parsed.raw, 'MY');
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    expect(checked.record.expertise).toEqual([
      { area: 'digital-government', level: 4, years: 20, escoUri: 'https://esco.ec.europa.eu/x:y' },
    ]);
    expect(checked.record.languages).toEqual([]);
    expect(checked.record.consent).toEqual([]);
    expect(checked.record.availability.windows).toEqual([]);
  });

  it('takes a JSON array in a list cell, for values holding ";" or "|"', () => {
    const cell = JSON.stringify([
      { title: 'MPA; Policy | Governance', institution: 'UM', year: 2001 },
    ]).replace(/"/g, '""');
    const csv = `ref,displayName,names,title,gradeScheme,gradeCode,band,agency,expertise,availabilityStatus,onsite,remote,workEmail,qualifications
R1,Ali,Ali|ms|Latn,T,S,C,EXECUTIVE,A,merit-system:1:1,AVAILABLE,true,true,a@b.my,"${cell}"`;
    const checked = validateRecord(parseCsvRows(csv)[0].raw, 'MY');
    expect(checked.ok && checked.record.qualifications).toEqual([
      { title: 'MPA; Policy | Governance', institution: 'UM', year: 2001 },
    ]);
  });

  it('reports a malformed list item or JSON cell as a problem of that row', () => {
    const csv = `ref,displayName,names,title,gradeScheme,gradeCode,band,agency,expertise,availabilityStatus,onsite,remote,workEmail,windows,qualifications
R1,Ali,Ali|ms,T,S,C,EXECUTIVE,A,merit-system:1,AVAILABLE,true,true,a@b.my,2026-01-01/2026-02-01,"[{""title"":}]"`;
    const [row] = parseCsvRows(csv);
    expect(row.problems).toEqual([
      'names[0]: expected value|lang|script, got "Ali|ms"',
      'expertise[0]: expected area:level:years[:escoUri], got "merit-system:1"',
      'windows[0]: expected from..to (YYYY-MM-DD..YYYY-MM-DD), got "2026-01-01/2026-02-01"',
      expect.stringMatching(
        /^qualifications: not a valid JSON array \(character 11: expected a value, but found '}'\)$/,
      ),
    ]);
  });

  it('reports a row with the wrong number of fields at the line it starts on', () => {
    const rows = parseCsvRows(`${HEADER}\n"multi\nline",too,few\n${GOOD}\n`);
    expect(rows[0]).toEqual({
      line: 2,
      raw: undefined,
      problems: [expect.stringMatching(/^row: has 3 fields but the header has 19/)],
    });
    expect(rows[1].line).toBe(4);
  });

  it('refuses a header with an unknown, duplicate or missing column', () => {
    expect(() => parseCsvRows(`${HEADER},bandd\n`)).toThrow(
      /^line 1: unknown column "bandd" \(column 20 of the header\)/,
    );
    expect(() => parseCsvRows(`${HEADER},ref\n`)).toThrow(
      'line 1: column "ref" appears twice in the header',
    );
    expect(() => parseCsvRows('ref,displayName\n')).toThrow(
      /^line 1: the header lacks required columns names, title, /,
    );
    expect(() => parseCsvRows('ref;displayName;names\n')).toThrow(/the header holds no commas/);
    expect(() => parseCsvRows('')).toThrow(/the file is empty/);
  });

  it('skips blank and whitespace-only lines', () => {
    const rows = parseCsvRows(`${HEADER}\n\n   \n${GOOD}\n\n`);
    expect(rows.map((r) => r.line)).toEqual([4]);
  });
});
