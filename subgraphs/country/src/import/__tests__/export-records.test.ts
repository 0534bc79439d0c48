import { generateExperts } from '@expertpool/demo';
import { ExpertStore } from '../../store/expert-store';
import { storedDocs } from '../../__tests__/helpers/stored';
import { toDocument, toRecord } from '../../store/document';
import { exportJson } from '../export-records';
import { parseCsvRows, CSV_COLUMNS } from '../parse-csv';
import { parseJsonRows } from '../parse-json';
import { importRecords } from '../run-import';
import { TestStore, rowsOf, sampleRecord, testStore } from './fixtures';

let source: TestStore;
let target: TestStore;

beforeAll(async () => {
  source = await testStore('export_src');
  target = await testStore('export_dst');
});
afterAll(async () => {
  await source.drop();
  await target.drop();
});

async function records(store: ExpertStore) {
  return (await storedDocs(store)).map((d) => toRecord(d, store.country));
}

describe('export', () => {
  it('writes an empty array for an empty country', async () => {
    expect(await exportJson(target.store)).toBe('[]\n');
  });

  it('writes the stored records sorted by ref, as JSON.stringify(records, null, 2) would', async () => {
    const input = [
      sampleRecord(3),
      sampleRecord(1, { consent: [] }),
      sampleRecord(2, {
        availability: { status: 'LIMITED', onsite: false, remote: true, windows: [] },
      }),
    ];
    await importRecords({ store: source.store, rows: rowsOf(input) });
    const text = await exportJson(source.store);
    const stored = await records(source.store);
    expect(stored.map((r) => r.ref)).toEqual(['JPA/2019/0001', 'JPA/2019/0002', 'JPA/2019/0003']);
    expect(text).toBe(`${JSON.stringify(stored, null, 2)}\n`);
    expect(stored.every((r) => /^MY:[0-9a-z]+$/.test(r.id!))).toBe(true);
  });

  it('imports back into the same database as all unchanged', async () => {
    const before = await storedDocs(source.store);
    const summary = await importRecords({
      store: source.store,
      rows: parseJsonRows(await exportJson(source.store)),
    });
    expect(summary).toEqual({ inserted: 0, updated: 0, unchanged: 3, rejected: 0, rejections: [] });
    expect(await storedDocs(source.store)).toEqual(before);
  });

  it('recreates identical records, ids included, in an empty database', async () => {
    const text = await exportJson(source.store);
    const summary = await importRecords({ store: target.store, rows: parseJsonRows(text) });
    expect(summary).toMatchObject({ inserted: 3, rejected: 0 });
    expect(await records(target.store)).toEqual(await records(source.store));
    expect(await exportJson(target.store)).toBe(text);
  });

  it('round-trips records first imported from CSV', async () => {
    await target.clear();
    const csv = [
      CSV_COLUMNS.join(','),
      ',CSV-1,"Nguyễn Văn An","Nguyễn Văn An|vi|Latn",Vụ trưởng,"Bậc, hạng",1,TOP_EXECUTIVE,Bộ Nội vụ,public-service-innovation:4:15,vi:C2; en:C1,UNAVAILABLE,false,true,2026-09-01..2026-09-30; 2026-03-01..2026-03-31,an@moha.gov.vn,,"Workshop ""CAT""|SPEAKER|2023",SECRETARIAT|TRAINER_SEARCH|false|v2|2025-06-01T08:00:00+07:00',
    ].join('\r\n');
    const first = await importRecords({ store: target.store, rows: parseCsvRows(csv) });
    expect(first).toMatchObject({ inserted: 1, rejected: 0 });
    const text = await exportJson(target.store);
    const [exported] = JSON.parse(text);
    expect(exported.availability.windows).toEqual([
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-09-01', to: '2026-09-30' },
    ]);
    expect(exported.consent[0].recordedAt).toBe('2025-06-01T01:00:00.000Z');
    expect(exported.engagements).toEqual([
      { title: 'Workshop "CAT"', role: 'SPEAKER', year: 2023 },
    ]);
    expect(await importRecords({ store: target.store, rows: parseJsonRows(text) })).toMatchObject({
      unchanged: 1,
      updated: 0,
      inserted: 0,
    });
    expect(await importRecords({ store: target.store, rows: parseCsvRows(csv) })).toMatchObject({
      unchanged: 1,
      updated: 0,
      inserted: 0,
    });
  });

  it.each(['TH', 'MM'])('round-trips generated demo data of %s unchanged', async (country) => {
    const a = await testStore('export_demo_a', country);
    const b = await testStore('export_demo_b', country);
    try {
      const demo = generateExperts({ country, count: 40, seed: 11 });
      await a.store.insertMany(demo.map((r) => toDocument(r, r.id!.split(':')[1], new Date())));
      const text = await exportJson(a.store);
      expect(await importRecords({ store: a.store, rows: parseJsonRows(text) })).toMatchObject({
        unchanged: 40,
        updated: 0,
        inserted: 0,
        rejected: 0,
      });
      expect(await importRecords({ store: b.store, rows: parseJsonRows(text) })).toMatchObject({
        inserted: 40,
        rejected: 0,
      });
      expect(await records(b.store)).toEqual(await records(a.store));
    } finally {
      await a.drop();
      await b.drop();
    }
  });
});
