/**
 * Text search within the caller's scope: a word matches only in fields the release policy gives
 * the caller, so a withheld field (a qualification, a name in local script) cannot be probed by
 * searching for its words, and relevance weighs only released fields. Under the default policy
 * and a changed one, for every audience.
 */
import { Audience } from '@expertpool/shared';
import { DEFAULT_RELEASE_POLICY } from '../policy/release-policy';
import { applyFilter, expectedScore, idsOf } from './helpers/expected';
import {
  AUDIENCES,
  CALLERS,
  COUNTRY,
  Fixture,
  POLICIES,
  PROBES,
  expectNothingWithheld,
  releasedTo,
  startScopeCountry,
  visibleTo,
} from './helpers/scope-fixture';
import { Result, codesOf, run, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let fixture: Fixture;

beforeAll(async () => {
  fixture = await startScopeCountry('scope_text');
});

afterAll(() => stopCountry(fixture?.server));

const SEARCH = /* GraphQL */ `
  query S($text: String) {
    experts(filter: { text: $text }, first: 100) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        cursor
        score
        node {
          id
          displayName
          names {
            value
          }
          qualifications {
            title
          }
          withheldFields
        }
      }
    }
  }
`;

interface Edge {
  cursor: string;
  score: number;
  node: { id: string };
}

type Search = Result<{ experts: { totalCount: number; edges: Edge[] } }>;

const search = (text: string, audience: Audience) =>
  run(fixture.server, SEARCH, { text }, CALLERS[audience]) as Promise<Search>;

const TEXT_FIELDS = PROBES.map((p) => p.field);

describe.each(POLICIES)('under %s', (_, policy) => {
  beforeAll(async () => {
    await fixture.server.policies.policies.deleteMany({});
    if (policy !== DEFAULT_RELEASE_POLICY.audiences)
      await fixture.server.policies.replace(policy, 'test');
  });

  describe.each(AUDIENCES)('a %s caller', (audience) => {
    const released = releasedTo(policy, audience);
    const searchable = TEXT_FIELDS.some((f) => released.includes(f));

    it.each(PROBES)(
      'finds an expert by a word of $field only if it receives $field',
      async ({ field, word }) => {
        const result = await search(word, audience);
        expectNothingWithheld(fixture, result, released);
        if (!searchable) {
          expect(codesOf(result)).toEqual(['FORBIDDEN']);
          expect(result.errors![0].extensions!.field).toBe('filter.text');
          expect(result.errors![0].message).toBe(
            `filter.text searches names, displayName, expertise, position, qualifications and engagements, none of which ${COUNTRY} releases to ${audience} callers.`,
          );
          return;
        }
        expect(result.errors).toBeUndefined();
        const ids = result.data!.experts.edges.map((e) => e.node.id).sort();
        expect(ids.includes(fixture.aisyah.id!)).toBe(released.includes(field));
        expect(ids).toEqual(
          idsOf(applyFilter(visibleTo(fixture, audience), COUNTRY, { text: word }, released)),
        );
        expect(result.data!.experts.totalCount).toBe(ids.length);
      },
    );

    it.each(['harimau', 'talent', 'aisyah', 'aisyah kamal', 'talent quokka'])(
      'scores "%s" by the fields it receives only',
      async (text) => {
        const result = await search(text, audience);
        expectNothingWithheld(fixture, result, released);
        if (!searchable) {
          expect(codesOf(result)).toEqual(['FORBIDDEN']);
          return;
        }
        expect(result.errors).toBeUndefined();
        const visible = visibleTo(fixture, audience);
        const expected = applyFilter(visible, COUNTRY, { text }, released);
        const edges = result.data!.experts.edges;
        expect(edges.map((e) => e.node.id).sort()).toEqual(idsOf(expected));
        const byId = new Map(visible.map((r) => [r.id!, r]));
        expect(edges.map((e) => e.score)).toEqual(
          edges.map((e) => expectedScore(byId.get(e.node.id)!, text, released)),
        );
        // Most relevant first.
        for (let i = 1; i < edges.length; i++)
          expect(edges[i - 1].score).toBeGreaterThanOrEqual(edges[i].score);
      },
    );
  });
});

describe('relevance ignores withheld fields (worked examples)', () => {
  beforeAll(() => fixture.server.policies.policies.deleteMany({}));

  const scoreOf = async (text: string, audience: Audience, id: string) => {
    const result = await search(text, audience);
    expect(result.errors).toBeUndefined();
    return result.data!.experts.edges.find((e) => e.node.id === id)?.score;
  };

  it('"harimau" is in her legal name and her title: a name match for OWN, a title match for PUBLIC', async () => {
    expect(await scoreOf('harimau', 'OWN', fixture.aisyah.id!)).toBe(3);
    expect(await scoreOf('harimau', 'PUBLIC', fixture.aisyah.id!)).toBe(1);
    // Budi has it only in an engagement, which PUBLIC does not receive.
    expect(await scoreOf('harimau', 'OWN', fixture.budi.id!)).toBe(1);
    expect(await scoreOf('harimau', 'PUBLIC', fixture.budi.id!)).toBeUndefined();
  });

  it('"talent" weighs as expertise only for callers receiving expertise', async () => {
    await fixture.server.policies.replace(POLICIES[1][1], 'test');
    try {
      expect(await scoreOf('talent', 'OWN', fixture.aisyah.id!)).toBe(2);
      // MEMBER receives her qualifications ("Sarjana Talent Quokka") but not her expertise.
      expect(await scoreOf('talent', 'MEMBER', fixture.aisyah.id!)).toBe(1);
    } finally {
      await fixture.server.policies.policies.deleteMany({});
    }
  });
});
