import { existsSync } from 'node:fs';
import { MongoClient } from 'mongodb';
import { portAcceptsConnections } from '../free-port';
import { provisionDatabase } from '../index';
import type { RunningDatabase } from '../types';
import { localEnv } from './env';

// The first run on a machine builds FerretDB (about two minutes); later runs reuse the binary.
jest.setTimeout(10 * 60_000);

describe('FerretDB backend (EXPERTPOOL_DB=ferretdb)', () => {
  let db: RunningDatabase;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await provisionDatabase({ env: localEnv('ferretdb'), log: (line) => lines.push(line) });
  });

  afterAll(async () => {
    await db?.stop();
  });

  it('starts on 127.0.0.1 and says which backend ran and why', () => {
    expect(db.kind).toBe('ferretdb');
    expect(db.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    expect(lines.at(-1)).toMatch(/database: FerretDB at .* \(chosen with EXPERTPOOL_DB\)/);
  });

  it('stores and finds documents through the mongodb driver', async () => {
    const client = await MongoClient.connect(db.uri);
    try {
      const collection = client
        .db('devdb_test')
        .collection<{ name: string; country: string }>('experts');
      await collection.insertOne({ name: 'Somchai', country: 'TH' });
      const found = await collection.findOne({ country: 'TH' }, { projection: { _id: 0 } });
      expect(found).toEqual({ name: 'Somchai', country: 'TH' });
    } finally {
      await client.close();
    }
  });

  it('stop() ends the server and removes its temp data dir', async () => {
    const port = Number(new URL(db.uri).port);
    const dataDir = db.dataDir;
    expect(dataDir && existsSync(dataDir)).toBeTruthy();
    expect(await portAcceptsConnections(port)).toBe(true);

    await db.stop();

    expect(await portAcceptsConnections(port)).toBe(false);
    expect(existsSync(dataDir!)).toBe(false);
  });
});
