/**
 * The agency's own reference: `Expert.ref`, `expertByRef` and `filter.refs` answer the country's
 * own callers only. Others get null for the field and FORBIDDEN for the lookup and the filter,
 * even for an expert they may otherwise see.
 */
import { Caller } from '../caller';
import { importRecords } from '../import/run-import';
import { rowsOf, sampleRecord } from '../import/__tests__/fixtures';
import { CountryServer } from '../server';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const COUNTRY = 'MY';
let server: CountryServer;
let id: string;

const SUBJECT = sampleRecord(42, {
  consent: (['MEMBER', 'SECRETARIAT', 'PUBLIC'] as const).map((audience) => ({
    audience,
    purpose: 'ANY' as const,
    granted: true,
    noticeVersion: '2025-01',
    recordedAt: '2025-03-01T00:00:00.000Z',
  })),
});
const OTHER = sampleRecord(43);

const caller = (audience: Caller['audience'], country: string | null, role: Caller['role']) => ({
  audience,
  country,
  role,
  subject: 'someone',
  purpose: 'ANY' as const,
});
const OWN_VIEWER = caller('OWN', COUNTRY, 'viewer');
const OUTSIDERS: [string, Caller][] = [
  ['MEMBER', caller('MEMBER', 'TH', 'steward')],
  ['SECRETARIAT', caller('SECRETARIAT', null, 'secretariat')],
  ['PUBLIC', caller('PUBLIC', null, null)],
];

const BY_REF = `query($c: CountryCode!, $ref: String!) { expertByRef(country: $c, ref: $ref) { id ref displayName } }`;
const BY_ID = `query($id: ID!) { expert(id: $id) { id ref } }`;
const BY_FILTER = `query($refs: [String!]) { experts(filter: { refs: $refs }) { totalCount edges { node { id ref } } } }`;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'agency_ref', 5);
  await importRecords({ store: server.store, rows: rowsOf([SUBJECT, OTHER]) });
  id = `${COUNTRY}:${(await server.store.findByRefs([SUBJECT.ref]))[0]._id}`;
});
afterAll(() => stopCountry(server));

describe('the agency reference, for the country itself', () => {
  it.each([
    ['a steward', undefined],
    ['a viewer', OWN_VIEWER],
  ])('is shown to %s, looked up by expertByRef and filtered by refs', async (_, who) => {
    expect((await ok(server, BY_REF, { c: COUNTRY, ref: SUBJECT.ref }, who)).expertByRef).toEqual({
      id,
      ref: SUBJECT.ref,
      displayName: SUBJECT.displayName,
    });
    expect((await ok(server, BY_ID, { id }, who)).expert).toEqual({ id, ref: SUBJECT.ref });
    const page = (await ok(server, BY_FILTER, { refs: [SUBJECT.ref, OTHER.ref, 'NO/SUCH'] }, who))
      .experts;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: { node: { ref: string } }) => e.node.ref).sort()).toEqual(
      [SUBJECT.ref, OTHER.ref].sort(),
    );
  });

  it('answers null for a ref the country does not hold or another country', async () => {
    expect((await ok(server, BY_REF, { c: COUNTRY, ref: 'NO/SUCH' })).expertByRef).toBeNull();
    expect((await ok(server, BY_REF, { c: 'TH', ref: SUBJECT.ref })).expertByRef).toBeNull();
  });

  it('refuses an operator-looking ref', async () => {
    expect(codesOf(await run(server, BY_REF, { c: COUNTRY, ref: '$where' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('the agency reference, for everyone else', () => {
  it.each(OUTSIDERS)('is null for a %s caller who may see the expert', async (_, who) => {
    expect((await ok(server, BY_ID, { id }, who)).expert).toEqual({ id, ref: null });
  });

  it.each(OUTSIDERS)('refuses expertByRef to a %s caller (FORBIDDEN)', async (audience, who) => {
    const result = await run(server, BY_REF, { c: COUNTRY, ref: SUBJECT.ref }, who);
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0].message).toBe(
      `expertByRef uses the agency's own references, which MY gives to its own callers only (not to ${audience} callers).`,
    );
    expect(result.data?.expertByRef ?? null).toBeNull();
  });

  it.each(OUTSIDERS)('refuses filter.refs to a %s caller (FORBIDDEN)', async (_, who) => {
    const result = await run(server, BY_FILTER, { refs: [SUBJECT.ref] }, who);
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0].extensions?.field).toBe('filter.refs');
    expect(JSON.stringify(result)).not.toContain(SUBJECT.ref);
  });
});
