import { MongoClient } from 'mongodb';
import { AuditRetentionKeeper } from '../../audit/retention';
import { PolicyStore } from '../../store/policy-store';
import { DEFAULT_RELEASE_POLICY } from '../../policy/release-policy';
import { SECONDS_PER_DAY } from '../../policy/audit-retention';
import { AuditStore } from '../../store/audit-store';
import { RetentionStore } from '../../store/retention-store';
import { databaseName, dropDatabase, mongoUri } from '../../__tests__/helpers/server';
import { UsageError } from '../args';
import { PolicyStores, parsePolicyArgs, runPolicyCommand } from '../policy-cli';

let client: MongoClient;
let policies: PolicyStore;
let stores: PolicyStores;
let audit: AuditStore;
const database = databaseName('policy_cli');

beforeAll(async () => {
  await dropDatabase(database);
  client = await MongoClient.connect(mongoUri());
  const db = client.db(database);
  policies = new PolicyStore(db);
  audit = new AuditStore(db);
  stores = { policies, retention: new AuditRetentionKeeper(audit, new RetentionStore(db)) };
});

/** What the command printed on standard output, parsed. */
const printed = async (...args: Parameters<typeof runPolicyCommand>) =>
  JSON.parse((await runPolicyCommand(...args)).json);

afterAll(async () => {
  await client.db(database).dropDatabase();
  await client.close();
});

const files: Record<string, string> = {
  'good.json': JSON.stringify({
    audiences: { MEMBER: ['displayName', 'names'], SECRETARIAT: ['displayName'], PUBLIC: [] },
  }),
  'bad-field.json': JSON.stringify({
    audiences: { MEMBER: ['salary'], SECRETARIAT: [], PUBLIC: [] },
  }),
  'not-json.json': '{ audiences: ',
};
const read = async (path: string) => {
  if (!(path in files)) throw new Error('ENOENT');
  return files[path];
};

describe('policy CLI', () => {
  it('parses its arguments with the shared parser', () => {
    expect(parsePolicyArgs(['--country', 'my'])).toEqual({
      country: 'MY',
      set: undefined,
      by: undefined,
    });
    expect(parsePolicyArgs(['--country=TH', '--set', 'p.json', '--by', 'alice'])).toEqual({
      country: 'TH',
      set: 'p.json',
      by: 'alice',
    });
    expect(parsePolicyArgs(['--help'])).toBe('help');
    expect(() => parsePolicyArgs([])).toThrow(UsageError);
    expect(() => parsePolicyArgs(['--country', 'MY', '--sett', 'x'])).toThrow(
      /unknown option "--sett"/,
    );
    expect(() => parsePolicyArgs(['--country', 'MY', '--by', 'x'])).toThrow(
      /--by only goes with --set or --audit-retention/,
    );
    expect(parsePolicyArgs(['--country', 'MY', '--audit-retention', '30', '--by', 'dpo'])).toEqual({
      country: 'MY',
      set: undefined,
      auditRetention: 30,
      by: 'dpo',
    });
    for (const bad of ['0', '3651', '1.5', 'forever'])
      expect(() => parsePolicyArgs(['--country', 'MY', '--audit-retention', bad])).toThrow(
        `--audit-retention must be a whole number from 1 to 3650 (got "${bad}")`,
      );
  });

  it('prints the default policy when none is stored', async () => {
    expect(await printed({ country: 'MY' }, stores, read)).toEqual({
      country: 'MY',
      isDefault: true,
      updatedAt: null,
      updatedBy: null,
      audiences: DEFAULT_RELEASE_POLICY.audiences,
      auditRetention: { days: 400, isDefault: true, updatedAt: null, updatedBy: null },
    });
  });

  it('--set replaces it after validation; the printed form reads back', async () => {
    const set = await printed({ country: 'MY', set: 'good.json', by: 'alice' }, stores, read);
    expect(set).toMatchObject({
      isDefault: false,
      updatedBy: 'cli:alice',
      audiences: { MEMBER: ['names', 'displayName'], SECRETARIAT: ['displayName'], PUBLIC: [] },
    });
    const again = await printed({ country: 'MY' }, stores, read);
    expect(again).toEqual(set);
    files['printed.json'] = JSON.stringify(again);
    await expect(
      runPolicyCommand({ country: 'MY', set: 'printed.json' }, stores, read),
    ).resolves.toMatchObject({ json: expect.stringContaining('"names"') });
  });

  it('refuses an invalid file and changes nothing', async () => {
    const before = await policies.load();
    const retention = await stores.retention.load();
    await expect(
      runPolicyCommand({ country: 'MY', set: 'bad-field.json' }, stores, read),
    ).rejects.toThrow(/bad-field\.json: Invalid release policy: MEMBER: unknown field "salary"/);
    await expect(
      runPolicyCommand({ country: 'MY', set: 'not-json.json', auditRetention: 9 }, stores, read),
    ).rejects.toThrow(/not JSON/);
    await expect(
      runPolicyCommand({ country: 'MY', set: 'missing.json' }, stores, read),
    ).rejects.toThrow(/cannot read missing\.json/);
    expect(await policies.load()).toEqual(before);
    expect(await stores.retention.load()).toEqual(retention);
  });

  it('--audit-retention sets the period and the TTL index on audit.at follows it', async () => {
    const policy = await policies.load();
    const result = await runPolicyCommand(
      { country: 'MY', auditRetention: 90, by: 'dpo' },
      stores,
      read,
    );
    expect(JSON.parse(result.json)).toMatchObject({
      audiences: policy.audiences,
      auditRetention: { days: 90, isDefault: false, updatedBy: 'cli:dpo' },
    });
    const index = (await audit.entries.listIndexes().toArray()).find((i) => i.name === 'at');
    // FerretDB 1.x has no TTL indexes (the services sweep instead); MongoDB and
    // mongo-java-server keep the index's period. An external database may be either.
    const kind = process.env.EXPERTPOOL_DB_KIND;
    const ttl = kind === 'external' ? index?.expireAfterSeconds !== undefined : kind !== 'ferretdb';
    if (ttl) {
      expect(result.note).toBe('audit entries are kept 90 days by the TTL index on audit.at');
      expect(index?.expireAfterSeconds).toBe(90 * SECONDS_PER_DAY);
    } else {
      expect(result.note).toContain('this database has no TTL indexes');
      expect(index?.expireAfterSeconds).toBeUndefined();
    }
    expect(await printed({ country: 'MY' }, stores, read)).toMatchObject({
      auditRetention: { days: 90, isDefault: false },
    });
  });
});
