/**
 * Malformed arguments are BAD_USER_INPUT errors whose message says what is wrong, never an
 * internal error and never an empty or partial answer.
 */
import { generateExperts } from '@expertpool/demo';
import { CountryServer } from '../server';
import { Result, SEED, codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const COUNTRY = 'MY';
const SEEDED = 20;

let server: CountryServer;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'badinput', SEEDED);
});

afterAll(() => stopCountry(server));

const EXPERTS = /* GraphQL */ `
  query Experts($filter: ExpertFilter, $first: Int, $after: String, $orderBy: ExpertOrder) {
    experts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`;
const EXPERT = 'query E($id: ID!) { expert(id: $id) { id } }';

function expectBadInput(result: Result<unknown>, message: RegExp): void {
  expect(result.errors).toHaveLength(1);
  expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].message).toMatch(message);
  if (result.data) expect(Object.values(result.data as object).every((v) => v === null)).toBe(true);
}

describe('bad input', () => {
  it.each<[string, RegExp]>([
    ['MY', /Malformed expert id "MY".*"<CC>:<opaque>"/],
    ['XX:abc123', /unknown country "XX"/],
    ['MY:ABC!', /Malformed expert id "MY:ABC!".*4-32 lower-case letters or digits/],
    ['my:abc123', /Malformed expert id/],
    ['', /Malformed expert id/],
  ])('expert(id: %p)', async (id, message) => {
    expectBadInput(await run(server, EXPERT, { id }), message);
  });

  it('malformed ids in mutations', async () => {
    expectBadInput(await run(server, 'mutation { removeExpert(id: "MY") }'), /Malformed expert id/);
    expectBadInput(
      await run(
        server,
        'mutation { setConsent(id: "XX:abc123", consent: [{ audience: PUBLIC, granted: true, noticeVersion: "v1" }]) { id } }',
      ),
      /unknown country "XX"/,
    );
  });

  it.each([-1, 101, 1000])('first: %p', async (first) => {
    expectBadInput(
      await run(server, EXPERTS, { first }),
      new RegExp(`first must be from 0 to 100 \\(got ${first}\\)`),
    );
  });

  it('first: 0 and first: 100 are fine', async () => {
    const zero = await ok(server, EXPERTS, { first: 0 });
    expect(zero.experts.edges).toEqual([]);
    expect(zero.experts.totalCount).toBe(SEEDED);
    const all = await ok(server, EXPERTS, { first: 100 });
    expect(all.experts.edges).toHaveLength(SEEDED);
  });

  it.each([0, 5, -3])('minLevel: %p', async (minLevel) => {
    expectBadInput(
      await run(server, EXPERTS, { filter: { minLevel } }),
      /filter\.minLevel must be 1, 2, 3 or 4/,
    );
  });

  it('availableBetween with from after to', async () => {
    expectBadInput(
      await run(server, EXPERTS, {
        filter: { availableBetween: { from: '2026-03-10', to: '2026-03-01' } },
      }),
      /availableBetween\.from must not be after to/,
    );
  });

  it.each<[string, string, RegExp]>([
    ['2026-02-30', '2026-03-01', /availableBetween\.from must be a date YYYY-MM-DD/],
    ['2026-02-01', '2026-13-01', /availableBetween\.to must be a date YYYY-MM-DD/],
    ['2026-2-1', '2026-03-01', /availableBetween\.from must be a date/],
    ['yesterday', '2026-03-01', /availableBetween\.from must be a date/],
  ])('availableBetween from %p to %p', async (from, to, message) => {
    expectBadInput(
      await run(server, EXPERTS, { filter: { availableBetween: { from, to } } }),
      message,
    );
  });

  it('an expertise area outside the vocabulary', async () => {
    expectBadInput(
      await run(server, EXPERTS, {
        filter: { expertiseAreas: ['talent-management', 'astrology'] },
      }),
      /"astrology" is not in the ACCSM expertise vocabulary/,
    );
  });

  it('a language that is not a BCP 47 tag', async () => {
    expectBadInput(
      await run(server, EXPERTS, { filter: { languages: ['english!'] } }),
      /"english!" is not a BCP 47 language tag/,
    );
  });

  it('an unknown enum value', async () => {
    const result = await run(server, EXPERTS, { filter: { minCefr: 'D1' } });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toMatch(/D1/);
  });

  it('too long or too many', async () => {
    expectBadInput(
      await run(server, EXPERTS, { filter: { text: 'a'.repeat(201) } }),
      /filter\.text is longer than 200 characters/,
    );
    expectBadInput(
      await run(server, EXPERTS, {
        filter: { text: Array.from({ length: 17 }, (_, i) => `word${i}`).join(' ') },
      }),
      /at most 16 words/,
    );
    expectBadInput(
      await run(server, EXPERTS, { filter: { bands: Array(51).fill('EXECUTIVE') } }),
      /filter\.bands may list at most 50/,
    );
  });

  it('a cursor issued for another order', async () => {
    const page = await ok(server, EXPERTS, { first: 2, orderBy: 'NAME' });
    const cursor = page.experts.pageInfo.endCursor as string;
    expectBadInput(
      await run(server, EXPERTS, { first: 2, orderBy: 'UPDATED', after: cursor }),
      /issued for orderBy: NAME.*same order \(got UPDATED\)/,
    );
    expectBadInput(
      await run(server, EXPERTS, { first: 2, orderBy: 'RELEVANCE', after: cursor }),
      /issued for orderBy: NAME/,
    );
    // The same cursor with its own order continues.
    expect(
      (await ok(server, EXPERTS, { first: 2, orderBy: 'NAME', after: cursor })).experts.edges,
    ).toHaveLength(2);
  });

  it('a cursor that is not ours', async () => {
    expectBadInput(await run(server, EXPERTS, { after: 'not a cursor!' }), /Invalid cursor/);
    expectBadInput(
      await run(server, EXPERTS, { after: Buffer.from('[1,2]').toString('base64url') }),
      /Invalid cursor/,
    );
  });

  it('a country that this instance does not hold, in a mutation', async () => {
    const input = generateExperts({ country: 'TH', count: 1, seed: SEED })[0];
    const { id: _id, consent: _consent, ...rest } = input;
    expectBadInput(
      await run(
        server,
        'mutation U($input: ExpertInput!) { upsertExpert(country: TH, input: $input) { id } }',
        { input: rest },
      ),
      /holds MY's records; TH's are kept by TH/,
    );
    expectBadInput(
      await run(server, 'mutation { removeExpert(id: "TH:abcd1234") }'),
      /belongs to TH; this service holds MY only/,
    );
  });
});
