/**
 * `_entities` for many ids is ONE database query: the DataLoader batches every representation of
 * this country into one `find`, answers in the order asked, and leaves other countries' and
 * unknown ids null at their positions. Counted with the driver's command monitoring on a client
 * of our own, not through driver internals.
 */
import { CommandStartedEvent, MongoClient } from 'mongodb';
import { ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { Caller, ownSteward } from '../caller';
import { createContext } from '../context';
import { CountryServer } from '../server';
import { ExpertStore } from '../store/expert-store';
import { SEED, mongoUri, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const COUNTRY = 'SG';
const SEEDED = 60;

let server: CountryServer;
let client: MongoClient;
let store: ExpertStore;
let records: ExpertRecord[];
const finds: CommandStartedEvent[] = [];

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'entities', SEEDED);
  records = generateExperts({ country: COUNTRY, count: SEEDED, seed: SEED });
  client = await MongoClient.connect(mongoUri(), { monitorCommands: true });
  client.on('commandStarted', (event) => {
    if (event.commandName === 'find' && event.command.find === 'experts') finds.push(event);
  });
  store = new ExpertStore(client.db(server.config.database), COUNTRY);
});

afterAll(async () => {
  await client?.close();
  await stopCountry(server);
});

afterEach(() => jest.restoreAllMocks());

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Expert {
        id
        displayName
      }
    }
  }
`;

async function entities(ids: string[], caller: Caller = ownSteward(COUNTRY)) {
  const batches = jest.spyOn(store, 'findByOpaqueIds');
  finds.length = 0;
  const response = await server.apollo.executeOperation(
    {
      query: ENTITIES,
      variables: { representations: ids.map((id) => ({ __typename: 'Expert', id })) },
    },
    { contextValue: createContext(store, caller) },
  );
  if (response.body.kind !== 'single') throw new Error('Expected a single result.');
  const { data, errors } = response.body.singleResult;
  expect(errors).toBeUndefined();
  return {
    results: (data as { _entities: ({ id: string; displayName: string } | null)[] })._entities,
    batches: batches.mock.calls.map(([keys]) => [...keys]),
    finds: finds.length,
  };
}

const opaque = (id: string) => id.split(':')[1];

describe('_entities', () => {
  it('resolves 25 representations with one find, in order, null where not ours or not found', async () => {
    const existing = [17, 3, 41, 0, 59, 8, 22, 35, 12, 50, 1, 44, 27, 6, 31, 55, 19, 38].map(
      (i) => records[i],
    );
    const foreign = ['MY:f32q00ult1', 'TH:qdrq456jl3', 'VN:njd8h5w8u0', 'ID:abcd1234'];
    const missing = ['SG:zzzz0000', 'SG:0000zzzz', 'SG:nothere1'];
    const ids = existing.map((r) => r.id!);
    // Interleave, so order cannot come out right by accident.
    ids.splice(2, 0, foreign[0]);
    ids.splice(5, 0, missing[0]);
    ids.splice(9, 0, foreign[1]);
    ids.splice(12, 0, missing[1]);
    ids.splice(15, 0, foreign[2]);
    ids.splice(20, 0, missing[2]);
    ids.push(foreign[3]);
    expect(ids).toHaveLength(25);

    const { results, batches, finds: count } = await entities(ids);

    expect(count).toBe(1);
    expect(batches).toEqual([ids.filter((id) => id.startsWith(`${COUNTRY}:`)).map(opaque)]);
    const byId = new Map(records.map((r) => [r.id!, r]));
    expect(results).toEqual(
      ids.map((id) => (byId.has(id) ? { id, displayName: byId.get(id)!.displayName } : null)),
    );
  });

  it('sends a repeated id once and answers it at every position', async () => {
    const [a, b] = [records[4].id!, records[9].id!];
    const { results, batches, finds: count } = await entities([a, b, a, 'TH:qdrq456jl3', b]);
    expect(count).toBe(1);
    expect(batches).toEqual([[opaque(a), opaque(b)]]);
    expect(results.map((r) => r?.id ?? null)).toEqual([a, b, a, null, b]);
  });

  it('makes no query when no representation is ours', async () => {
    const { results, batches, finds: count } = await entities(['MY:f32q00ult1', 'TH:qdrq456jl3']);
    expect(count).toBe(0);
    expect(batches).toEqual([]);
    expect(results).toEqual([null, null]);
  });

  it("applies the caller's consent in the same single query", async () => {
    const publicCaller: Caller = {
      audience: 'PUBLIC',
      country: null,
      role: null,
      subject: null,
      purpose: 'ANY',
    };
    const ids = records.slice(0, 25).map((r) => r.id!);
    const { results, finds: count } = await entities(ids, publicCaller);
    expect(count).toBe(1);
    const consentsToPublic = (r: ExpertRecord) => {
      const latest = r.consent
        .filter((c) => c.audience === 'PUBLIC' && c.purpose === 'ANY')
        .sort((x, y) => (x.recordedAt < y.recordedAt ? -1 : 1))
        .pop();
      return latest?.granted === true;
    };
    const expected = records.slice(0, 25).map((r) => (consentsToPublic(r) ? r.id! : null));
    expect(expected.some((id) => id === null)).toBe(true);
    expect(expected.some((id) => id !== null)).toBe(true);
    expect(results.map((r) => r?.id ?? null)).toEqual(expected);
  });
});
