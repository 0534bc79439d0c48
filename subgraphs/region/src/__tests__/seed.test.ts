import { MongoClient } from 'mongodb';
import { ProgrammeDoc } from '../programme';
import { buildDemoProgrammes } from '../seed/seed';
import { dropDatabase, mongodbUri, run, startRegion, uniqueDatabase } from './harness';

const seeded = uniqueDatabase('seed');
const unseeded = uniqueDatabase('noseed');

afterAll(async () => {
  await dropDatabase(seeded);
  await dropDatabase(unseeded);
});

describe('demo programmes', () => {
  it('are the same for the same seed', () => {
    expect(buildDemoProgrammes(2017)).toEqual(buildDemoProgrammes(2017));
    const ids = (seed: number) =>
      buildDemoProgrammes(seed).flatMap((p) => p.engagements.map((e) => e.expertId));
    expect(ids(2017)).not.toEqual(ids(4242));
  });

  it('fill an empty database once, with indexes, and serve /health', async () => {
    const first = await startRegion(seeded, { HEALTH_PORT: '0' });
    try {
      expect(await first.store.count()).toBe(buildDemoProgrammes(2017).length);
      const indexes = (await first.store.programmes.indexes()).map((i) => i.name);
      expect(indexes).toEqual(
        expect.arrayContaining(['host_startDate', 'startDate_endDate', 'competencies_startDate']),
      );

      const listening = await first.listen(0);
      const health = await fetch(listening.url.replace(/\/graphql$/, '/health'));
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const details = await fetch(new URL('/health/ready', listening.health!.url));
      expect(await details.json()).toEqual({ status: 'ok', service: 'region', programmes: 7 });
    } finally {
      await first.stop();
    }

    // A second start on a database holding programmes leaves them alone.
    const client = await MongoClient.connect(mongodbUri());
    try {
      await client
        .db(seeded)
        .collection<ProgrammeDoc>('programmes')
        .deleteOne({ _id: 'demo-2027-hris-workforce-analytics' });
    } finally {
      await client.close();
    }
    const second = await startRegion(seeded);
    try {
      expect(await second.store.count()).toBe(6);
      // Another instance seeding at the same moment: existing ids are skipped, not an error.
      expect(await second.store.insertNew(buildDemoProgrammes(2017))).toBe(1);
      expect(await second.store.count()).toBe(7);
    } finally {
      await second.stop();
    }
  });

  it('are left out when SEED_PROGRAMMES is off', async () => {
    const server = await startRegion(unseeded, { SEED_PROGRAMMES: '0' });
    try {
      expect(await server.store.count()).toBe(0);
      const result = await run(server, '{ programmes { id } }');
      expect(result.data!.programmes).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
