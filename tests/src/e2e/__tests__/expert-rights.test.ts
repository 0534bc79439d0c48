import { MongoClient } from 'mongodb';
import { parseExpertId } from '@expertpool/shared';
import { RunningRegion, TokenFor, startRegion } from '../../index';
import { gql } from '../helpers/graphql';
import { visibleDemo } from '../helpers/demo';

/**
 * The expert's own rights through the gateway over real HTTP (docs/ARCHITECTURE.md §6.8): the
 * `me` fields routed by the token's expertId to the owner alone, releases, a self-service change
 * and an approved correction, export, erasure and a lapsed confirmation.
 */
const SEED = 12;
const COUNTRIES = ['MY', 'TH'];
let region: RunningRegion;

const [ALICE, BOB, CAROL] = visibleDemo('MY', SEED, 'MEMBER');
const DB_PREFIX = `rights${process.pid}`;
const expert = (id: string): TokenFor => ({ role: 'expert', country: 'MY', expertId: id });
const MY_STEWARD: TokenFor = { role: 'steward', country: 'MY' };
const TH_VIEWER: TokenFor = { role: 'viewer', country: 'TH' };

const ask = async (who: TokenFor | 'PUBLIC', query: string, variables = {}) =>
  gql(region.gateway.url, query, variables, who === 'PUBLIC' ? {} : await region.bearer(who));
const data = async (who: TokenFor | 'PUBLIC', query: string, variables = {}) => {
  const result = await ask(who, query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
};

const ME = `{ me { expert { id ref contact { workEmail } languages { tag cefr } position { title } withheldFields }
  releases { totalCount edges { node { role country audience fields } } } changeRequests { status } } }`;
const ONE = `query($id: ID!) { expert(id: $id) { id displayName contact { workEmail } } }`;

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: COUNTRIES,
    seedExperts: SEED,
    dbPrefix: DB_PREFIX,
    timeoutMs: 30_000,
  });
}, 300_000);

afterAll(async () => {
  await region?.stop();
});

it('routes `me` by the token to the owner: the own record as OWN, never another’s', async () => {
  const me = (await data(expert(ALICE.id!), ME)).me;
  expect(me.expert).toMatchObject({
    id: ALICE.id,
    ref: ALICE.ref,
    contact: ALICE.contact,
    withheldFields: [],
  });
  const other = (await data(expert(ALICE.id!), ONE, { id: BOB.id })).expert;
  expect(other.contact).toBeNull();

  const anonymous = await ask('PUBLIC', ME);
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(anonymous.errors?.[0].message).toMatch(/Sign in as the expert/);
  const steward = await ask(MY_STEWARD, ME);
  expect(steward.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const audit = await ask(expert(ALICE.id!), '{ auditLog(country: MY) { totalCount } }');
  expect(audit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('shows the releases of the record to another country’s officials', async () => {
  await data(TH_VIEWER, ONE, { id: ALICE.id });
  const { releases } = (await data(expert(ALICE.id!), ME)).me;
  expect(releases.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
    role: 'viewer',
    country: 'TH',
    audience: 'MEMBER',
    fields: ['displayName'],
  });
});

it('applies a self-service change and an approved correction on the next request', async () => {
  await data(
    expert(ALICE.id!),
    `mutation { updateMyRecord(input: { languages: [{ tag: "ms", cefr: C2 }] }) { lapsed } }`,
  );
  expect((await data(expert(ALICE.id!), ME)).me.expert.languages).toEqual([
    { tag: 'ms', cefr: 'C2' },
  ]);

  const position = { ...ALICE.position, title: 'Corrected Title' };
  const { requestCorrection } = await data(
    expert(ALICE.id!),
    `mutation($p: PositionInput!) { requestCorrection(input: { position: $p }) { id status } }`,
    { p: position },
  );
  expect(requestCorrection.status).toBe('PENDING');
  await data(
    MY_STEWARD,
    `mutation($id: ID!) { decideChangeRequest(id: $id, approve: true) { status } }`,
    {
      id: requestCorrection.id,
    },
  );
  const me = (await data(expert(ALICE.id!), ME)).me;
  expect(me.expert.position.title).toBe('Corrected Title');
  expect(me.changeRequests).toEqual([{ status: 'APPROVED' }]);
});

it('exports the record in the import format', async () => {
  const exported = JSON.parse((await data(expert(ALICE.id!), '{ exportMe }')).exportMe);
  expect(exported.records).toHaveLength(1);
  expect(exported.records[0]).toMatchObject({ id: ALICE.id, ref: ALICE.ref });
  expect(exported.releases.length).toBeGreaterThan(0);
});

it('hides a record at once on an erasure request, and a steward completes it', async () => {
  expect((await data(TH_VIEWER, ONE, { id: BOB.id })).expert?.id).toBe(BOB.id);
  await data(expert(BOB.id!), 'mutation { requestErasure { dueAt } }');
  expect((await data(TH_VIEWER, ONE, { id: BOB.id })).expert).toBeNull();
  const search = (
    await data(
      TH_VIEWER,
      '{ experts(first: 100, filter: { countries: [MY] }) { edges { node { id } } } }',
    )
  ).experts;
  expect(search.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(BOB.id);
  const pending = (await data(MY_STEWARD, '{ pendingErasures(country: MY) { expertId } }'))
    .pendingErasures;
  expect(pending).toEqual([{ expertId: BOB.id }]);
  await data(MY_STEWARD, `mutation($id: ID!) { completeErasure(id: $id) { completedAt } }`, {
    id: BOB.id,
  });
  expect((await data(MY_STEWARD, ONE, { id: BOB.id })).expert).toBeNull();
  expect((await data(expert(BOB.id!), '{ me { lapsed } }')).me).toBeNull();
});

it('withholds a lapsed record outside the country until the expert re-confirms it', async () => {
  // Ages the record in MY's own database, as four years without a confirmation would.
  const client = await MongoClient.connect(process.env.MONGODB_URI!);
  try {
    await client
      .db(`${DB_PREFIX}_my`)
      .collection<{ _id: string }>('experts')
      .updateOne(
        { _id: parseExpertId(CAROL.id).opaque },
        { $set: { lastConfirmedAt: new Date('2021-01-01T00:00:00Z') } },
      );
  } finally {
    await client.close();
  }
  expect((await data(TH_VIEWER, ONE, { id: CAROL.id })).expert).toBeNull();
  expect((await data(MY_STEWARD, ONE, { id: CAROL.id })).expert.id).toBe(CAROL.id);
  const due = (await data(MY_STEWARD, '{ confirmationsDue(country: MY) { expert { id } lapsed } }'))
    .confirmationsDue;
  expect(due).toContainEqual({ expert: { id: CAROL.id }, lapsed: true });
  expect((await data(expert(CAROL.id!), '{ me { lapsed } }')).me.lapsed).toBe(true);
  await data(expert(CAROL.id!), 'mutation { confirmMyRecord { lapsed } }');
  expect((await data(TH_VIEWER, ONE, { id: CAROL.id })).expert.id).toBe(CAROL.id);
});
