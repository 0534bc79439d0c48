/**
 * Filters, orders and facets within the caller's scope: a filter on a field the caller does not
 * receive, and an order by such a field (NAME by displayName, UPDATED by updatedAt), are refused
 * with FORBIDDEN naming the filter, the field, the country and the audience; facet buckets of a
 * withheld field are empty. Under the default policy and a changed one, for every audience.
 */
import { Audience } from '@expertpool/shared';
import { DEFAULT_RELEASE_POLICY } from '../policy/release-policy';
import { FilterSpec, applyFilter, countBy, idsOf } from './helpers/expected';
import {
  AUDIENCES,
  CALLERS,
  COUNTRY,
  Fixture,
  POLICIES,
  expectNothingWithheld,
  releasedTo,
  startScopeCountry,
  visibleTo,
} from './helpers/scope-fixture';
import { Result, codesOf, ok, run, stopCountry } from './helpers/server';
import { walk } from './helpers/walk';

jest.setTimeout(120_000);

let fixture: Fixture;

beforeAll(async () => {
  fixture = await startScopeCountry('scope_filters');
});

afterAll(() => stopCountry(fixture?.server));

const EXPERTS = /* GraphQL */ `
  query E($filter: ExpertFilter, $orderBy: ExpertOrder, $after: String) {
    experts(filter: $filter, first: 100, orderBy: $orderBy, after: $after) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          position {
            band
          }
          languages {
            tag
          }
        }
      }
    }
  }
`;
const FACETS = /* GraphQL */ `
  query F($filter: ExpertFilter) {
    expertFacets(filter: $filter) {
      total
      byCountry {
        value
        count
      }
      byArea {
        value
        count
      }
      byLanguage {
        value
        count
      }
      byBand {
        value
        count
      }
    }
  }
`;

interface Bucket {
  value: string;
  count: number;
}
type Experts = Result<{ experts: { totalCount: number; edges: { node: { id: string } }[] } }>;
type Facets = Result<{
  expertFacets: {
    total: number;
    byCountry: Bucket[];
    byArea: Bucket[];
    byLanguage: Bucket[];
    byBand: Bucket[];
  };
}>;

/** Each filter that searches a record field, with the field it searches. */
const PROBING: { input: keyof FilterSpec; field: string; filter: FilterSpec }[] = [
  {
    input: 'expertiseAreas',
    field: 'expertise',
    filter: { expertiseAreas: ['succession-planning'] },
  },
  { input: 'minLevel', field: 'expertise', filter: { minLevel: 3 } },
  { input: 'languages', field: 'languages', filter: { languages: ['ms'] } },
  { input: 'minCefr', field: 'languages', filter: { minCefr: 'C2' } },
  {
    input: 'availableBetween',
    field: 'availability',
    filter: { availableBetween: { from: '2026-05-02', to: '2026-05-20' } },
  },
  { input: 'bands', field: 'position', filter: { bands: ['EXECUTIVE'] } },
];

const ORDERS: { order: string; field: string }[] = [
  { order: 'NAME', field: 'displayName' },
  { order: 'UPDATED', field: 'updatedAt' },
];

function expectRefused(result: Result<unknown>, path: string, message: string): void {
  expect(codesOf(result)).toEqual(['FORBIDDEN']);
  expect(result.errors![0].extensions!.field).toBe(path);
  expect(result.errors![0].message).toBe(message);
  expect(result.data).toBeNull();
}

const idsIn = (result: Experts) => result.data!.experts.edges.map((e) => e.node.id).sort();

describe.each(POLICIES)('under %s', (_, policy) => {
  beforeAll(async () => {
    await fixture.server.policies.policies.deleteMany({});
    if (policy !== DEFAULT_RELEASE_POLICY.audiences)
      await fixture.server.policies.replace(policy, 'test');
  });

  describe.each(AUDIENCES)('a %s caller', (audience: Audience) => {
    const released = releasedTo(policy, audience);
    const caller = CALLERS[audience];

    it.each(PROBING)(
      'filter.$input: refused unless the caller receives $field',
      async ({ input, field, filter }) => {
        const experts = (await run(fixture.server, EXPERTS, { filter }, caller)) as Experts;
        const facets = (await run(fixture.server, FACETS, { filter }, caller)) as Facets;
        expectNothingWithheld(fixture, experts, released);
        expectNothingWithheld(fixture, facets, released);
        if (!released.includes(field)) {
          const message = `filter.${input} searches ${field}, which ${COUNTRY} does not release to ${audience} callers.`;
          expectRefused(experts, `filter.${input}`, message);
          expectRefused(facets, `filter.${input}`, message);
          return;
        }
        const expected = applyFilter(visibleTo(fixture, audience), COUNTRY, filter, released);
        expect(expected.length).toBeGreaterThan(0);
        expect(experts.errors).toBeUndefined();
        expect(idsIn(experts)).toEqual(idsOf(expected));
        expect(facets.errors).toBeUndefined();
        expect(facets.data!.expertFacets.total).toBe(expected.length);
      },
    );

    it('filter.countries is never refused: it searches nothing of the record', async () => {
      const experts = (await run(
        fixture.server,
        EXPERTS,
        { filter: { countries: [COUNTRY] } },
        caller,
      )) as Experts;
      expect(experts.errors).toBeUndefined();
      expect(idsIn(experts)).toEqual(idsOf(visibleTo(fixture, audience)));
    });

    it.each(ORDERS)(
      'orderBy: $order is refused unless the caller receives $field',
      async ({ order, field }) => {
        if (!released.includes(field)) {
          const result = await run(fixture.server, EXPERTS, { orderBy: order }, caller);
          expectNothingWithheld(fixture, result, released);
          expectRefused(
            result,
            'orderBy',
            `orderBy: ${order} sorts by ${field}, which ${COUNTRY} does not release to ${audience} callers.`,
          );
          // A cursor obtained by someone who may sort so does not open the order either.
          const own = await ok(fixture.server, EXPERTS, { orderBy: order }, CALLERS.OWN);
          const replay = await run(
            fixture.server,
            EXPERTS,
            { orderBy: order, after: own.experts.edges[0].cursor },
            caller,
          );
          expect(codesOf(replay)).toEqual(['FORBIDDEN']);
          return;
        }
        const visible = new Set(idsOf(visibleTo(fixture, audience)));
        const mine = await walk(fixture.server, { orderBy: order, first: 1, caller });
        const own = await walk(fixture.server, { orderBy: order, first: 1, caller: CALLERS.OWN });
        // The same order OWN gets, less the experts this caller may not see.
        expect(mine.ids).toEqual(own.ids.filter((id) => visible.has(id)));
        expect(mine.ids).toHaveLength(visible.size);
      },
    );

    it('facets: buckets of a withheld field are empty, the others count the visible experts', async () => {
      const result = (await run(fixture.server, FACETS, {}, caller)) as Facets;
      expectNothingWithheld(fixture, result, released);
      expect(result.errors).toBeUndefined();
      const facets = result.data!.expertFacets;
      const visible = visibleTo(fixture, audience);
      const sorted = (buckets: Bucket[]) =>
        [...buckets].sort((a, b) => (a.value < b.value ? -1 : 1));
      const expectBuckets = (actual: Bucket[], field: string, expected: Bucket[]) =>
        expect(sorted(actual)).toEqual(released.includes(field) ? sorted(expected) : []);
      expect(facets.total).toBe(visible.length);
      expect(facets.byCountry).toEqual([{ value: COUNTRY, count: visible.length }]);
      expectBuckets(
        facets.byArea,
        'expertise',
        countBy(visible, (r) => r.expertise.map((e) => e.area)),
      );
      expectBuckets(
        facets.byLanguage,
        'languages',
        countBy(visible, (r) => r.languages.map((l) => l.tag)),
      );
      expectBuckets(
        facets.byBand,
        'position',
        countBy(visible, (r) => [r.position.band]),
      );
    });
  });
});
