/**
 * `npm run import -- --sync`: the records whose ref is not in the file are removed, through the
 * removeExpert path (search no longer finds them), listed in the report and in the import log;
 * a dry run shows them first; a large share is refused without --force; a rejected row's ref
 * counts as in the file; records without a ref are kept.
 */
import { MongoClient } from 'mongodb';
import { parseImportArgs } from '../../cli/import-cli';
import { UsageError } from '../../cli/args';
import { CountryServer } from '../../server';
import { ExpertDoc, toDocument } from '../../store/document';
import { mongoUri, ok, startCountry, stopCountry } from '../../__tests__/helpers/server';
import { ImportLogEntry, logImport } from '../import-log';
import { summaryTable, syncLines } from '../report';
import { ImportSummary, importRecords } from '../run-import';
import { SyncOptions } from '../sync';
import { rowsOf, sampleRecord } from './fixtures';

jest.setTimeout(120_000);

let server: CountryServer;
let client: MongoClient;

beforeAll(async () => {
  server = await startCountry('MY', 'import_sync', 0);
  client = await MongoClient.connect(mongoUri());
});
afterAll(async () => {
  await client.close();
  await stopCountry(server);
});

const db = () => client.db(server.config.database);
const SYNC: SyncOptions = { maxRemoveShare: 0.1, force: false };
const refs = (ns: number[]) => ns.map((n) => sampleRecord(n).ref);
const stored = async () =>
  (await db().collection('experts').find({}).sort({ ref: 1 }).toArray()).map((d) => d.ref);

async function searchedIds(): Promise<string[]> {
  const data = await ok(
    server,
    `{ experts(filter: { text: "Aminah" }, first: 50) { edges { node { id } } } }`,
  );
  return data.experts.edges.map((e: { node: { id: string } }) => e.node.id);
}

async function idOf(n: number): Promise<string> {
  const [doc] = await server.store.findByRefs(refs([n]));
  return `MY:${doc._id}`;
}

const fileOf = (ns: number[]) => rowsOf(ns.map((n) => sampleRecord(n)));

describe('import --sync', () => {
  beforeEach(async () => {
    // Through the store, so its search index forgets them too.
    for await (const doc of server.store.allRefs()) await server.store.remove(doc._id);
    await importRecords({ store: server.store, rows: fileOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) });
  });

  it('shows the removals in a dry run, then removes exactly the missing refs and logs them', async () => {
    const gone = { ref: sampleRecord(10).ref, id: await idOf(10) };
    const file = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11];

    const dry = await importRecords({
      store: server.store,
      rows: fileOf(file),
      dryRun: true,
      sync: SYNC,
    });
    expect(dry).toMatchObject({ inserted: 1, unchanged: 9, rejected: 0 });
    expect(dry.sync).toEqual({ removed: [gone], stored: 10, withoutRef: 0 });
    expect(syncLines(dry, true)).toEqual([
      `would remove ${gone.ref} (${gone.id}): its ref is not in the file`,
    ]);
    expect(await stored()).toEqual(refs([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(await searchedIds()).toContain(gone.id);
    expect(summaryTable(dry, 'MY import', true)).toMatch(/^ {2}would remove +1$/m);

    const startedAt = new Date();
    const real = await importRecords({ store: server.store, rows: fileOf(file), sync: SYNC });
    expect(real.sync).toEqual({ removed: [gone], stored: 10, withoutRef: 0 });
    expect(syncLines(real, false)).toEqual([
      `removed ${gone.ref} (${gone.id}): its ref is not in the file`,
    ]);
    expect(await stored()).toEqual(refs([1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
    expect(summaryTable(real, 'MY import', false)).toMatch(/^ {2}removed +1$/m);
    // The same path as removeExpert: the lookup and the search no longer find the record.
    expect(
      (await ok(server, `query($id: ID!) { expert(id: $id) { id } }`, { id: gone.id })).expert,
    ).toBeNull();
    const found = await searchedIds();
    expect(found).toHaveLength(10);
    expect(found).not.toContain(gone.id);

    await logImport(
      db(),
      { country: 'MY', file: 'my.csv', format: 'csv', startedAt, finishedAt: new Date() },
      real,
    );
    const entry = await db()
      .collection<ImportLogEntry>('imports')
      .findOne({ startedAt }, { projection: { _id: 0 } });
    expect(entry).toMatchObject({
      inserted: 1,
      unchanged: 9,
      sync: { removed: [gone], withoutRef: 0 },
    });

    const again = await importRecords({ store: server.store, rows: fileOf(file), sync: SYNC });
    expect(again).toMatchObject({ inserted: 0, unchanged: 10, sync: { removed: [] } });
  });

  it('refuses to remove more than the share without --force, writing nothing', async () => {
    const changed = { ...sampleRecord(1), displayName: 'Changed Name' };
    const rows = rowsOf([changed, ...[2, 3, 4, 5].map((n) => sampleRecord(n))]);
    const refused = await importRecords({ store: server.store, rows, sync: SYNC });
    expect(refused.sync?.removed).toEqual([]);
    expect(refused.sync?.refused).toBe(
      '--sync would remove 5 of 10 records (50%), more than --max-remove-share 10%; check the file, then add --force to remove them',
    );
    expect(refused).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
    expect(await stored()).toHaveLength(10);
    expect((await server.store.findByRefs(refs([1])))[0].displayName).toBe('Aminah Yusof 1');

    const dry = await importRecords({ store: server.store, rows, dryRun: true, sync: SYNC });
    expect(dry.sync?.removed.map((r) => r.ref)).toEqual(refs([6, 7, 8, 9, 10]));
    expect(syncLines(dry, true).at(-1)).toMatch(
      /^a real run would be refused: --sync would remove 5/,
    );

    const forced = await importRecords({
      store: server.store,
      rows,
      sync: { maxRemoveShare: 0.1, force: true },
    });
    expect(forced).toMatchObject({ updated: 1, unchanged: 4 });
    expect(forced.sync?.removed.map((r) => r.ref)).toEqual(refs([6, 7, 8, 9, 10]));
    expect(await stored()).toEqual(refs([1, 2, 3, 4, 5]));
  });

  it("keeps a record whose row is rejected, and removes nothing while a row's ref is unreadable", async () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => sampleRecord(n));
    const broken = { ...sampleRecord(10), position: { ...sampleRecord(10).position, band: 'X' } };
    const kept = await importRecords({
      store: server.store,
      rows: rowsOf([...all, broken]),
      sync: SYNC,
    });
    expect(kept).toMatchObject({ rejected: 1, sync: { removed: [] } });
    expect(await stored()).toHaveLength(10);

    const unreadable: ImportSummary = await importRecords({
      store: server.store,
      rows: [...rowsOf(all.slice(0, 9)), { line: 11, raw: undefined, problems: ['row: bad'] }],
      sync: SYNC,
    });
    expect(unreadable.sync?.refused).toBe(
      "--sync removes nothing while a row's ref cannot be read (line 11): fix those rows first",
    );
    expect(await stored()).toHaveLength(10);
  });

  it('never removes a record without a ref, and says so', async () => {
    const { ref: _none, ...noRef } = toDocument(sampleRecord(99), 'noref0001', new Date());
    await db().collection<Omit<ExpertDoc, 'ref'>>('experts').insertOne(noRef);
    const summary = await importRecords({
      store: server.store,
      rows: fileOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      sync: SYNC,
      dryRun: true,
    });
    expect(summary.sync).toEqual({ removed: [], stored: 11, withoutRef: 1 });
    expect(syncLines(summary, true)).toEqual([
      'kept 1 record without a ref: --sync never removes a record no file can name',
    ]);
  });
});

describe('import --sync arguments', () => {
  it('reads --sync, --max-remove-share as a share or a percentage, and --force', () => {
    expect(parseImportArgs(['--country', 'MY', 'a.csv', '--sync'])).toMatchObject({
      sync: { maxRemoveShare: 0.1, force: false },
    });
    expect(
      parseImportArgs([
        '--country',
        'MY',
        'a.csv',
        '--sync',
        '--max-remove-share',
        '25%',
        '--force',
      ]),
    ).toMatchObject({ sync: { maxRemoveShare: 0.25, force: true } });
    expect(
      parseImportArgs(['--country', 'MY', 'a.csv', '--sync', '--max-remove-share=0.5']),
    ).toMatchObject({ sync: { maxRemoveShare: 0.5 } });
    expect(parseImportArgs(['--country', 'MY', 'a.csv'])).not.toHaveProperty('sync');
  });

  it.each([
    [['--force'], '--force applies to --sync only'],
    [['--max-remove-share', '0.2'], '--max-remove-share applies to --sync only'],
    [['--sync', '--max-remove-share', '150%'], '--max-remove-share: "150%" is not a share'],
    [['--sync', '--max-remove-share', 'lots'], '--max-remove-share: "lots" is not a share'],
  ])('refuses %j', (extra, message) => {
    const run = () => parseImportArgs(['--country', 'MY', 'a.csv', ...extra]);
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });
});
