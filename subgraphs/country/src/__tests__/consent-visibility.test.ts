/**
 * Consent (docs/ARCHITECTURE.md §6): an expert without consent for an audience is invisible to
 * it in experts, expert, _entities and expertFacets alike, and a withdrawal takes effect on the
 * next request. A request without a purpose sees only experts who withdrew none.
 */
import { Caller } from '../caller';
import { CountryServer } from '../server';
import {
  COUNTRY,
  FACETS,
  MEMBER_VIEWER,
  OTHER_STEWARD,
  PUBLIC,
  SECRETARIAT,
  STEWARD,
  consentedExpert,
} from './helpers/governance';
import { CONSENT, VIEWER, pause } from './helpers/mutations';
import { ok, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;
let none: string;
let memberOnly: string;
let everyone: string;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'consent_visibility', 0);
  none = await consentedExpert(server, 'CV-NONE', []);
  memberOnly = await consentedExpert(server, 'CV-MEMBER', ['MEMBER']);
  everyone = await consentedExpert(server, 'CV-ALL');
});

afterAll(() => stopCountry(server));

/** What `caller` can learn of the experts in each of the four ways, in one go. */
async function seenBy(caller: Caller) {
  const all = [none, memberOnly, everyone];
  const list = await ok(
    server,
    'query { experts(first: 100) { totalCount edges { node { id } } } }',
    {},
    caller,
  );
  const lookups = await Promise.all(
    all.map((id) => ok(server, 'query L($id: ID!) { expert(id: $id) { id } }', { id }, caller)),
  );
  const entities = await ok(
    server,
    'query E($reps: [_Any!]!) { _entities(representations: $reps) { ... on Expert { id } } }',
    { reps: all.map((id) => ({ __typename: 'Expert', id })) },
    caller,
  );
  const facets = await ok(server, FACETS, {}, caller);
  return {
    experts: list.experts.edges.map((e: { node: { id: string } }) => e.node.id).sort(),
    totalCount: list.experts.totalCount,
    expert: lookups
      .map((l) => l.expert?.id)
      .filter(Boolean)
      .sort(),
    entities: entities._entities
      .map((e: { id: string } | null) => e?.id)
      .filter(Boolean)
      .sort(),
    facets: facets.expertFacets.total,
  };
}

const exactly = (ids: string[]) => {
  const sorted = [...ids].sort();
  return {
    experts: sorted,
    totalCount: ids.length,
    expert: sorted,
    entities: sorted,
    facets: ids.length,
  };
};

it('OWN callers see every expert, consent or not', async () => {
  expect(await seenBy(VIEWER)).toEqual(exactly([none, memberOnly, everyone]));
});

it('each non-OWN audience sees only the experts consenting to it, in all four ways', async () => {
  expect(await seenBy(OTHER_STEWARD)).toEqual(exactly([memberOnly, everyone]));
  expect(await seenBy(MEMBER_VIEWER)).toEqual(exactly([memberOnly, everyone]));
  expect(await seenBy(SECRETARIAT)).toEqual(exactly([everyone]));
  expect(await seenBy(PUBLIC)).toEqual(exactly([everyone]));
});

it('a consent for one purpose shows the expert only to callers with that purpose', async () => {
  await ok(
    server,
    CONSENT,
    {
      id: none,
      consent: [{ audience: 'PUBLIC', purpose: 'DIRECTORY', granted: true, noticeVersion: 'v1' }],
    },
    STEWARD,
  );
  expect(await seenBy({ ...PUBLIC, purpose: 'DIRECTORY' })).toEqual(exactly([none, everyone]));
  expect(await seenBy({ ...PUBLIC, purpose: 'RESEARCH' })).toEqual(exactly([everyone]));
  expect(await seenBy(PUBLIC)).toEqual(exactly([everyone]));
});

it('a withdrawal takes effect on the very next request, everywhere', async () => {
  expect((await seenBy(PUBLIC)).expert).toContain(everyone);
  await pause(5);
  await ok(
    server,
    CONSENT,
    { id: everyone, consent: [{ audience: 'PUBLIC', granted: false, noticeVersion: 'v2' }] },
    STEWARD,
  );
  expect(await seenBy(PUBLIC)).toEqual(exactly([]));
  // Other audiences keep what they were given.
  expect(await seenBy(SECRETARIAT)).toEqual(exactly([everyone]));
  await ok(
    server,
    CONSENT,
    { id: memberOnly, consent: [{ audience: 'MEMBER', granted: false, noticeVersion: 'v2' }] },
    STEWARD,
  );
  expect(await seenBy(OTHER_STEWARD)).toEqual(exactly([everyone]));
  expect(await seenBy(VIEWER)).toEqual(exactly([none, memberOnly, everyone]));
});

it('withdrawing one purpose outweighs a consent for ANY purpose, for that purpose only', async () => {
  // `everyone` still consents to the secretariat for ANY purpose; now it refuses RESEARCH.
  await ok(
    server,
    CONSENT,
    {
      id: everyone,
      consent: [
        { audience: 'SECRETARIAT', purpose: 'RESEARCH', granted: false, noticeVersion: 'v3' },
      ],
    },
    STEWARD,
  );
  expect(await seenBy({ ...SECRETARIAT, purpose: 'RESEARCH' })).toEqual(exactly([]));
  expect(await seenBy({ ...SECRETARIAT, purpose: 'DIRECTORY' })).toEqual(exactly([everyone]));
  // Finding 5 of issue 9: a request without a purpose could be for research, so an expert who
  // withdrew any purpose is hidden from it, in searches, lookups, _entities and facets alike.
  expect(await seenBy({ ...SECRETARIAT, purpose: 'ANY' })).toEqual(exactly([]));
  // Granted again for RESEARCH: visible to research again.
  await pause(5);
  await ok(
    server,
    CONSENT,
    {
      id: everyone,
      consent: [
        { audience: 'SECRETARIAT', purpose: 'RESEARCH', granted: true, noticeVersion: 'v4' },
      ],
    },
    STEWARD,
  );
  expect(await seenBy({ ...SECRETARIAT, purpose: 'RESEARCH' })).toEqual(exactly([everyone]));
  expect(await seenBy({ ...SECRETARIAT, purpose: 'ANY' })).toEqual(exactly([everyone]));
});

it('a request without a purpose sees only experts who withdrew no purpose, from any audience', async () => {
  // memberOnly consents to members for ANY purpose again; then withdraws SUCCESSION_PLANNING only.
  await pause(5);
  await ok(
    server,
    CONSENT,
    { id: memberOnly, consent: [{ audience: 'MEMBER', granted: true, noticeVersion: 'v5' }] },
    STEWARD,
  );
  expect(await seenBy(OTHER_STEWARD)).toEqual(exactly([memberOnly, everyone]));
  await ok(
    server,
    CONSENT,
    {
      id: memberOnly,
      consent: [
        {
          audience: 'MEMBER',
          purpose: 'SUCCESSION_PLANNING',
          granted: false,
          noticeVersion: 'v6',
        },
      ],
    },
    STEWARD,
  );
  expect(await seenBy(OTHER_STEWARD)).toEqual(exactly([everyone]));
  expect(await seenBy({ ...OTHER_STEWARD, purpose: 'SUCCESSION_PLANNING' })).toEqual(
    exactly([everyone]),
  );
  // A purpose the expert did not refuse still finds them.
  expect(await seenBy({ ...OTHER_STEWARD, purpose: 'TRAINER_SEARCH' })).toEqual(
    exactly([memberOnly, everyone]),
  );
  expect(await seenBy(MEMBER_VIEWER)).toEqual(exactly([everyone]));
});
