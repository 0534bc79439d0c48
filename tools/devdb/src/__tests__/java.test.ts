import { MongoClient } from 'mongodb';
import { portAcceptsConnections } from '../free-port';
import { provisionDatabase } from '../index';
import { localEnv } from './env';

// The first run on a machine fetches the jars from Maven Central and compiles the launcher.
jest.setTimeout(5 * 60_000);

describe('mongo-java-server backend (EXPERTPOOL_DB=java)', () => {
  it('starts, serves the driver, and stops', async () => {
    const db = await provisionDatabase({ env: localEnv('java'), log: () => undefined });
    const port = Number(new URL(db.uri).port);
    try {
      expect(db.kind).toBe('java');
      const client = await MongoClient.connect(db.uri);
      try {
        await client
          .db('devdb_test')
          .collection('experts')
          .insertOne({ name: 'Nguyen', country: 'VN' });
        expect(
          await client.db('devdb_test').collection('experts').countDocuments({ country: 'VN' }),
        ).toBe(1);
      } finally {
        await client.close();
      }
    } finally {
      await db.stop();
    }
    expect(await portAcceptsConnections(port)).toBe(false);
  });
});
