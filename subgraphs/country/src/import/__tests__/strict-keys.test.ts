/**
 * A JSON import is as strict about keys as a CSV import is about columns: every unknown or
 * misspelt key, at any depth, rejects its row with the key's path; operator-looking keys are
 * refused as injection. Nothing is dropped without a word.
 */
import { toRecord } from '../../store/document';
import { ExpertStore } from '../../store/expert-store';
import { storedDocs } from '../../__tests__/helpers/stored';
import { unknownFieldProblems } from '../../records/shape';
import { validateRecord } from '../../records/validate';
import { CSV_COLUMNS, parseCsvRows } from '../parse-csv';
import { parseJsonLines, parseJsonRows } from '../parse-json';
import { rejectionLines } from '../report';
import { importRecords } from '../run-import';
import { sampleRecord, testStore } from './fixtures';

describe('unknownFieldProblems', () => {
  it('names each unknown key by its path and suggests the field meant', () => {
    const { qualifications, ...rest } = sampleRecord(1);
    const raw = {
      ...rest,
      qualification: qualifications,
      contact: { workEmail: 'a@b.gov.my', extra: 'x' },
      position: { ...rest.position, grade: { scheme: 'JUSA', Code: 'C' } },
      languages: [
        { tag: 'ms', cefr: 'C2' },
        { tga: 'en', cefr: 'B2' },
      ],
    };
    expect(unknownFieldProblems(raw)).toEqual([
      'position.grade.Code: unknown field; did you mean code?',
      'languages[1].tga: unknown field; did you mean tag?',
      'contact.extra: unknown field; known fields here: workEmail',
      'qualification: unknown field; did you mean qualifications?',
    ]);
  });

  it('refuses operator-looking keys as injection, at the top and inside', () => {
    const raw = { ...sampleRecord(1), $set: { ref: 'x' }, 'contact.extra': 1 };
    (raw.contact as Record<string, unknown>).$where = '1';
    expect(unknownFieldProblems(raw)).toEqual([
      'contact: key "$where" is refused: a key starting with "$" or holding "." looks like a database operator (injection)',
      'record: key "$set" is refused: a key starting with "$" or holding "." looks like a database operator (injection)',
      'record: key "contact.extra" is refused: a key starting with "$" or holding "." looks like a database operator (injection)',
    ]);
  });

  it('accepts every key a CSV row produces (both formats share one shape)', () => {
    const cells: Record<string, string> = {
      ref: 'R1',
      displayName: 'Ali',
      names: 'Ali|ms|Latn',
      title: 'Director',
      gradeScheme: 'JUSA',
      gradeCode: 'C',
      band: 'EXECUTIVE',
      agency: 'JPA',
      expertise: 'merit-system:2:5:https://esco.example/1',
      languages: 'ms:C1',
      availabilityStatus: 'AVAILABLE',
      onsite: 'true',
      remote: 'false',
      windows: '2026-03-01..2026-06-30',
      workEmail: 'ali@jpa.gov.my',
      qualifications: 'MPA|UM|2004',
      engagements: 'Workshop|TRAINER|2024|ID',
      consent: 'MEMBER|ANY|true|2025-01|2025-03-01T00:00:00Z',
    };
    const csv = `${CSV_COLUMNS.join(',')}\n${CSV_COLUMNS.map((c) => cells[c] ?? '').join(',')}\n`;
    const [row] = parseCsvRows(csv);
    expect(unknownFieldProblems(row.raw)).toEqual([]);
    expect(validateRecord(row.raw, 'MY').ok).toBe(true);
  });
});

describe('a JSON import with unknown keys', () => {
  let store: ExpertStore;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ store, drop } = await testStore('import_strict'));
  });
  afterAll(() => drop());

  it('is rejected row by row, each key with its line, and the good rows are imported', async () => {
    const { qualifications, ...noQualifications } = sampleRecord(2);
    const records = [
      sampleRecord(1),
      { ...noQualifications, qualification: qualifications },
      { ...sampleRecord(3), $set: { 'consent.0.granted': true } },
      { ...sampleRecord(4), contact: { workEmail: 'a4@jpa.gov.my', extra: 'x' } },
      sampleRecord(5),
    ];
    const text = `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
    const summary = await importRecords({ store, rows: parseJsonRows(text) });
    expect(rejectionLines(summary)).toEqual([
      'line 3: qualification: unknown field; did you mean qualifications?',
      'line 4: record: key "$set" is refused: a key starting with "$" or holding "." looks like a database operator (injection)',
      'line 5: contact.extra: unknown field; known fields here: workEmail',
    ]);
    expect(summary).toMatchObject({ inserted: 2, rejected: 3 });
    const stored = (await storedDocs(store)).map((d) => toRecord(d, 'MY'));
    expect(stored.map((r) => r.ref).sort()).toEqual(['JPA/2019/0001', 'JPA/2019/0005']);
  });

  it('is rejected the same way from JSON Lines', async () => {
    const line = JSON.stringify({ ...sampleRecord(9), qualification: [] });
    const summary = await importRecords({ store, rows: parseJsonLines(`${line}\n`), dryRun: true });
    expect(rejectionLines(summary)).toEqual([
      'line 1: qualification: unknown field; did you mean qualifications?',
    ]);
  });
});
