/**
 * Removing and who may write: upsertExpert and removeExpert are for stewards of this country
 * only; removeExpert removes once, after which the reference is free for a new record.
 */
import { Caller } from '../caller';
import { CountryServer } from '../server';
import { ExpertInput, expertInput } from './helpers/records';
import {
  COUNTRY,
  EXPERT,
  FULL,
  OTHER_STEWARD,
  PUBLIC,
  REMOVE,
  SEEDED,
  VIEWER,
  upsertOkOn,
  upsertOn,
} from './helpers/mutations';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'mutations_remove', SEEDED);
});

afterAll(() => stopCountry(server));

const upsert = (input: ExpertInput, caller?: Caller) => upsertOn(server, input, caller);
const upsertOk = (input: ExpertInput) => upsertOkOn(server, input);

describe('upsertExpert', () => {
  let id: string;

  // An existing expert, so that removeExpert is refused for a record that is really there.
  beforeAll(async () => {
    id = (await upsertOk(FULL)).id;
  });

  it('is for stewards of this country only', async () => {
    for (const caller of [VIEWER, PUBLIC, OTHER_STEWARD]) {
      const result = await upsert({ ...FULL, ref: 'BKN-FORBIDDEN' }, caller);
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(codesOf(await run(server, REMOVE, { id }, caller))).toEqual(['FORBIDDEN']);
    }
    expect((await server.store.findByRefs(['BKN-FORBIDDEN'])).length).toBe(0);
    expect((await ok(server, EXPERT, { id })).expert).not.toBeNull();
  });
});

describe('removeExpert', () => {
  it('removes once: true, then the expert is gone, then false', async () => {
    const { id } = await upsertOk(expertInput('BKN-REMOVE', { displayName: 'To Be Removed' }));
    expect((await ok(server, REMOVE, { id })).removeExpert).toBe(true);
    expect((await ok(server, EXPERT, { id })).expert).toBeNull();
    expect((await ok(server, REMOVE, { id })).removeExpert).toBe(false);
    // The ref is free again: a new insert gets a new id.
    const again = await upsertOk(expertInput('BKN-REMOVE', { displayName: 'To Be Removed' }));
    expect(again.id).not.toBe(id);
  });
});
