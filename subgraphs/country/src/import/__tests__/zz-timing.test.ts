import { importRecords } from '../run-import';
import { rowsOf, sampleRecord, testStore } from './fixtures';
import { toDocument } from '../../store/document';

it('timing', async () => {
  const { store, drop } = await testStore('timing');
  const recs = Array.from({ length: 300 }, (_, i) => sampleRecord(i + 1));
  let t = Date.now();
  await importRecords({ store, rows: rowsOf(recs) });
  console.log('import', Date.now() - t);
  t = Date.now();
  await importRecords({ store, rows: rowsOf(recs) });
  console.log('reimport', Date.now() - t);
  t = Date.now();
  await importRecords({ store, rows: rowsOf(recs), dryRun: true });
  console.log('dry', Date.now() - t);
  await store.experts.deleteMany({});
  t = Date.now();
  for (const r of recs) await store.experts.insertOne(toDocument(r, 'x' + r.ref.replace(/\W/g, '').toLowerCase(), new Date()));
  console.log('raw seq inserts', Date.now() - t);
  await store.experts.deleteMany({});
  t = Date.now();
  await store.experts.insertMany(recs.map((r) => toDocument(r, 'x' + r.ref.replace(/\W/g, '').toLowerCase(), new Date())));
  console.log('insertMany', Date.now() - t);
  await drop();
});
