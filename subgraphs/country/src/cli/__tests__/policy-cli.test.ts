import { MongoClient } from 'mongodb';
import { PolicyStore } from '../../store/policy-store';
import { DEFAULT_RELEASE_POLICY } from '../../policy/release-policy';
import { databaseName, dropDatabase, mongoUri } from '../../__tests__/helpers/server';
import { UsageError } from '../args';
import { parsePolicyArgs, runPolicyCommand } from '../policy-cli';

let client: MongoClient;
let policies: PolicyStore;
const database = databaseName('policy_cli');

beforeAll(async () => {
  await dropDatabase(database);
  client = await MongoClient.connect(mongoUri());
  policies = new PolicyStore(client.db(database));
});

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
      /--by only goes with --set/,
    );
  });

  it('prints the default policy when none is stored', async () => {
    const printed = JSON.parse(await runPolicyCommand({ country: 'MY' }, policies, read));
    expect(printed).toEqual({
      country: 'MY',
      isDefault: true,
      updatedAt: null,
      updatedBy: null,
      audiences: DEFAULT_RELEASE_POLICY.audiences,
    });
  });

  it('--set replaces it after validation; the printed form reads back', async () => {
    const printed = JSON.parse(
      await runPolicyCommand({ country: 'MY', set: 'good.json', by: 'alice' }, policies, read),
    );
    expect(printed).toMatchObject({
      isDefault: false,
      updatedBy: 'cli:alice',
      audiences: { MEMBER: ['names', 'displayName'], SECRETARIAT: ['displayName'], PUBLIC: [] },
    });
    const again = JSON.parse(await runPolicyCommand({ country: 'MY' }, policies, read));
    expect(again).toEqual(printed);
    files['printed.json'] = JSON.stringify(again);
    await expect(
      runPolicyCommand({ country: 'MY', set: 'printed.json' }, policies, read),
    ).resolves.toContain('"names"');
  });

  it('refuses an invalid file and changes nothing', async () => {
    const before = await policies.load();
    await expect(
      runPolicyCommand({ country: 'MY', set: 'bad-field.json' }, policies, read),
    ).rejects.toThrow(/bad-field\.json: Invalid release policy: MEMBER: unknown field "salary"/);
    await expect(
      runPolicyCommand({ country: 'MY', set: 'not-json.json' }, policies, read),
    ).rejects.toThrow(/not JSON/);
    await expect(
      runPolicyCommand({ country: 'MY', set: 'missing.json' }, policies, read),
    ).rejects.toThrow(/cannot read missing\.json/);
    expect(await policies.load()).toEqual(before);
  });
});
