/**
 * Text search within the caller's scope: a word matches only in fields the release policy gives
 * the caller, so a withheld field (a qualification, a name in local script) cannot be probed by
 * searching for its words, and relevance and highlights weigh only released fields: a caller's
 * scores and highlights are exactly those OWN gets over copies of the records it may see with
 * every withheld field emptied (a second database), so they reveal nothing of a withheld field.
 * Under the default policy and a changed one, for every audience.
 */
import { MongoClient } from 'mongodb';
import { Audience, ExpertRecord } from '@expertpool/shared';
import { DEFAULT_RELEASE_POLICY } from '../policy/release-policy';
import { CountryServer } from '../server';
import { toDocument } from '../store/document';
import { applyFilter, idsOf } from './helpers/expected';
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
import { Result, codesOf, mongoUri, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let fixture: Fixture;
/** OWN over copies of what one caller may see, withheld fields emptied. */
let copies: CountryServer;
/** The opaque ids of the copies now in that database. */
const copied: string[] = [];
let client: MongoClient;

beforeAll(async () => {
  fixture = await startScopeCountry('scope_text');
  copies = await startCountry(COUNTRY, 'scope_text_copies', 0);
  client = await MongoClient.connect(mongoUri());
});

afterAll(async () => {
  await client?.close();
  await stopCountry(copies);
  await stopCountry(fixture?.server);
});

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
        highlights {
          field
          word
          matched
          kind
        }
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

interface Highlight {
  field: string;
  word: string;
  matched: string;
  kind: string;
}

interface Edge {
  cursor: string;
  score: number;
  highlights: Highlight[];
  node: { id: string };
}

type Search = Result<{ experts: { totalCount: number; edges: Edge[] } }>;

const search = (text: string, audience: Audience) =>
  run(fixture.server, SEARCH, { text }, CALLERS[audience]) as Promise<Search>;

const TEXT_FIELDS = PROBES.map((p) => p.field);

/** The record as a caller receiving `released` knows it: every withheld text field emptied. */
function withheldEmptied(r: ExpertRecord, released: readonly string[]): ExpertRecord {
  const keep = (field: string) => released.includes(field);
  return {
    ...r,
    names: keep('names') ? r.names : [],
    displayName: keep('displayName') ? r.displayName : '',
    position: keep('position')
      ? r.position
      : { ...r.position, title: '', agency: '', grade: { scheme: '', code: '' } },
    expertise: keep('expertise') ? r.expertise : [],
    qualifications: keep('qualifications') ? r.qualifications : [],
    engagements: keep('engagements') ? r.engagements : [],
  };
}

/**
 * The edges OWN gets for `text` from a database holding only the records `audience` may see,
 * each as that caller knows it, under the same ids. Written and removed through the store, as
 * every write must be for the next search to reflect it (docs/ARCHITECTURE.md §7.6).
 */
async function ownOverCopies(text: string, audience: Audience, released: readonly string[]) {
  for (const id of copied.splice(0)) await copies.store.remove(id);
  const now = new Date();
  const docs = visibleTo(fixture, audience).map((r) =>
    toDocument(withheldEmptied(r, released), r.id!.slice(COUNTRY.length + 1), now),
  );
  await copies.store.insertMany(docs);
  copied.push(...docs.map((d) => d._id));
  const result = (await run(copies, SEARCH, { text }, CALLERS.OWN)) as Search;
  expect(result.errors).toBeUndefined();
  return result.data!.experts.edges;
}

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

    it.each([
      'harimau',
      'talent',
      'aisyah',
      'aisyah kamal',
      'talent quokka',
      'succession planning',
    ])('scores and highlights "%s" by the fields it receives only', async (text) => {
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
      for (const edge of edges) {
        expect(edge.score).toBeGreaterThan(0);
        expect(edge.score).toBeLessThanOrEqual(1);
        expect(edge.highlights.length).toBeGreaterThan(0);
        for (const h of edge.highlights) expect(released).toContain(h.field);
      }
      // Most relevant first.
      for (let i = 1; i < edges.length; i++)
        expect(edges[i - 1].score).toBeGreaterThanOrEqual(edges[i].score);
      // What a withheld field holds changes nothing: not the order, a score or a highlight.
      const own = await ownOverCopies(text, audience, released);
      const shape = (list: Edge[]) =>
        list.map((e) => ({ id: e.node.id, score: e.score, highlights: e.highlights }));
      expect(shape(edges)).toEqual(shape(own));
    });
  });
});

describe('relevance ignores withheld fields (worked examples)', () => {
  beforeAll(() => fixture.server.policies.policies.deleteMany({}));

  const edgeOf = async (text: string, audience: Audience, id: string) => {
    const result = await search(text, audience);
    expect(result.errors).toBeUndefined();
    return result.data!.experts.edges.find((e) => e.node.id === id);
  };
  const fieldsOf = (edge: Edge | undefined) => [...new Set(edge?.highlights.map((h) => h.field))];

  it('"harimau" is in her legal name and her title: a name match for OWN, a title match for PUBLIC', async () => {
    const own = await edgeOf('harimau', 'OWN', fixture.aisyah.id!);
    const pub = await edgeOf('harimau', 'PUBLIC', fixture.aisyah.id!);
    expect(fieldsOf(own).sort()).toEqual(['names', 'position']);
    expect(fieldsOf(pub)).toEqual(['position']);
    // One word: found in her name as well, it weighs more than in her title alone.
    expect(own!.score).toBeGreaterThan(pub!.score);
    // Budi has it only in an engagement, which PUBLIC does not receive.
    const budi = await edgeOf('harimau', 'OWN', fixture.budi.id!);
    expect(fieldsOf(budi)).toEqual(['engagements']);
    expect(own!.score).toBeGreaterThan(budi!.score);
    expect(await edgeOf('harimau', 'PUBLIC', fixture.budi.id!)).toBeUndefined();
  });

  it('"talent" weighs as expertise only for callers receiving expertise', async () => {
    await fixture.server.policies.replace(POLICIES[1][1], 'test');
    try {
      const own = await edgeOf('talent', 'OWN', fixture.aisyah.id!);
      expect(fieldsOf(own).sort()).toEqual(['expertise', 'qualifications']);
      // MEMBER receives her qualifications ("Sarjana Talent Quokka") but not her expertise.
      const member = await edgeOf('talent', 'MEMBER', fixture.aisyah.id!);
      expect(fieldsOf(member)).toEqual(['qualifications']);
      expect(own!.score).toBeGreaterThan(member!.score);
    } finally {
      await fixture.server.policies.policies.deleteMany({});
    }
  });
});
