import { MongoClient } from 'mongodb';
import { ExpertRecord } from '@expertpool/shared';
import { ExpertStore } from '../../store/expert-store';
import { ImportRow } from '../rows';

/** A valid Malaysian record; `n` varies the reference and a few facts. */
export function sampleRecord(n: number, overrides: Partial<ExpertRecord> = {}): ExpertRecord {
  return {
    ref: `JPA/2019/${String(n).padStart(4, '0')}`,
    names: [
      { value: `Aminah binti Yusof ${n}`, lang: 'ms', script: 'Latn' },
      { value: 'أمينة', lang: 'ms', script: 'Arab' },
    ],
    displayName: `Aminah Yusof ${n}`,
    position: {
      title: 'Director of Talent Management',
      grade: { scheme: 'JUSA', code: 'C' },
      band: 'SENIOR_EXECUTIVE',
      agency: 'Public Service Department (JPA)',
    },
    expertise: [
      { area: 'talent-management', level: 3, years: 12 },
      { area: 'merit-system', level: 2, years: 5 + (n % 10) },
    ],
    languages: [
      { tag: 'ms', cefr: 'C2' },
      { tag: 'en', cefr: 'B2' },
    ],
    availability: {
      status: 'AVAILABLE',
      onsite: true,
      remote: n % 2 === 0,
      windows: [{ from: '2026-03-01', to: '2026-06-30' }],
    },
    contact: { workEmail: `aminah${n}@jpa.gov.my` },
    qualifications: [
      { title: 'Master of Public Administration', institution: 'Universiti Malaya', year: 2004 },
    ],
    engagements: [
      {
        title: 'ACCSM workshop on talent management',
        role: 'TRAINER',
        year: 2024,
        hostCountry: 'ID',
      },
    ],
    consent: [
      {
        audience: 'MEMBER',
        purpose: 'ANY',
        granted: true,
        noticeVersion: '2025-01',
        recordedAt: '2025-03-01T00:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function rowsOf(raws: unknown[], firstLine = 2): ImportRow[] {
  return raws.map((raw, i) => ({ line: firstLine + i, raw }));
}

export interface TestStore {
  client: MongoClient;
  store: ExpertStore;
  /** Removes every record (the store itself offers no way to, and must not). */
  clear: () => Promise<void>;
  /** Removes the database and closes the client. */
  drop: () => Promise<void>;
}

/** A store in a database of its own. */
export async function testStore(name: string, country = 'MY'): Promise<TestStore> {
  const uri = process.env.MONGODB_URI;
  if (!uri)
    throw new Error(
      'MONGODB_URI is not set: run the tests with jest (its global setup provisions a database)',
    );
  const client = await MongoClient.connect(uri);
  const db = client.db(`${name}_${process.pid}_${Date.now().toString(36)}`);
  const store = new ExpertStore(db, country);
  await store.init();
  return {
    client,
    store,
    clear: async () => {
      await db.collection('experts').deleteMany({});
    },
    drop: async () => {
      await db.dropDatabase();
      await client.close();
    },
  };
}
