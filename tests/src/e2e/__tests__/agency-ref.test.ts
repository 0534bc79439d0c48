import { RunningRegion, TokenFor, startRegion } from '../../index';
import { visibleDemo } from '../helpers/demo';
import { gql } from '../helpers/graphql';

/**
 * The agency's own reference through the gateway over real HTTP: `expertByRef` is routed to the
 * owner and answers its own officials only; `Expert.ref` is null for another country's caller;
 * `filter.refs` finds the owner's records for its own officials.
 */
const SEED = 6;
const COUNTRY_TIMEOUT_MS = 30_000; // the embedded database is slow; these tests are about routing
let region: RunningRegion;

const MY_VIEWER: TokenFor = { role: 'viewer', country: 'MY' };
const TH_STEWARD: TokenFor = { role: 'steward', country: 'TH' };
/** An MY demo expert that TH's officials may see, so only the ref rule decides. */
const SUBJECT = visibleDemo('MY', SEED, 'MEMBER')[0];

const ask = async (who: TokenFor | 'PUBLIC', query: string, variables: Record<string, unknown>) =>
  gql(region.gateway.url, query, variables, who === 'PUBLIC' ? {} : await region.bearer(who));

const BY_REF = `query($c: CountryCode!, $ref: String!) { expertByRef(country: $c, ref: $ref) { id ref } }`;

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: ['MY', 'TH'],
    seedExperts: SEED,
    dbPrefix: `ref${process.pid}`,
    timeoutMs: COUNTRY_TIMEOUT_MS,
  });
}, 300_000);

afterAll(async () => {
  await region?.stop();
});

describe('expertByRef through the gateway', () => {
  it("answers the owner's own officials, and filter.refs finds the same record", async () => {
    const own = await ask(MY_VIEWER, BY_REF, { c: 'MY', ref: SUBJECT.ref });
    expect(own.errors).toBeUndefined();
    expect(own.data!.expertByRef).toEqual({ id: expect.stringMatching(/^MY:/), ref: SUBJECT.ref });
    const { id } = own.data!.expertByRef;

    const page = await ask(
      MY_VIEWER,
      `query($refs: [String!]) { experts(filter: { countries: [MY], refs: $refs }) { edges { node { id ref } } } }`,
      { refs: [SUBJECT.ref] },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.experts.edges).toEqual([{ node: { id, ref: SUBJECT.ref } }]);

    const seen = await ask(TH_STEWARD, `query($id: ID!) { expert(id: $id) { id ref } }`, { id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.expert).toEqual({ id, ref: null });
  });

  it.each([
    ['another country', TH_STEWARD],
    ['the public', 'PUBLIC'],
  ] as const)('is refused to %s (FORBIDDEN), without the record', async (_, who) => {
    const res = await ask(who, BY_REF, { c: 'MY', ref: SUBJECT.ref });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(res.data?.expertByRef ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toContain(SUBJECT.ref);
  });
});
