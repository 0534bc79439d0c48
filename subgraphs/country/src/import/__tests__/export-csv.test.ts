/**
 * `npm run export -- --format csv` writes exactly the import's CSV layout: an export edited in a
 * spreadsheet imports back. Round trip: export CSV, import into an empty database, export again.
 */
import { ExpertStore } from '../../store/expert-store';
import { storedDocs } from '../../__tests__/helpers/stored';
import { toRecord } from '../../store/document';
import { exportCsvChunks } from '../export-csv';
import { CSV_COLUMNS, parseCsvRows } from '../parse-csv';
import { importRecords } from '../run-import';
import { TestStore, rowsOf, sampleRecord, testStore } from './fixtures';

let source: TestStore;
let target: TestStore;

beforeAll(async () => {
  source = await testStore('export_csv_src');
  target = await testStore('export_csv_dst');
});
afterAll(async () => {
  await source.drop();
  await target.drop();
});

async function exportCsv(store: ExpertStore): Promise<string> {
  let out = '';
  for await (const chunk of exportCsvChunks(store)) out += chunk;
  return out;
}

async function records(store: ExpertStore) {
  return (await storedDocs(store)).map((d) => toRecord(d, store.country));
}

/** Multi-line, quoted, Thai and Khmer cells, and items whose text holds the list separators. */
const INPUT = [
  sampleRecord(1, {
    displayName: 'สมชาย ใจดี',
    names: [
      { value: 'สมชาย ใจดี', lang: 'th', script: 'Thai' },
      { value: 'សុខ សុភា', lang: 'km', script: 'Khmr' },
      { value: 'Somchai "Sam" Jaidee, Jr.', lang: 'th', script: 'Latn' },
    ],
    position: {
      title: 'ผู้อำนวยการ\nกองพัฒนาบุคคล',
      grade: { scheme: 'K', code: 'K4' },
      band: 'EXECUTIVE',
      agency: 'Office of the Civil Service Commission, Thailand',
    },
    expertise: [
      {
        area: 'talent-management',
        level: 3,
        years: 12,
        escoUri: 'http://data.europa.eu/esco/skill/abc',
      },
    ],
  }),
  sampleRecord(2, {
    qualifications: [
      { title: 'MPA; Public Policy', institution: 'Royal University | Phnom Penh', year: 2004 },
    ],
    engagements: [{ title: 'វគ្គបណ្តុះបណ្តាល\r\nline two', role: 'TRAINER', year: 2024 }],
    languages: [],
  }),
  sampleRecord(3, { consent: [], availability: { ...sampleRecord(3).availability, windows: [] } }),
];

describe('CSV export', () => {
  it('writes the header alone for an empty country', async () => {
    expect(await exportCsv(target.store)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes list cells in the import notation, and JSON where the notation cannot hold a value', async () => {
    await importRecords({ store: source.store, rows: rowsOf(INPUT) });
    const rows = parseCsvRows(await exportCsv(source.store));
    expect(rows.map((r) => r.problems)).toEqual([undefined, undefined, undefined]);
    const text = await exportCsv(source.store);
    expect(text).toContain(
      '"สมชาย ใจดี|th|Thai; សុខ សុភា|km|Khmr; Somchai ""Sam"" Jaidee, Jr.|th|Latn"',
    );
    expect(text).toContain('talent-management:3:12:http://data.europa.eu/esco/skill/abc');
    expect(text).toContain('"ผู้อำนวยการ\nกองพัฒนาบุคคล"');
    // ";" and "|" inside a qualification: the cell holds the JSON array instead.
    expect(text).toContain(
      '"[{""title"":""MPA; Public Policy"",""institution"":""Royal University | Phnom Penh"",""year"":2004}]"',
    );
  });

  it('round-trips: export, import into an empty database, export again is identical', async () => {
    const first = await exportCsv(source.store);
    const summary = await importRecords({ store: target.store, rows: parseCsvRows(first) });
    expect(summary).toEqual({ inserted: 3, updated: 0, unchanged: 0, rejected: 0, rejections: [] });
    expect(await exportCsv(target.store)).toBe(first);
    expect(await records(target.store)).toEqual(await records(source.store));
  });

  it('imports back into the same database as all unchanged', async () => {
    const summary = await importRecords({
      store: source.store,
      rows: parseCsvRows(await exportCsv(source.store)),
    });
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
  });
});
