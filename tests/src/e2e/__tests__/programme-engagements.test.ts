import { CONSENT_AUDIENCES, PURPOSES } from '@expertpool/shared';
import { RunningRegion, TokenFor, startRegion } from '../../index';
import { ProxyPool } from '../helpers/proxy';
import { gql } from '../helpers/graphql';

/**
 * Issue 9, finding 6, over real HTTP: a programme's trainer who was removed, or who withdrew
 * consent for the caller's audience, is `expert: null` (no id, no error, even with the non-null
 * `withheldFields` asked), because the trainer's own country resolves the engagement's expert
 * (docs/ARCHITECTURE.md §4.4). Visible trainers still resolve, and each owner is asked once.
 *
 * The 2017 programme is the only one that year; its trainers come from ID, SG and MY, the
 * countries started here, so every engagement has a country that can answer.
 */
const COUNTRIES = ['ID', 'SG', 'MY'];
const SEED_EXPERTS = 20; // the region picks trainers among the first 20 demo experts
const COUNTRY_TIMEOUT_MS = 30_000; // the embedded database is slow; this is not about speed
const PROGRAMMES = /* GraphQL */ `
  {
    programmes(from: "2017-01-01", to: "2017-12-31") {
      id
      engagements {
        role
        expert {
          id
          displayName
          withheldFields
        }
      }
    }
  }
`;

type Who = TokenFor | 'PUBLIC';
const PUBLIC: Who = 'PUBLIC';
const MEMBER: Who = { role: 'steward', country: 'TH' };
const SECRETARIAT: Who = { role: 'secretariat' };
const stewardOf = (id: string): TokenFor => ({ role: 'steward', country: id.slice(0, 2) });

let region: RunningRegion;
const proxies = new ProxyPool();
/** The programme's trainers as the region stores them: ID's, SG's and MY's expert ids. */
let trainers: string[];

const ask = async (who: Who, query: string, variables: Record<string, unknown> = {}) =>
  gql(region.gateway.url, query, variables, who === PUBLIC ? {} : await region.bearer(who));

async function asked(who: Who, query: string, variables: Record<string, unknown> = {}) {
  const res = await ask(who, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Each engagement's expert as `who` receives it; fails on any error in the answer. */
async function engagementsFor(who: Who) {
  const data = await asked(who, PROGRAMMES);
  expect(data.programmes).toHaveLength(1);
  return data.programmes[0].engagements.map((e: { expert: unknown }) => e.expert);
}

/** The trainer as its own country's staff see it: what a visible trainer must show. */
async function ownDisplayName(id: string): Promise<string> {
  const data = await asked(
    { role: 'viewer', country: id.slice(0, 2) },
    'query($id: ID!) { expert(id: $id) { displayName } }',
    { id },
  );
  return data.expert.displayName;
}

const SET_CONSENT = /* GraphQL */ `
  mutation ($id: ID!, $consent: [ConsentInput!]!) {
    setConsent(id: $id, consent: $consent) {
      id
    }
  }
`;

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: COUNTRIES,
    seedExperts: SEED_EXPERTS,
    dbPrefix: `eng${process.pid}`,
    timeoutMs: COUNTRY_TIMEOUT_MS,
    registryUrlFor: proxies.registryUrlFor,
  });
  // The region's own reference (expertId is not in the public API, only in the region's schema).
  const stored = await gql(
    region.region.url,
    '{ programmes(from: "2017-01-01", to: "2017-12-31") { engagements { expertId } } }',
  );
  trainers = stored.data!.programmes[0].engagements.map((e: { expertId: string }) => e.expertId);
  expect(trainers.map((id) => id.slice(0, 2))).toEqual(COUNTRIES);
  // Every trainer consents to every audience for every purpose, so each starts visible to all.
  for (const id of trainers) {
    const consent = CONSENT_AUDIENCES.flatMap((audience) =>
      PURPOSES.map((purpose) => ({ audience, purpose, granted: true, noticeVersion: 'e2e-1' })),
    );
    await asked(stewardOf(id), SET_CONSENT, { id, consent });
  }
}, 300_000);

afterAll(async () => {
  await region?.stop();
  await proxies.close();
});

test('visible trainers resolve with their released fields, one _entities request per owner', async () => {
  for (const who of [PUBLIC, MEMBER, SECRETARIAT]) {
    proxies.reset();
    const experts = await engagementsFor(who);
    expect(experts.map((e: { id: string }) => e.id)).toEqual(trainers);
    for (const [i, expert] of experts.entries()) {
      expect(expert.displayName).toBe(await ownDisplayName(trainers[i]));
      expect(Array.isArray(expert.withheldFields)).toBe(true);
    }
    // The ownDisplayName lookups went to the owners too: count the programme query alone.
    proxies.reset();
    await engagementsFor(who);
    for (const code of COUNTRIES) {
      expect({ code, requests: proxies.get(code)!.requests }).toEqual({ code, requests: 1 });
      expect(proxies.get(code)!.bodies[0]).toContain('_entities');
    }
  }
});

test('a removed trainer and one who withdrew PUBLIC consent are null: no id, no error', async () => {
  const [stays, withdraws, removed] = trainers;
  await asked(stewardOf(withdraws), SET_CONSENT, {
    id: withdraws,
    consent: [{ audience: 'PUBLIC', purpose: 'ANY', granted: false, noticeVersion: 'e2e-2' }],
  });
  const gone = await asked(stewardOf(removed), 'mutation($id: ID!) { removeExpert(id: $id) }', {
    id: removed,
  });
  expect(gone.removeExpert).toBe(true);

  const ids = (experts: ({ id: string } | null)[]) => experts.map((e) => e?.id ?? null);
  proxies.reset();
  const seenByPublic = await engagementsFor(PUBLIC);
  expect(seenByPublic).toEqual([expect.objectContaining({ id: stays }), null, null]);
  // The region still holds the reference, so each owner is asked once, and answers null.
  for (const code of COUNTRIES) expect(proxies.get(code)!.requests).toBe(1);

  // Other audiences keep the trainer who withdrew from PUBLIC only; nobody sees the removed one.
  expect(ids(await engagementsFor(MEMBER))).toEqual([stays, withdraws, null]);
  expect(ids(await engagementsFor(SECRETARIAT))).toEqual([stays, withdraws, null]);
  // The country's own staff neither: the record is gone, not hidden.
  expect(ids(await engagementsFor({ role: 'viewer', country: 'MY' }))).toEqual([
    stays,
    withdraws,
    null,
  ]);

  // Only the id asked: still null, not a bare id.
  const idOnly = await asked(
    PUBLIC,
    '{ programmes(from: "2017-01-01", to: "2017-12-31") { engagements { expert { id } } } }',
  );
  expect(idOnly.programmes[0].engagements.map((e: { expert: unknown }) => e.expert)).toEqual([
    { id: stays },
    null,
    null,
  ]);
});

test('the gateway and the countries still answer normal queries afterwards', async () => {
  const data = await asked(
    SECRETARIAT,
    '{ experts(first: 1) { totalCount coverage { country status } } }',
  );
  expect(data.experts.coverage.map((c: { status: string }) => c.status)).toEqual([
    'OK',
    'OK',
    'OK',
  ]);
  expect(data.experts.totalCount).toBeGreaterThan(0);
});
