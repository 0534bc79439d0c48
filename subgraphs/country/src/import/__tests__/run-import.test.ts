import { toRecord } from '../../store/document';
import { ExpertStore } from '../../store/expert-store';
import { storedCount, storedDocs } from '../../__tests__/helpers/stored';
import { parseJsonRows } from '../parse-json';
import { parseCsvRows, CSV_COLUMNS } from '../parse-csv';
import { ImportProgress, importRecords } from '../run-import';
import { rowsOf, sampleRecord, testStore } from './fixtures';

let store: ExpertStore;
let drop: () => Promise<void>;
let clear: () => Promise<void>;

beforeAll(async () => {
  ({ store, drop, clear } = await testStore('import_run'));
});
afterAll(() => drop());
beforeEach(() => clear());

async function storedRecords() {
  return (await storedDocs(store)).map((d) => toRecord(d, 'MY'));
}

describe('importRecords', () => {
  it('reports every bad row with its line and reasons and stores the valid ones', async () => {
    const bad = { ...sampleRecord(2), position: { ...sampleRecord(2).position, band: 'GENERAL' } };
    const worse = {
      ...sampleRecord(3),
      contact: { workEmail: 'nope' },
      expertise: [{ area: 'astrology', level: 9, years: 1 }],
    };
    const summary = await importRecords({
      store,
      rows: rowsOf([sampleRecord(1), bad, sampleRecord(4), worse, 'not an object']),
    });
    expect(summary).toEqual({
      inserted: 2,
      updated: 0,
      unchanged: 0,
      rejected: 3,
      rejections: [
        {
          line: 3,
          problems: [
            'position.band: must be one of TOP_EXECUTIVE, SENIOR_EXECUTIVE, EXECUTIVE, SENIOR_MANAGER',
          ],
        },
        {
          line: 5,
          problems: [
            'expertise[0].area: "astrology" is not in the ACCSM expertise vocabulary',
            'expertise[0].level: must be a whole number from 1 to 4',
            'contact.workEmail: must be an e-mail address',
          ],
        },
        { line: 6, problems: ['record: must be an object'] },
      ],
    });
    expect((await storedRecords()).map((r) => r.ref)).toEqual(['JPA/2019/0001', 'JPA/2019/0004']);
  });

  it('reports CSV rows by their physical line, a multi-line quoted cell included', async () => {
    const header = CSV_COLUMNS.join(',');
    const row = (ref: string, band: string, title = 'Director') =>
      `,${ref},Ali,Ali|ms|Latn,${title},JUSA,C,${band},JPA,merit-system:2:5,ms:C1,AVAILABLE,true,false,,ali@jpa.gov.my,,,`;
    const csv = [
      header,
      row('R1', 'EXECUTIVE', '"Director,\nTalent"'),
      row('R2', 'BOSS'),
      row('R3', 'EXECUTIVE'),
    ].join('\n');
    const summary = await importRecords({ store, rows: parseCsvRows(csv) });
    expect(summary.rejections).toEqual([
      { line: 4, problems: [expect.stringMatching(/^position\.band: must be one of /)] },
    ]);
    expect(summary.inserted).toBe(2);
    expect((await store.findByRefs(['R1']))[0]?.position.title).toBe('Director,\nTalent');
  });

  it('changes nothing when the same rows are imported again', async () => {
    const rows = rowsOf([sampleRecord(1), sampleRecord(2), sampleRecord(3)]);
    await importRecords({ store, rows, now: new Date('2026-01-01T00:00:00Z') });
    const before = await storedDocs(store);
    const again = await importRecords({ store, rows, now: new Date('2026-02-01T00:00:00Z') });
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 3, rejected: 0, rejections: [] });
    const after = await storedDocs(store);
    expect(after).toEqual(before);
    expect(after.every((d) => d.updatedAt.toISOString() === '2026-01-01T00:00:00.000Z')).toBe(true);
  });

  it('updates a changed row in place, keeping its id, and keeps stored consent when a row has none', async () => {
    await importRecords({ store, rows: rowsOf([sampleRecord(1)]) });
    const [{ id }] = await storedRecords();
    const changed = sampleRecord(1, { displayName: 'Dato Aminah', consent: [] });
    expect(await importRecords({ store, rows: rowsOf([changed]) })).toMatchObject({
      updated: 1,
      inserted: 0,
    });
    const [stored] = await storedRecords();
    expect(stored).toEqual({ ...changed, id, consent: sampleRecord(1).consent });
    expect(await importRecords({ store, rows: rowsOf([changed]) })).toMatchObject({ unchanged: 1 });
  });

  it('writes nothing on a dry run but predicts what a real run does', async () => {
    await importRecords({ store, rows: rowsOf([sampleRecord(1), sampleRecord(2)]) });
    const before = await storedDocs(store);
    const [first] = await storedRecords();
    const rows = rowsOf([
      sampleRecord(1, { consent: [] }), // unchanged: empty consent keeps the stored one
      sampleRecord(2, { displayName: 'Renamed' }), // updated
      sampleRecord(3), // inserted
      sampleRecord(4, { id: first.id }), // id of another ref: rejected
      { ...sampleRecord(5), ref: '' }, // invalid
    ]);
    const predicted = await importRecords({ store, rows, dryRun: true });
    expect(await storedDocs(store)).toEqual(before);
    expect(predicted).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, rejected: 2 });
    const real = await importRecords({ store, rows });
    expect(real).toEqual(predicted);
  });

  it('rejects a later duplicate ref (or id) in the same file, naming the earlier line', async () => {
    const summary = await importRecords({
      store,
      rows: rowsOf(
        [
          sampleRecord(1),
          sampleRecord(2),
          sampleRecord(1, { displayName: 'Other' }),
          sampleRecord(9, { id: 'MY:abcd1234' }),
          sampleRecord(8, { id: 'MY:abcd1234' }),
        ],
        10,
      ),
    });
    expect(summary.rejections).toEqual([
      {
        line: 12,
        problems: ['ref: "JPA/2019/0001" is already used on line 10; only that row is imported'],
      },
      { line: 14, problems: ['id: "MY:abcd1234" is already used on line 13 for another ref'] },
    ]);
    expect(summary.inserted).toBe(3);
    expect((await store.findByRefs(['JPA/2019/0001']))[0]?.displayName).toBe('Aminah Yusof 1');
  });

  it('rejects a row whose id belongs to another ref at write time, losing nothing else', async () => {
    await importRecords({ store, rows: rowsOf([sampleRecord(1)]) });
    const [{ id }] = await storedRecords();
    const summary = await importRecords({
      store,
      rows: rowsOf([sampleRecord(2), sampleRecord(3, { id }), sampleRecord(4)]),
    });
    expect(summary.rejections).toEqual([
      {
        line: 3,
        problems: [
          expect.stringMatching(
            /^record: Another record already uses id MY:\w+ or ref "JPA\/2019\/0003"\.$/,
          ),
        ],
      },
    ]);
    expect(summary).toMatchObject({ inserted: 2, rejected: 1 });
    expect((await storedRecords()).map((r) => r.ref)).toEqual([
      'JPA/2019/0001',
      'JPA/2019/0002',
      'JPA/2019/0004',
    ]);
  });

  it('rejects query-operator injection attempts with a reason', async () => {
    const records = [
      { ...sampleRecord(1), ref: { $ne: null } },
      { ...sampleRecord(2), ref: '$where' },
      { ...sampleRecord(3), displayName: '{"$gt": ""}' },
      sampleRecord(4),
    ];
    const text = `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
    const summary = await importRecords({ store, rows: parseJsonRows(text) });
    expect(summary.rejections).toEqual([
      { line: 2, problems: ['ref: must be a string'] },
      { line: 3, problems: ['ref: must not contain query operators such as "$where" or "$ne"'] },
      {
        line: 4,
        problems: ['displayName: must not contain query operators such as "$where" or "$ne"'],
      },
    ]);
    expect((await storedRecords()).map((r) => r.ref)).toEqual(['JPA/2019/0004']);
  });

  it('rejects a record of another country and a row the parser already found broken', async () => {
    const summary = await importRecords({
      store,
      rows: [
        { line: 2, raw: sampleRecord(1, { id: 'TH:abcd1234' }) },
        { line: 3, raw: undefined, problems: ['row: has 3 fields but the header has 19'] },
      ],
    });
    expect(summary.rejections).toEqual([
      { line: 2, problems: ['id: belongs to TH, not MY'] },
      { line: 3, problems: ['row: has 3 fields but the header has 19'] },
    ]);
  });

  it('works through many rows in batches, reporting progress up to the total', async () => {
    const records = Array.from({ length: 234 }, (_, i) => sampleRecord(i + 1));
    const progress: ImportProgress[] = [];
    async function* rows() {
      for (let i = 0; i < records.length; i++) yield { line: i + 2, raw: records[i] };
      yield { line: records.length + 2, raw: { ref: 'broken' } };
    }
    const summary = await importRecords({
      store,
      rows: rows(),
      batchSize: 100,
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toMatchObject({ inserted: 234, rejected: 1 });
    expect(await storedCount(store)).toBe(234);
    expect(progress[0]).toEqual({ done: 1, total: 235 });
    expect(progress[progress.length - 1]).toEqual({ done: 235, total: 235 });
    const again = await importRecords({ store, rows: rows(), batchSize: 100, dryRun: true });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 234, rejected: 1 });
  });
});
