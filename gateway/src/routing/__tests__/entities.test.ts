import { GraphQLFormattedError, parse, print } from 'graphql';
import { typeDefs } from '@expertpool/country';
import { CountryAnswer, SubRequest } from '../country-client';
import { resolveEntities } from '../entities';
import { readFieldKinds } from '../field-kinds';

/** The routing the gateway reads from the country schema (`@routeBy` on each entity type). */
const KINDS = readFieldKinds(parse(print(typeDefs)));

const QUERY =
  'query($representations: [_Any!]!, $v: Boolean) { _entities(representations: $representations) { ... on Expert { id displayName } } }';
const rep = (id: unknown) => ({ __typename: 'Expert', id });

/** MY, ID, TH and SG are in the registry; BN is a real country code that is not. */
const REGISTERED = new Set(['MY', 'ID', 'TH', 'SG']);
const known = (c: string) => REGISTERED.has(c);

const REPRESENTATIONS = [
  rep('MY:aaaa01'), // 0
  rep('ID:bbbb01'), // 1
  rep('TH:cccc01'), // 2
  rep('MY:aaaa02'), // 3
  rep('not-an-id'), // 4 malformed
  rep('ID:bbbb02'), // 5
  rep('BN:dddd01'), // 6 unregistered country
  rep('TH:cccc02'), // 7
  rep('XX:eeee01'), // 8 unknown country code: malformed
  rep('MY:aaaa03'), // 9
  rep(42), // 10 malformed
];

/** A country that answers every representation it receives, in order, and records what it got. */
function countries(
  behaviour: Record<string, (reps: Record<string, unknown>[]) => CountryAnswer> = {},
) {
  const sent: { country: string; request: SubRequest }[] = [];
  const send = async (country: string, request: SubRequest): Promise<CountryAnswer> => {
    sent.push({ country, request });
    const reps = request.variables.representations as Record<string, unknown>[];
    const custom = behaviour[country];
    if (custom) return custom(reps);
    return {
      ok: true,
      country,
      data: {
        _entities: reps.map((r) => ({
          __typename: 'Expert',
          id: r.id,
          displayName: `name of ${String(r.id)}`,
        })),
      },
      errors: [],
      latencyMs: 1,
    };
  };
  return { sent, send };
}

const entity = (id: string) => ({ __typename: 'Expert', id, displayName: `name of ${id}` });
const errorsAt = (errors: GraphQLFormattedError[], index: number) =>
  errors.filter((e) => e.path?.[0] === '_entities' && e.path?.[1] === index);

test('one request per owner with only its representations, results put back in the original order', async () => {
  const { sent, send } = countries();
  const { data, errors } = await resolveEntities(
    QUERY,
    { representations: REPRESENTATIONS, v: true },
    known,
    send,
    KINDS,
  );

  expect(sent.map((s) => s.country).sort()).toEqual(['ID', 'MY', 'TH']);
  const byCountry = Object.fromEntries(sent.map((s) => [s.country, s.request]));
  expect(byCountry.MY.variables.representations).toEqual([
    rep('MY:aaaa01'),
    rep('MY:aaaa02'),
    rep('MY:aaaa03'),
  ]);
  expect(byCountry.ID.variables.representations).toEqual([rep('ID:bbbb01'), rep('ID:bbbb02')]);
  expect(byCountry.TH.variables.representations).toEqual([rep('TH:cccc01'), rep('TH:cccc02')]);
  for (const { request } of sent) {
    expect(request.query).toBe(QUERY);
    expect(request.variables.v).toBe(true); // other variables travel along
  }

  expect(data._entities).toEqual([
    entity('MY:aaaa01'),
    entity('ID:bbbb01'),
    entity('TH:cccc01'),
    entity('MY:aaaa02'),
    null,
    entity('ID:bbbb02'),
    null,
    entity('TH:cccc02'),
    null,
    entity('MY:aaaa03'),
    null,
  ]);

  expect(errors).toHaveLength(4);
  for (const index of [4, 8, 10]) {
    const [error] = errorsAt(errors, index);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  }
  const [unregistered] = errorsAt(errors, 6);
  expect(unregistered.extensions).toMatchObject({ code: 'COUNTRY_UNAVAILABLE', country: 'BN' });
});

test('a failing country nulls only its own entries, each with a COUNTRY_UNAVAILABLE error', async () => {
  const { send } = countries({
    MY: () => ({
      ok: false,
      country: 'MY',
      status: 'TIMEOUT',
      reason: 'MY did not answer within 3000 ms',
      latencyMs: 3000,
    }),
  });
  const { data, errors } = await resolveEntities(
    QUERY,
    { representations: REPRESENTATIONS },
    known,
    send,
    KINDS,
  );
  expect(data._entities).toEqual([
    null,
    entity('ID:bbbb01'),
    entity('TH:cccc01'),
    null,
    null,
    entity('ID:bbbb02'),
    null,
    entity('TH:cccc02'),
    null,
    null,
    null,
  ]);
  for (const index of [0, 3, 9]) {
    const found = errorsAt(errors, index);
    expect(found).toHaveLength(1);
    expect(found[0].extensions).toMatchObject({ code: 'COUNTRY_UNAVAILABLE', country: 'MY' });
    expect(found[0].message).toContain('MY');
  }
  // Nothing is reported against the entries that did resolve.
  for (const index of [1, 2, 5, 7]) expect(errorsAt(errors, index)).toEqual([]);
});

test("a country's own errors are moved to the original index and tagged with the country", async () => {
  const { send } = countries({
    TH: (reps) => ({
      ok: true,
      country: 'TH',
      data: { _entities: [entity(reps[0].id as string), null] },
      errors: [
        {
          message: 'Not visible',
          path: ['_entities', 1, 'displayName'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
      latencyMs: 1,
    }),
  });
  const { data, errors } = await resolveEntities(
    QUERY,
    { representations: REPRESENTATIONS },
    known,
    send,
    KINDS,
  );
  expect(data._entities[2]).toEqual(entity('TH:cccc01'));
  expect(data._entities[7]).toBeNull();
  const [moved] = errorsAt(errors, 7);
  expect(moved).toEqual({
    message: 'Not visible',
    path: ['_entities', 7, 'displayName'],
    extensions: { code: 'FORBIDDEN', country: 'TH' },
  });
});

test('an entity a country leaves out is null, not shifted', async () => {
  const { send } = countries({
    ID: () => ({
      ok: true,
      country: 'ID',
      data: { _entities: [entity('ID:bbbb01')] },
      errors: [],
      latencyMs: 1,
    }),
  });
  const { data } = await resolveEntities(
    QUERY,
    { representations: REPRESENTATIONS },
    known,
    send,
    KINDS,
  );
  expect(data._entities[1]).toEqual(entity('ID:bbbb01'));
  expect(data._entities[5]).toBeNull();
});

test('no representations: nothing is sent', async () => {
  const { sent, send } = countries();
  const result = await resolveEntities(QUERY, { representations: [] }, known, send, KINDS);
  expect(sent).toEqual([]);
  expect(result).toEqual({ data: { _entities: [] }, errors: [] });
});

const ENGAGEMENTS_QUERY =
  'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ProgrammeEngagement { expert { id displayName } } } }';
const engagement = (expertId: unknown) => ({ __typename: 'ProgrammeEngagement', expertId });

test('programme engagements are routed by the owner in their expertId, with experts alongside', async () => {
  const sent: { country: string; reps: Record<string, unknown>[] }[] = [];
  const send = async (country: string, request: SubRequest): Promise<CountryAnswer> => {
    const reps = request.variables.representations as Record<string, unknown>[];
    sent.push({ country, reps });
    // A country withholds the expert of MY:hidden01: the engagement resolves, its expert is null.
    const entities = reps.map((r) =>
      r.__typename === 'Expert'
        ? entity(r.id as string)
        : { expert: r.expertId === 'MY:hidden01' ? null : entity(r.expertId as string) },
    );
    return { ok: true, country, data: { _entities: entities }, errors: [], latencyMs: 1 };
  };
  const representations = [
    engagement('MY:aaaa01'), // 0
    engagement('TH:cccc01'), // 1
    rep('MY:aaaa02'), // 2
    engagement('MY:hidden01'), // 3
    engagement('BN:dddd01'), // 4 unregistered
    engagement('not-an-id'), // 5 malformed
    { __typename: 'ProgrammeEngagement', id: 'MY:aaaa03' }, // 6 no expertId: not routed by id
  ];
  const { data, errors } = await resolveEntities(
    ENGAGEMENTS_QUERY,
    { representations },
    known,
    send,
    KINDS,
  );

  // One request per owner, whatever the types of its representations.
  expect(sent.map((s) => s.country).sort()).toEqual(['MY', 'TH']);
  expect(sent.find((s) => s.country === 'MY')!.reps).toEqual([
    engagement('MY:aaaa01'),
    rep('MY:aaaa02'),
    engagement('MY:hidden01'),
  ]);
  expect(sent.find((s) => s.country === 'TH')!.reps).toEqual([engagement('TH:cccc01')]);

  expect(data._entities).toEqual([
    { expert: entity('MY:aaaa01') },
    { expert: entity('TH:cccc01') },
    entity('MY:aaaa02'),
    { expert: null },
    null,
    null,
    null,
  ]);
  // The withheld expert is a plain null: nothing to explain, so no error.
  expect(errorsAt(errors, 3)).toEqual([]);
  expect(errorsAt(errors, 4)[0].extensions).toMatchObject({
    code: 'COUNTRY_UNAVAILABLE',
    country: 'BN',
  });
  for (const index of [5, 6]) {
    const [error] = errorsAt(errors, index);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('ProgrammeEngagement.expertId');
  }
});

test('an entity type that declares no routing is answered with an error, never guessed', async () => {
  const { sent, send } = countries();
  const { data, errors } = await resolveEntities(
    QUERY,
    { representations: [{ __typename: 'Country', code: 'MY' }, rep('MY:aaaa01')] },
    known,
    send,
    KINDS,
  );
  expect(sent.map((s) => s.country)).toEqual(['MY']);
  expect(data._entities).toEqual([null, entity('MY:aaaa01')]);
  const [error] = errorsAt(errors, 0);
  expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(error.message).toContain('Country');
});
