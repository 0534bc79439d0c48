/**
 * Audit retention (finding 10 of issue 9; docs/ARCHITECTURE.md §6.6): the log is kept for the
 * period the country's stewards set (400 days by default) and no longer, by a TTL index on
 * `audit.at`. The TTL monitor runs once a minute and not at all in the emulators, so the tests
 * read the index definition; where the database has no TTL indexes (FerretDB 1.x) the service
 * deletes expired entries itself, and that is what is checked there.
 */
import { MongoClient } from 'mongodb';
import { silentLogger } from '@expertpool/shared';
import {
  DEFAULT_AUDIT_RETENTION_DAYS,
  MAX_AUDIT_RETENTION_DAYS,
  SECONDS_PER_DAY,
} from '../policy/audit-retention';
import { CountryServer, createServer } from '../server';
import { NewAuditEntry } from '../store/audit-store';
import { RetentionEnforcement } from '../store/audit-ttl';
import { RetentionStore } from '../store/retention-store';
import { COUNTRY, MEMBER_VIEWER, OTHER_STEWARD, PUBLIC, STEWARD } from './helpers/governance';
import { VIEWER } from './helpers/mutations';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const DAY_MS = SECONDS_PER_DAY * 1000;
/** FerretDB 1.x has no TTL indexes; MongoDB and mongo-java-server keep their definition. */
const KIND = process.env.EXPERTPOOL_DB_KIND;
const EXPECTED: RetentionEnforcement | undefined =
  KIND === 'ferretdb' ? 'SWEEP' : KIND === 'external' ? undefined : 'TTL_INDEX';

const RETENTION = `query R($country: CountryCode!) { auditRetention(country: $country) { country days isDefault updatedAt updatedBy } }`;
const SET = `mutation S($country: CountryCode!, $days: Int!) { setAuditRetention(country: $country, days: $days) { country days isDefault updatedBy } }`;

let server: CountryServer;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'audit_retention', 0);
});

afterAll(() => stopCountry(server));

/** The `at` index as the database describes it. */
async function atIndex() {
  const indexes = await server.audit.entries.listIndexes().toArray();
  return indexes.find((index) => index.name === 'at');
}

/** How this database enforces retention now, checked against what its kind should do. */
async function enforcement(): Promise<RetentionEnforcement> {
  const { enforcement } = await server.retention.apply();
  if (EXPECTED !== undefined) expect(enforcement).toBe(EXPECTED);
  return enforcement;
}

const entry = (daysAgo: number, subject: string): NewAuditEntry => ({
  at: new Date(Date.now() - daysAgo * DAY_MS),
  subject,
  callerCountry: 'TH',
  role: 'viewer',
  audience: 'MEMBER',
  purpose: 'ANY',
  operation: 'Op',
  expertIds: ['MY:x'],
  fields: ['displayName'],
});

const subjects = async () =>
  (await server.audit.entries.find({}).sort({ _id: 1 }).toArray()).map((e) => e.subject);

it(`defaults to ${DEFAULT_AUDIT_RETENTION_DAYS} days, enforced by the index on audit.at`, async () => {
  expect((await ok(server, RETENTION, { country: COUNTRY }, STEWARD)).auditRetention).toEqual({
    country: COUNTRY,
    days: DEFAULT_AUDIT_RETENTION_DAYS,
    isDefault: true,
    updatedAt: null,
    updatedBy: null,
  });
  const index = await atIndex();
  expect(index?.key).toEqual({ at: 1 });
  if ((await enforcement()) === 'TTL_INDEX')
    expect(index?.expireAfterSeconds).toBe(DEFAULT_AUDIT_RETENTION_DAYS * SECONDS_PER_DAY);
  else expect(index?.expireAfterSeconds).toBeUndefined();
});

it("a steward's change through the graph changes the index at once, and is kept", async () => {
  const set = await ok(server, SET, { country: COUNTRY, days: 30 }, STEWARD);
  expect(set.setAuditRetention).toEqual({
    country: COUNTRY,
    days: 30,
    isDefault: false,
    updatedBy: 'id-steward',
  });
  const read = (await ok(server, RETENTION, { country: COUNTRY }, STEWARD)).auditRetention;
  expect(read).toMatchObject({ days: 30, isDefault: false, updatedBy: 'id-steward' });
  expect(Date.parse(read.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
  if ((await enforcement()) === 'TTL_INDEX')
    expect((await atIndex())?.expireAfterSeconds).toBe(30 * SECONDS_PER_DAY);
  // And back to the longest period: the index follows every change, not only the first.
  await ok(server, SET, { country: COUNTRY, days: MAX_AUDIT_RETENTION_DAYS }, STEWARD);
  if ((await enforcement()) === 'TTL_INDEX')
    expect((await atIndex())?.expireAfterSeconds).toBe(MAX_AUDIT_RETENTION_DAYS * SECONDS_PER_DAY);
});

it('applying the stored period again (every start, every instance) leaves the index alone', async () => {
  const before = await atIndex();
  await server.retention.apply();
  await server.retention.apply();
  expect(await atIndex()).toEqual(before);
});

it.each([
  ['a member-state steward', OTHER_STEWARD],
  ['a member-state viewer', MEMBER_VIEWER],
  ['the public', PUBLIC],
  ["the country's own viewer", VIEWER],
])('%s may neither read nor change it', async (_name, caller) => {
  const before = await atIndex();
  expect(codesOf(await run(server, RETENTION, { country: COUNTRY }, caller))).toEqual([
    'FORBIDDEN',
  ]);
  expect(codesOf(await run(server, SET, { country: COUNTRY, days: 1 }, caller))).toEqual([
    'FORBIDDEN',
  ]);
  expect(await atIndex()).toEqual(before);
});

it.each([0, -1, MAX_AUDIT_RETENTION_DAYS + 1])(
  'a period of %p days is BAD_USER_INPUT and changes nothing',
  async (days) => {
    const before = (await ok(server, RETENTION, { country: COUNTRY }, STEWARD)).auditRetention;
    const result = await run(server, SET, { country: COUNTRY, days }, STEWARD);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toContain(
      `whole number of days from 1 to ${MAX_AUDIT_RETENTION_DAYS}`,
    );
    expect((await ok(server, RETENTION, { country: COUNTRY }, STEWARD)).auditRetention).toEqual(
      before,
    );
  },
);

it('entries older than the period go; younger ones stay', async () => {
  await server.audit.entries.deleteMany({});
  for (const [daysAgo, subject] of [
    [45, 'old'],
    [29, 'recent'],
    [0, 'today'],
  ] as const)
    await server.audit.append(entry(daysAgo, subject));
  await ok(server, SET, { country: COUNTRY, days: 30 }, STEWARD);
  if ((await enforcement()) === 'TTL_INDEX') {
    // The database's TTL monitor deletes 'old' within a minute; the index says so.
    expect((await atIndex())?.expireAfterSeconds).toBe(30 * SECONDS_PER_DAY);
  } else {
    // Without TTL indexes the change itself deleted what it no longer keeps.
    expect(await subjects()).toEqual(['recent', 'today']);
  }
  // The service's own sweep (what a database without TTL indexes gets hourly) agrees.
  await server.retention.sweep();
  expect(await subjects()).toEqual(['recent', 'today']);
  await server.retention.sweep(new Date(Date.now() + 2 * DAY_MS));
  expect(await subjects()).toEqual(['today']);
  // The log still pages as before.
  const log = await ok(
    server,
    `query L($country: CountryCode!) { auditLog(country: $country) { totalCount } }`,
    { country: COUNTRY },
    STEWARD,
  );
  expect(log.auditLog.totalCount).toBe(1);
});

it('a database from before retention (a plain index on audit.at) gets the TTL index at start-up', async () => {
  const database = `${server.config.database}_old`;
  const client = await MongoClient.connect(server.config.mongodbUri);
  let old: CountryServer | undefined;
  try {
    const db = client.db(database);
    await db.dropDatabase();
    await db.collection('audit').createIndexes([{ key: { at: 1 }, name: 'at' }]);
    await new RetentionStore(db).replace(90, 'an earlier steward');
    old = await createServer({ ...server.config, database }, silentLogger());
    const { enforcement: how } = await old.retention.apply();
    if (EXPECTED !== undefined) expect(how).toBe(EXPECTED);
    const index = (await db.collection('audit').listIndexes().toArray()).find(
      (i) => i.name === 'at',
    );
    expect(index?.key).toEqual({ at: 1 });
    expect(index?.expireAfterSeconds).toBe(how === 'TTL_INDEX' ? 90 * SECONDS_PER_DAY : undefined);
  } finally {
    await old?.stop();
    await client.db(database).dropDatabase();
    await client.close();
  }
});
