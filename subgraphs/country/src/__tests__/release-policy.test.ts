/**
 * The release policy (docs/ARCHITECTURE.md §6): for each audience, which Expert fields leave
 * the country. Withheld fields are null, named in withheldFields and appear nowhere in the
 * response, in expert, experts and _entities alike, under the default policy and under a changed
 * one.
 */
import { Audience } from '@expertpool/shared';
import { Caller } from '../caller';
import {
  DEFAULT_RELEASE_POLICY,
  PolicyAudiences,
  RELEASABLE_FIELDS,
  ReleasePolicy,
  parsePolicyInput,
  withheldFields,
} from '../policy/release-policy';
import { CountryServer } from '../server';
import {
  COUNTRY,
  ENTITIES,
  LIST,
  MEMBER_VIEWER,
  ONE,
  OTHER_STEWARD,
  PUBLIC,
  SECRETARIAT,
  STEWARD,
  consentedExpert,
  stringsIn,
} from './helpers/governance';
import { VIEWER } from './helpers/mutations';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;
let ids: string[];
/** Each expert as its own country sees it (every field). */
let full: Map<string, Record<string, unknown>>;

const POLICY = /* GraphQL */ `
  query P($country: CountryCode!) {
    releasePolicy(country: $country) {
      country
      isDefault
      releasableFields
      updatedAt
      updatedBy
      audiences {
        audience
        released
        withheld
      }
    }
  }
`;
const SET_POLICY = /* GraphQL */ `
  mutation S($country: CountryCode!, $policy: ReleasePolicyInput!) {
    setReleasePolicy(country: $country, policy: $policy) {
      country
      isDefault
      updatedBy
      audiences {
        audience
        released
        withheld
      }
    }
  }
`;

const asInput = (audiences: PolicyAudiences) => ({
  audiences: Object.entries(audiences).map(([audience, fields]) => ({ audience, fields })),
});

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'release_policy', 0);
  ids = [await consentedExpert(server, 'REL-A'), await consentedExpert(server, 'REL-B')];
  const own = await ok(
    server,
    ENTITIES,
    { reps: ids.map((id) => ({ __typename: 'Expert', id })) },
    STEWARD,
  );
  full = new Map(own._entities.map((e: Record<string, unknown>) => [e.id as string, e]));
});

afterAll(() => stopCountry(server));

const CALLERS: [Audience, Caller][] = [
  ['OWN', VIEWER],
  ['MEMBER', OTHER_STEWARD],
  ['SECRETARIAT', SECRETARIAT],
  ['PUBLIC', PUBLIC],
];

/** Checks every expert object of a response against the policy, and the whole JSON for leaks. */
function expectReleased(
  response: unknown,
  experts: Record<string, unknown>[],
  policy: ReleasePolicy,
  audience: Audience,
) {
  const withheld = withheldFields(policy, audience);
  expect(experts.length).toBeGreaterThan(0);
  for (const expert of experts) {
    const own = full.get(expert.id as string)!;
    expect(expert.withheldFields).toEqual(audience === 'OWN' ? [] : [...withheld].sort());
    for (const field of RELEASABLE_FIELDS) {
      if (withheld.includes(field)) expect(expert[field]).toBeNull();
      else expect(expert[field]).toEqual(own[field]);
    }
    expect(expert.country).toEqual({ code: COUNTRY });
  }
  // Nothing of a withheld field, anywhere in the serialised response.
  const json = JSON.stringify(response);
  for (const own of full.values()) {
    const released = new Set(
      RELEASABLE_FIELDS.filter((f) => !withheld.includes(f)).flatMap((f) => stringsIn(own[f])),
    );
    for (const field of withheld) {
      for (const value of stringsIn(own[field]).filter((v) => !released.has(v))) {
        if (json.includes(value))
          throw new Error(`${audience} received "${value}" of withheld field ${field}`);
      }
    }
  }
}

async function checkMatrix(policy: ReleasePolicy) {
  for (const [audience, caller] of CALLERS) {
    const one = await run(server, ONE, { id: ids[0] }, caller);
    expect(one.errors).toBeUndefined();
    expectReleased(one, [one.data.expert], policy, audience);

    const list = await run(server, LIST, {}, caller);
    expect(list.errors).toBeUndefined();
    expect(list.data.experts.totalCount).toBe(2);
    expectReleased(
      list,
      list.data.experts.edges.map((e: { node: unknown }) => e.node),
      policy,
      audience,
    );

    const entities = await run(
      server,
      ENTITIES,
      { reps: ids.map((id) => ({ __typename: 'Expert', id })) },
      caller,
    );
    expect(entities.errors).toBeUndefined();
    expectReleased(entities, entities.data._entities, policy, audience);
  }
}

describe('default policy', () => {
  it('is what releasePolicy reports before a country sets its own', async () => {
    const { releasePolicy } = await ok(server, POLICY, { country: COUNTRY }, STEWARD);
    expect(releasePolicy.isDefault).toBe(true);
    expect(releasePolicy.releasableFields).toEqual([...RELEASABLE_FIELDS]);
    const byAudience = Object.fromEntries(
      releasePolicy.audiences.map((a: { audience: string }) => [a.audience, a]),
    );
    expect(byAudience.OWN.released).toEqual([...RELEASABLE_FIELDS]);
    expect(byAudience.SECRETARIAT.withheld).toEqual(['contact']);
    expect(byAudience.MEMBER.withheld).toEqual(['contact', 'updatedAt']);
    expect(byAudience.PUBLIC.released).toEqual([
      'displayName',
      'position',
      'expertise',
      'languages',
    ]);
  });

  it('audience × field matrix: expert, experts and _entities', async () => {
    await checkMatrix(DEFAULT_RELEASE_POLICY);
  });

  it('never gives a work email outside the country', async () => {
    for (const [, caller] of CALLERS.slice(1)) {
      const json = JSON.stringify(await run(server, LIST, {}, caller));
      expect(json).not.toMatch(/private\.example/);
    }
  });
});

describe('a changed policy', () => {
  const changed: PolicyAudiences = {
    MEMBER: ['displayName', 'contact'],
    SECRETARIAT: [],
    PUBLIC: ['names', 'updatedAt', 'availability'],
  };

  afterAll(async () => {
    await server.policies.policies.deleteMany({});
  });

  it('a steward replaces it; releasePolicy and the matrix follow on the next request', async () => {
    const { setReleasePolicy } = await ok(
      server,
      SET_POLICY,
      { country: COUNTRY, policy: asInput(changed) },
      STEWARD,
    );
    expect(setReleasePolicy.isDefault).toBe(false);
    expect(setReleasePolicy.updatedBy).toBe('id-steward');
    const { releasePolicy } = await ok(server, POLICY, { country: COUNTRY }, STEWARD);
    const member = releasePolicy.audiences.find(
      (a: { audience: string }) => a.audience === 'MEMBER',
    );
    expect(member.released).toEqual(['displayName', 'contact']);
    expect(releasePolicy.updatedAt).toMatch(/^\d{4}-/);
    await checkMatrix({ audiences: changed, isDefault: false, updatedAt: null, updatedBy: null });
  });

  it('releases contact to MEMBER only when the policy says so, and nothing to SECRETARIAT', async () => {
    await ok(server, SET_POLICY, { country: COUNTRY, policy: asInput(changed) }, STEWARD);
    const member = await ok(server, ONE, { id: ids[0] }, MEMBER_VIEWER);
    expect(member.expert.contact).toEqual({ workEmail: 'rel-a@private.example' });
    const secretariat = await ok(server, ONE, { id: ids[0] }, SECRETARIAT);
    expect(secretariat.expert).toMatchObject({
      id: ids[0],
      displayName: null,
      names: null,
      consent: null,
    });
    expect(secretariat.expert.withheldFields).toEqual([...RELEASABLE_FIELDS].sort());
  });
});

it('loads the policy once per request, not once per expert', async () => {
  const load = jest.spyOn(server.policies, 'load');
  try {
    await ok(server, LIST, {}, PUBLIC);
    expect(load).toHaveBeenCalledTimes(1);
    load.mockClear();
    await ok(server, LIST, {}, VIEWER);
    expect(load).not.toHaveBeenCalled();
  } finally {
    load.mockRestore();
  }
});

describe('who may read and change the policy', () => {
  const outsiders: [string, Caller][] = [
    ['an OWN viewer', VIEWER],
    ['another country’s steward', OTHER_STEWARD],
    ['the secretariat', SECRETARIAT],
    ['the public', PUBLIC],
  ];

  it.each(outsiders)(
    '%s gets FORBIDDEN on releasePolicy and setReleasePolicy',
    async (_, caller) => {
      expect(codesOf(await run(server, POLICY, { country: COUNTRY }, caller))).toEqual([
        'FORBIDDEN',
      ]);
      const set = await run(
        server,
        SET_POLICY,
        { country: COUNTRY, policy: asInput(DEFAULT_RELEASE_POLICY.audiences) },
        caller,
      );
      expect(codesOf(set)).toEqual(['FORBIDDEN']);
      expect(await server.policies.policies.countDocuments()).toBe(0);
    },
  );

  it('a refused read says read, a refused change says change, each naming the country asked for', async () => {
    const read = await run(server, POLICY, { country: COUNTRY }, OTHER_STEWARD);
    expect(read.errors?.map((e) => e.message)).toEqual([
      `Only a steward of ${COUNTRY} may read ${COUNTRY}'s governance settings and audit log.`,
    ]);
    const set = await run(
      server,
      SET_POLICY,
      { country: COUNTRY, policy: asInput(DEFAULT_RELEASE_POLICY.audiences) },
      OTHER_STEWARD,
    );
    expect(set.errors?.map((e) => e.message)).toEqual([
      `Only a steward of ${COUNTRY} may change ${COUNTRY}'s records.`,
    ]);
  });

  it('a steward of this country asking for another country gets FORBIDDEN', async () => {
    expect(codesOf(await run(server, POLICY, { country: 'MY' }, STEWARD))).toEqual(['FORBIDDEN']);
    const set = await run(
      server,
      SET_POLICY,
      { country: 'MY', policy: asInput(DEFAULT_RELEASE_POLICY.audiences) },
      STEWARD,
    );
    expect(codesOf(set)).toEqual(['FORBIDDEN']);
  });
});

describe('validation', () => {
  const bad: [string, unknown, RegExp][] = [
    [
      'an unknown field',
      {
        audiences: [
          { audience: 'MEMBER', fields: ['ssn'] },
          { audience: 'SECRETARIAT', fields: [] },
          { audience: 'PUBLIC', fields: [] },
        ],
      },
      /unknown field "ssn"/,
    ],
    [
      'OWN',
      {
        audiences: [
          { audience: 'OWN', fields: [] },
          { audience: 'MEMBER', fields: [] },
          { audience: 'SECRETARIAT', fields: [] },
          { audience: 'PUBLIC', fields: [] },
        ],
      },
      /OWN always receives/,
    ],
    [
      'a missing audience',
      {
        audiences: [
          { audience: 'MEMBER', fields: [] },
          { audience: 'SECRETARIAT', fields: [] },
        ],
      },
      /PUBLIC is missing/,
    ],
    [
      'a duplicate audience',
      {
        audiences: [
          { audience: 'MEMBER', fields: [] },
          { audience: 'MEMBER', fields: ['names'] },
          { audience: 'SECRETARIAT', fields: [] },
          { audience: 'PUBLIC', fields: [] },
        ],
      },
      /MEMBER is given twice/,
    ],
    [
      'always-released fields',
      {
        audiences: [
          { audience: 'MEMBER', fields: ['id'] },
          { audience: 'SECRETARIAT', fields: [] },
          { audience: 'PUBLIC', fields: ['withheldFields'] },
        ],
      },
      /unknown field "id"/,
    ],
  ];

  it.each(bad)('refuses %s with BAD_USER_INPUT', async (_, policy, message) => {
    const result = await run(server, SET_POLICY, { country: COUNTRY, policy }, STEWARD);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toMatch(message);
    expect(await server.policies.policies.countDocuments()).toBe(0);
  });

  it('refuses an unknown audience name (not an Audience) with BAD_USER_INPUT', async () => {
    const result = await run(
      server,
      SET_POLICY,
      { country: COUNTRY, policy: { audiences: [{ audience: 'FRIENDS', fields: [] }] } },
      STEWARD,
    );
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(() =>
      parsePolicyInput({ audiences: { FRIENDS: [], MEMBER: [], SECRETARIAT: [], PUBLIC: [] } }),
    ).toThrow(/unknown audience "FRIENDS"/);
  });

  it('accepts the object form a CLI file uses, deduplicating and ordering fields', () => {
    expect(
      parsePolicyInput({
        audiences: {
          PUBLIC: ['languages', 'displayName', 'languages'],
          MEMBER: [],
          SECRETARIAT: ['contact'],
        },
      }),
    ).toEqual({
      PUBLIC: ['displayName', 'languages'],
      MEMBER: [],
      SECRETARIAT: ['contact'],
    });
  });
});
