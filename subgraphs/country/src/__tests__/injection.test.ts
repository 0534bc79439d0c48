/**
 * NoSQL injection attempts are refused with BAD_USER_INPUT and answer no record: operators in
 * variables, in strings, in ids, in cursors and in mutation input.
 */
import { ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';
import { CountryServer } from '../server';
import { storedCount } from './helpers/stored';
import { expertInput, UPSERT } from './helpers/records';
import { Result, SEED, codesOf, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const COUNTRY = 'MY';
const SEEDED = 30;

let server: CountryServer;
let records: ExpertRecord[];

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'inject', SEEDED);
  records = generateExperts({ country: COUNTRY, count: SEEDED, seed: SEED });
});

afterAll(() => stopCountry(server));

const EXPERTS = /* GraphQL */ `
  query Experts($filter: ExpertFilter, $after: String) {
    experts(filter: $filter, after: $after, first: 100) {
      totalCount
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`;
const FACETS = /* GraphQL */ `
  query Facets($filter: ExpertFilter) {
    expertFacets(filter: $filter) {
      total
    }
  }
`;

function expectRejected(result: Result<Record<string, unknown>>): void {
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(codesOf(result).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
  // No data: either no data at all or every root field null.
  if (result.data) expect(Object.values(result.data).every((v) => v === null)).toBe(true);
  const body = JSON.stringify(result);
  for (const r of records) {
    expect(body).not.toContain(r.id!.split(':')[1]);
    expect(body).not.toContain(r.displayName);
  }
}

describe('injection attempts', () => {
  it('an operator object as filter.text', async () => {
    expectRejected(await run(server, EXPERTS, { filter: { text: { $ne: null } } }));
    expectRejected(await run(server, FACETS, { filter: { text: { $ne: null } } }));
  });

  it('an operator object in filter.expertiseAreas', async () => {
    expectRejected(await run(server, EXPERTS, { filter: { expertiseAreas: [{ $where: '1' }] } }));
  });

  it('an operator string as filter.expertiseAreas', async () => {
    expectRejected(await run(server, EXPERTS, { filter: { expertiseAreas: ['$where'] } }));
  });

  it('an operator as expert id, inline and as a variable', async () => {
    expectRejected(await run(server, '{ expert(id: "{\\"$ne\\": null}") { id displayName } }'));
    expectRejected(
      await run(server, 'query E($id: ID!) { expert(id: $id) { id displayName } }', {
        id: { $ne: null },
      }),
    );
    expectRejected(
      await run(server, 'query E($id: ID!) { expert(id: $id) { id displayName } }', {
        id: 'MY:{"$gt":""}',
      }),
    );
  });

  it('an operator inside the search text', async () => {
    const started = Date.now();
    expectRejected(await run(server, EXPERTS, { filter: { text: '$where: sleep(1000)' } }));
    expect(Date.now() - started).toBeLessThan(1000);
    expectRejected(await run(server, EXPERTS, { filter: { text: 'talent {"$gt": ""}' } }));
    expectRejected(await run(server, FACETS, { filter: { text: '$where: sleep(1000)' } }));
  });

  it('an operator as a language', async () => {
    expectRejected(await run(server, EXPERTS, { filter: { languages: ['$ne'] } }));
    expectRejected(await run(server, EXPERTS, { filter: { languages: [{ $ne: null }] } }));
  });

  it('a cursor that decodes to an operator object', async () => {
    expect(Buffer.from('eyIkbmUiOm51bGx9', 'base64').toString()).toBe('{"$ne":null}');
    expectRejected(await run(server, EXPERTS, { after: 'eyIkbmUiOm51bGx9' }));
    const crafted = Buffer.from(
      JSON.stringify({ o: 'RELEVANCE', v: 0, i: { $gt: '' }, c: 'MY' }),
    ).toString('base64url');
    expectRejected(await run(server, EXPERTS, { after: crafted }));
  });

  it('an operator as the ref of upsertExpert, and nothing is written', async () => {
    const before = await storedCount(server.store);
    expectRejected(await run(server, UPSERT, { country: COUNTRY, input: expertInput('$where') }));
    expectRejected(
      await run(server, UPSERT, {
        country: COUNTRY,
        input: { ...expertInput('SAFE-1'), displayName: '$where: 1' },
      }),
    );
    expectRejected(
      await run(server, UPSERT, {
        country: COUNTRY,
        input: { ...expertInput('SAFE-2'), ref: { $ne: null } },
      }),
    );
    expect(await storedCount(server.store)).toBe(before);
  });
});
