/**
 * Documents written by older code (unprefixed tokens, the old `search` shape, no derivation) are
 * re-derived when the store starts, keeping their id and update time, so an existing database
 * keeps being searchable, within each caller's scope, after an upgrade.
 */
import { MongoClient } from 'mongodb';
import { CountryServer } from '../server';
import { DERIVATION } from '../store/document';
import { CALLERS } from './helpers/scope-fixture';
import { mongoUri, ok, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;
let client: MongoClient;

const UPDATED_AT = new Date('2024-03-04T05:06:07.000Z');
const OPAQUE = 'legacy0001';

/** An expert exactly as the previous code stored it. */
const OLD_SHAPE = {
  _id: OPAQUE,
  ref: 'LEGACY-1',
  names: [
    { value: 'Siti Legasi', lang: 'ms', script: 'Latn' },
    { value: 'سيتي', lang: 'ms-Arab', script: 'Arab' },
  ],
  displayName: 'Siti Legasi',
  position: {
    title: 'Pengarah',
    grade: { scheme: 'JUSA', code: 'A' },
    band: 'TOP_EXECUTIVE',
    agency: 'Jabatan Arkib',
  },
  expertise: [{ area: 'merit-system', level: 3, years: 10 }],
  languages: [{ tag: 'ms', cefr: 'C2' }],
  availability: { status: 'AVAILABLE', onsite: true, remote: true, windows: [] },
  contact: { workEmail: 'siti.legasi@arkib.example' },
  qualifications: [{ title: 'Ijazah Platypus', institution: 'Universiti Putra', year: 1999 }],
  engagements: [],
  consent: [
    {
      audience: 'PUBLIC',
      purpose: 'ANY',
      granted: true,
      noticeVersion: 'v1',
      recordedAt: '2024-01-01T00:00:00.000Z',
    },
  ],
  updatedAt: UPDATED_AT,
  search: { name: 'siti legasi سيتي', expertise: 'merit system' },
  tokens: [
    'siti',
    'legasi',
    'سيتي',
    'merit',
    'system',
    'pengarah',
    'jabatan',
    'arkib',
    'jusa',
    'a',
    'ijazah',
    'platypus',
    'universiti',
    'putra',
  ],
  sortName: 'siti legasi',
  expertiseKeys: ['merit-system:3'],
  maxLevel: 3,
  languageKeys: ['ms:C2', '*:C2'],
  consentKeys: ['PUBLIC:ANY'],
};

/** A damaged old document (sorted before the good one): it must not stop the others or the start. */
const BROKEN = {
  ...OLD_SHAPE,
  _id: 'broken0001',
  ref: 'LEGACY-BROKEN',
  names: 'not a list',
  consentKeys: [],
};

const SEARCH = /* GraphQL */ `
  query S($text: String) {
    experts(filter: { text: $text }) {
      totalCount
      edges {
        score
        node {
          id
          displayName
          updatedAt
        }
      }
    }
  }
`;

const idsFound = async (text: string, audience: 'OWN' | 'PUBLIC') =>
  (await ok(server, SEARCH, { text }, CALLERS[audience])).experts.edges.map(
    (e: { node: { id: string } }) => e.node.id,
  );

beforeAll(async () => {
  server = await startCountry('MY', 'rederive', 0);
  client = await MongoClient.connect(mongoUri());
  await client
    .db(server.config.database)
    .collection<{ _id: string }>('experts')
    .insertMany([OLD_SHAPE, BROKEN]);
});

afterAll(async () => {
  await client?.close();
  await stopCountry(server);
});

it('old documents are found by no search until the store re-derives them', async () => {
  expect(await idsFound('platypus', 'OWN')).toEqual([]);

  expect(await server.store.init()).toEqual({ rewritten: 1, failed: [BROKEN._id] });

  const id = `MY:${OPAQUE}`;
  expect(await idsFound('platypus', 'OWN')).toEqual([id]);
  expect(await idsFound('سيتي', 'OWN')).toEqual([id]);
  // Within the caller's scope: PUBLIC receives the display name, not qualifications or names.
  expect(await idsFound('legasi', 'PUBLIC')).toEqual([id]);
  expect(await idsFound('platypus', 'PUBLIC')).toEqual([]);
  expect(await idsFound('سيتي', 'PUBLIC')).toEqual([]);
});

it('keeps the id and update time, and stores the current derivation', async () => {
  const stored = await client
    .db(server.config.database)
    .collection('experts')
    .findOne({ ref: 'LEGACY-1' });
  expect(stored).toMatchObject({
    _id: OPAQUE,
    updatedAt: UPDATED_AT,
    derivation: DERIVATION,
    displayName: 'Siti Legasi',
    // Written before records were confirmed (§6.8): last confirmed when last written.
    lastConfirmedAt: UPDATED_AT,
  });
  expect(stored!.search).toEqual({
    names: 'siti legasi سيتي',
    displayName: 'siti legasi',
    expertise: 'merit system',
    position: 'pengarah jabatan arkib jusa a',
    qualifications: 'ijazah platypus universiti putra',
    engagements: '',
    // A Malay name is patronymic: no word of it is a family name (family-names.ts).
    family: '',
  });
  const { experts } = await ok(server, SEARCH, { text: 'legasi' });
  expect(experts.edges[0].node.updatedAt).toBe(UPDATED_AT.toISOString());
});

it('rewrites nothing on the next start, and still passes over what it cannot derive', async () => {
  expect(await server.store.init()).toEqual({ rewritten: 0, failed: [BROKEN._id] });
});
