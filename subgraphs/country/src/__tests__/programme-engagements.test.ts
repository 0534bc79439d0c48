/**
 * `ProgrammeEngagement.expert` (docs/ARCHITECTURE.md §4.4): the region's reference is resolved
 * here, so an expert the caller may not see (removed, no consent for its audience, another
 * country's, or a malformed id) is a plain null: no id, and no error even when a non-null field
 * such as `withheldFields` is asked.
 */
import { Caller } from '../caller';
import { CountryServer } from '../server';
import { COUNTRY, MEMBER_VIEWER, PUBLIC, STEWARD, consentedExpert } from './helpers/governance';
import { CONSENT, REMOVE } from './helpers/mutations';
import { ok, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;
let everyone: string;
let memberOnly: string;
let removed: string;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'programme_engagements', 0);
  everyone = await consentedExpert(server, 'PE-ALL');
  memberOnly = await consentedExpert(server, 'PE-MEMBER', ['MEMBER']);
  removed = await consentedExpert(server, 'PE-REMOVED');
  await ok(server, REMOVE, { id: removed }, STEWARD);
});

afterAll(() => stopCountry(server));

const ENGAGEMENTS = /* GraphQL */ `
  query Engagements($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on ProgrammeEngagement {
        expert {
          id
          displayName
          withheldFields
        }
      }
    }
  }
`;

type Engagement = {
  expert: { id: string; displayName: string | null; withheldFields: string[] } | null;
};

/** The engagements' experts as `caller` receives them (`ok` fails the test on any error). */
async function expertsOf(caller: Caller, expertIds: string[]) {
  const data = await ok<{ _entities: Engagement[] }>(
    server,
    ENGAGEMENTS,
    { reps: expertIds.map((expertId) => ({ __typename: 'ProgrammeEngagement', expertId })) },
    caller,
  );
  return data._entities.map((e) => e.expert);
}

it('resolves a visible expert with its released fields, and the others to null, without errors', async () => {
  const ids = [everyone, memberOnly, removed, 'MY:aaaaaaaaaaaa', 'not-an-id'];
  const [shown, ...hidden] = await expertsOf(PUBLIC, ids);
  expect(shown).toEqual({
    id: everyone,
    displayName: 'Shown PE-ALL',
    withheldFields: expect.any(Array),
  });
  expect(hidden).toEqual([null, null, null, null]);

  const member = await expertsOf(MEMBER_VIEWER, ids);
  expect(member.map((e) => e?.id ?? null)).toEqual([everyone, memberOnly, null, null, null]);
});

it('a PUBLIC consent withdrawal nulls the expert for PUBLIC on the next request, not for others', async () => {
  await ok(
    server,
    CONSENT,
    { id: everyone, consent: [{ audience: 'PUBLIC', granted: false, noticeVersion: 'v2' }] },
    STEWARD,
  );
  expect(await expertsOf(PUBLIC, [everyone])).toEqual([null]);
  expect((await expertsOf(MEMBER_VIEWER, [everyone]))[0]?.id).toBe(everyone);
  // The country's own staff still see every stored expert; the removed one is gone for them too.
  expect((await expertsOf(STEWARD, [everyone, removed])).map((e) => e?.id ?? null)).toEqual([
    everyone,
    null,
  ]);
});
