/**
 * Ranked search at the country, row by row of issue 10's table (docs/ARCHITECTURE.md §7.6):
 * typos, unfinished words, optional words, level and years of a named area, minLevel on the named
 * area, exact above corrected, highlights within the released fields, and a write reflected in
 * the very next search, also when another replica made it. Hand-made records on a real database.
 */
import { MongoClient } from 'mongodb';
import { ExpertiseEntry, ExpertRecord } from '@expertpool/shared';
import { CountryServer } from '../server';
import { ExpertStore } from '../store/expert-store';
import { CONSENT } from './helpers/mutations';
import { ExpertInput, expertInput, upsertThroughGraph } from './helpers/records';
import { CALLERS } from './helpers/scope-fixture';
import { mongoUri, ok, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const COUNTRY = 'MY';

interface Highlight {
  field: string;
  word: string;
  matched: string;
  kind: string;
}

interface Edge {
  score: number | null;
  highlights: Highlight[];
  node: { id: string };
}

const SEARCH = /* GraphQL */ `
  query S($filter: ExpertFilter, $orderBy: ExpertOrder) {
    experts(filter: $filter, first: 100, orderBy: $orderBy) {
      totalCount
      edges {
        score
        highlights {
          field
          word
          matched
          kind
        }
        node {
          id
        }
      }
    }
  }
`;

/** An expert whose only text is the given name, title and areas (no other field shares words). */
function expert(
  ref: string,
  name: string,
  expertise: ExpertiseEntry[],
  more: Partial<ExpertInput> = {},
): ExpertInput {
  return expertInput(ref, {
    names: [{ value: name, lang: 'ms', script: 'Latn' }],
    displayName: name,
    position: {
      title: 'Pegawai Kanan',
      grade: { scheme: 'JUSA', code: 'C' },
      band: 'EXECUTIVE',
      agency: 'Jabatan Perkhidmatan Awam',
    },
    expertise,
    ...more,
  });
}

const SP = 'succession-planning';
const PM = 'performance-management';

const INPUTS = {
  senior: expert('R-SENIOR', 'Azlan Hakim', [{ area: SP, level: 4, years: 21 }]),
  junior: expert('R-JUNIOR', 'Badrul Hisham', [{ area: SP, level: 2, years: 8 }]),
  middle: expert('R-MIDDLE', 'Chandran Muthu', [{ area: SP, level: 3, years: 12 }]),
  // Level 2 in succession planning, level 4 elsewhere: minLevel on the named area excludes him.
  elsewhere: expert('R-ELSEWHERE', 'Darwis Kamil', [
    { area: SP, level: 2, years: 6 },
    { area: 'merit-system', level: 4, years: 25 },
  ]),
  other: expert('R-OTHER', 'Esah Jamil', [{ area: 'merit-system', level: 3, years: 10 }]),
  // Performance management, and a trainer who teaches in English: more of the words.
  trainer: expert('R-TRAINER', 'Farah Idris', [{ area: PM, level: 3, years: 10 }], {
    position: {
      title: 'Master Trainer',
      grade: { scheme: 'JUSA', code: 'C' },
      band: 'EXECUTIVE',
      agency: 'Institut Tadbiran Awam Negara',
    },
    qualifications: [{ title: 'Diploma in English', institution: 'Kolej Bahasa', year: 2012 }],
  }),
  // The same area at the same level and years, and nothing of the other words.
  manager: expert('R-MANAGER', 'Ghazali Omar', [{ area: PM, level: 3, years: 10 }]),
  // Two records alike but for one letter of the surname: exact above corrected.
  exact: expert('R-EXACT', 'Halimah Suraya', [{ area: 'merit-system', level: 2, years: 5 }]),
  typo: expert('R-TYPO', 'Halimah Suroya', [{ area: 'merit-system', level: 2, years: 5 }]),
  // A word in her legal name and her qualification, both withheld from PUBLIC, and in her title.
  private: expert('R-PRIVATE', 'Ibu Rosnah', [{ area: 'merit-system', level: 2, years: 5 }], {
    names: [{ value: 'Rosnah binti Kenanga', lang: 'ms', script: 'Latn' }],
    position: {
      title: 'Pengarah Kenanga',
      grade: { scheme: 'JUSA', code: 'B' },
      band: 'EXECUTIVE',
      agency: 'Jabatan Perkhidmatan Awam',
    },
    qualifications: [{ title: 'Ijazah Kenanga', institution: 'Universiti Malaya', year: 2001 }],
  }),
  // Thai names (family name last): Rattana is the rarer word, Jaidee the family name.
  rattanaJaidee: thai('R-RJ', 'Rattana Jaidee'),
  rattanaSomsak: thai('R-RS', 'Rattana Somsak'),
  maleeJaidee: thai('R-MJ', 'Malee Jaidee'),
  somchaiJaidee: thai('R-SJ', 'Somchai Jaidee'),
};

function thai(ref: string, name: string): ExpertInput {
  return expert(ref, name, [{ area: 'merit-system', level: 2, years: 5 }], {
    names: [{ value: name, lang: 'th', script: 'Latn' }],
  });
}

let server: CountryServer;
let client: MongoClient;
const ids = {} as Record<keyof typeof INPUTS, string>;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'ranking', 0);
  client = await MongoClient.connect(mongoUri());
  for (const [key, input] of Object.entries(INPUTS) as [keyof typeof INPUTS, ExpertInput][]) {
    const record: ExpertRecord = await upsertThroughGraph(server, input);
    ids[key] = record.id!;
  }
  for (const id of [ids.private, ids.rattanaSomsak, ids.maleeJaidee])
    await ok(server, CONSENT, {
      id,
      consent: [{ audience: 'PUBLIC', granted: true, noticeVersion: 'v1' }],
    });
});

afterAll(async () => {
  await client?.close();
  await stopCountry(server);
});

async function search(
  filter: Record<string, unknown>,
  orderBy = 'RELEVANCE',
  caller = CALLERS.OWN,
): Promise<{ totalCount: number; edges: Edge[] }> {
  const data = await ok<{ experts: { totalCount: number; edges: Edge[] } }>(
    server,
    SEARCH,
    { filter, orderBy },
    caller,
  );
  return data.experts;
}

const idsOf = (edges: Edge[]) => edges.map((e) => e.node.id);
const rankOf = (edges: Edge[], id: string) => {
  const at = idsOf(edges).indexOf(id);
  if (at < 0) throw new Error(`${id} was not found`);
  return at;
};
const scoreOf = (edges: Edge[], id: string) => edges[rankOf(edges, id)].score!;

const SUCCESSION = () => [ids.senior, ids.junior, ids.middle, ids.elsewhere].sort();

describe('family names', () => {
  it('ranks another Jaidee above another Rattana for "Rattana Jaidee" (Thai family name last)', async () => {
    const { edges } = await search({ text: 'rattana jaidee' });
    expect(rankOf(edges, ids.rattanaJaidee)).toBe(0);
    expect(scoreOf(edges, ids.maleeJaidee)).toBeGreaterThan(scoreOf(edges, ids.rattanaSomsak));
    expect(scoreOf(edges, ids.somchaiJaidee)).toBeGreaterThan(scoreOf(edges, ids.rattanaSomsak));
  });

  it('gives no family-name weight to a caller the names are withheld from', async () => {
    // PUBLIC receives the display name only: "Jaidee" must not count as a family name for it,
    // or the score would tell it what the withheld legal names hold.
    const { edges } = await search({ text: 'rattana jaidee' }, 'RELEVANCE', CALLERS.PUBLIC);
    expect(scoreOf(edges, ids.maleeJaidee)).toBe(scoreOf(edges, ids.rattanaSomsak));
  });
});

describe('the rows of the issue, at the country', () => {
  it('"sucession planning" (one typo) finds the succession-planning experts, and only them', async () => {
    const { edges, totalCount } = await search({ text: 'sucession planning' });
    expect([...idsOf(edges)].sort()).toEqual(SUCCESSION());
    expect(totalCount).toBe(4);
  });

  it.each(['succession plan', 'succ', 'Succession Plan'])(
    '"%s" (an unfinished last word) finds them',
    async (text) => {
      const { edges } = await search({ text });
      expect(idsOf(edges)).toEqual(expect.arrayContaining(SUCCESSION()));
      expect(idsOf(edges)).not.toContain(ids.other);
    },
  );

  it('"succ " finished with a space is a word of its own and completes nothing', async () => {
    const { edges, totalCount } = await search({ text: 'succ ' });
    expect(edges).toEqual([]);
    expect(totalCount).toBe(0);
  });

  it('"performance management trainer english": optional words, more of them rank higher', async () => {
    const { edges } = await search({ text: 'performance management trainer english' });
    expect(edges.length).toBeGreaterThan(0);
    // No record holds "trainer" or "english" but the trainer: the manager is still found.
    expect(idsOf(edges)).toEqual(expect.arrayContaining([ids.trainer, ids.manager]));
    expect(rankOf(edges, ids.trainer)).toBe(0);
    expect(scoreOf(edges, ids.trainer)).toBeGreaterThan(scoreOf(edges, ids.manager));
    const trainer = edges[0].highlights;
    expect(trainer).toContainEqual(
      expect.objectContaining({ field: 'expertise', matched: PM, kind: 'AREA' }),
    );
    expect(trainer).toContainEqual({
      field: 'position',
      word: 'trainer',
      matched: 'trainer',
      kind: 'EXACT',
    });
    expect(trainer).toContainEqual({
      field: 'qualifications',
      word: 'english',
      matched: 'english',
      kind: 'EXACT',
    });
  });

  it('"succession planning": level 4 with 21 years ranks above level 2 with 8 years', async () => {
    const { edges } = await search({ text: 'succession planning' });
    expect([...idsOf(edges)].sort()).toEqual(SUCCESSION());
    expect(scoreOf(edges, ids.senior)).toBeGreaterThan(scoreOf(edges, ids.middle));
    expect(scoreOf(edges, ids.middle)).toBeGreaterThan(scoreOf(edges, ids.junior));
    expect(rankOf(edges, ids.senior)).toBe(0);
    for (const e of edges) {
      expect(e.score).toBeGreaterThan(0);
      expect(e.score).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < edges.length; i++)
      expect(edges[i - 1].score!).toBeGreaterThanOrEqual(edges[i].score!);
  });

  it('"succession planning" + minLevel 3: only experts at level 3 or more in succession planning', async () => {
    const { edges, totalCount } = await search({ text: 'succession planning', minLevel: 3 });
    // Darwis is at level 4, but in merit system; in succession planning he is at level 2.
    expect(idsOf(edges)).toEqual([ids.senior, ids.middle]);
    expect(totalCount).toBe(2);
  });

  it('an exact match ranks above a corrected one, and says so in its highlights', async () => {
    const { edges } = await search({ text: 'suraya ' });
    expect(idsOf(edges)).toEqual([ids.exact, ids.typo]);
    expect(scoreOf(edges, ids.exact)).toBeGreaterThan(scoreOf(edges, ids.typo));
    expect(edges[0].highlights.every((h) => h.kind === 'EXACT' && h.matched === 'suraya')).toBe(
      true,
    );
    expect(edges[1].highlights.every((h) => h.kind === 'TYPO' && h.matched === 'suroya')).toBe(
      true,
    );
  });

  it('highlights show the corrected form: "sucession" matched "succession"', async () => {
    // Alone, "sucession" names no area (no label is that one word): it matches as a word.
    const { edges } = await search({ text: 'sucession' });
    expect([...idsOf(edges)].sort()).toEqual(SUCCESSION());
    for (const e of edges)
      expect(e.highlights).toContainEqual({
        field: 'expertise',
        word: 'sucession',
        matched: 'succession',
        kind: 'TYPO',
      });
    // With "planning" it names the area: the area is highlighted, with its id.
    const named = await search({ text: 'sucession planning' });
    for (const e of named.edges)
      expect(e.highlights).toContainEqual(
        expect.objectContaining({ field: 'expertise', matched: SP, kind: 'AREA' }),
      );
  });

  it('a withheld field never appears in highlights', async () => {
    const own = await search({ text: 'kenanga' });
    const fields = (edges: Edge[]) => [
      ...new Set(edges.flatMap((e) => e.highlights.map((h) => h.field))),
    ];
    expect(fields(own.edges).sort()).toEqual(['names', 'position', 'qualifications']);
    // PUBLIC receives displayName, position, expertise and languages (the default policy).
    const pub = await search({ text: 'kenanga' }, 'RELEVANCE', CALLERS.PUBLIC);
    expect(idsOf(pub.edges)).toEqual([ids.private]);
    expect(pub.edges[0].highlights).toEqual([
      { field: 'position', word: 'kenanga', matched: 'kenanga', kind: 'EXACT' },
    ]);
    // Her legal name weighs for OWN only.
    expect(scoreOf(own.edges, ids.private)).toBeGreaterThan(pub.edges[0].score!);
  });

  it.each(['NAME', 'UPDATED'])(
    'ordered by %s, a text search finds the same records, without scores but with what matched',
    async (orderBy) => {
      const ranked = await search({ text: 'succession planning' });
      const ordered = await search({ text: 'succession planning' }, orderBy);
      expect([...idsOf(ordered.edges)].sort()).toEqual([...idsOf(ranked.edges)].sort());
      expect(ordered.totalCount).toBe(ranked.totalCount);
      const highlightsOf = (edges: Edge[]) =>
        Object.fromEntries(edges.map((e) => [e.node.id, e.highlights]));
      expect(highlightsOf(ordered.edges)).toEqual(highlightsOf(ranked.edges));
      for (const e of ordered.edges) {
        expect(e.score).toBeNull();
        expect(e.highlights.length).toBeGreaterThan(0);
      }
    },
  );
});

describe('a write is reflected in the very next search', () => {
  it('through the mutation: a new surname is found with a typo', async () => {
    expect((await search({ text: 'wiratma' })).edges).toEqual([]);
    const record = await upsertThroughGraph(
      server,
      expert('R-NEW', 'Joko Wiratama', [{ area: 'merit-system', level: 2, years: 3 }]),
    );
    const { edges } = await search({ text: 'wiratma' });
    expect(idsOf(edges)).toEqual([record.id]);
    expect(edges[0].highlights).toContainEqual(
      expect.objectContaining({ word: 'wiratma', matched: 'wiratama', kind: 'TYPO' }),
    );
  });

  it('through another replica of the store on the same database', async () => {
    expect((await search({ text: 'sulistyowati' })).edges).toEqual([]);
    const replica = new ExpertStore(client.db(server.config.database), COUNTRY);
    const input = expert('R-REPLICA', 'Kartika Sulistyowati', [
      { area: 'merit-system', level: 2, years: 3 },
    ]);
    const { doc } = await replica.upsert({ ...input, consent: [] });
    // Two typos are allowed from 9 letters: "sulistyowatti" (one extra) and "sulistiowati".
    for (const text of ['sulistyowatti', 'sulistiowati'])
      expect(idsOf((await search({ text })).edges)).toEqual([`${COUNTRY}:${doc._id}`]);
  });

  it('through another replica: an update, a consent withdrawal and a removal, each in turn', async () => {
    const at = new Date(Date.now() - 60_000).toISOString();
    const CONSENT_FOR_ALL = (['MEMBER', 'SECRETARIAT', 'PUBLIC'] as const).map((audience) => ({
      audience,
      purpose: 'ANY' as const,
      granted: true,
      noticeVersion: 'v1',
      recordedAt: at,
    }));
    const replica = new ExpertStore(client.db(server.config.database), COUNTRY);
    const input = expert('R-FRESH', 'Rosnani Fresh', [{ area: PM, level: 3, years: 9 }]);
    const { doc } = await replica.upsert({ ...input, consent: CONSENT_FOR_ALL });
    const id = `${COUNTRY}:${doc._id}`;
    expect(idsOf((await search({ text: 'rosnani' })).edges)).toEqual([id]);

    // Renamed: the old name finds nobody, the new one finds her.
    await replica.upsert({
      ...input,
      names: [{ value: 'Rosnani Baharu', lang: 'ms', script: 'Latn' }],
      displayName: 'Rosnani Baharu',
      consent: CONSENT_FOR_ALL,
    });
    expect(idsOf((await search({ text: 'fresh ' })).edges)).toEqual([]);
    expect(idsOf((await search({ text: 'baharu' })).edges)).toEqual([id]);

    // She withdraws her consent to the secretariat: the secretariat no longer finds her.
    expect(
      idsOf((await search({ text: 'baharu' }, 'RELEVANCE', CALLERS.SECRETARIAT)).edges),
    ).toEqual([id]);
    await replica.addConsent(doc._id, [
      {
        audience: 'SECRETARIAT',
        purpose: 'ANY',
        granted: false,
        noticeVersion: 'v1',
        recordedAt: new Date().toISOString(),
      },
    ]);
    expect(
      idsOf((await search({ text: 'baharu' }, 'RELEVANCE', CALLERS.SECRETARIAT)).edges),
    ).toEqual([]);

    // Removed: nobody finds her, not even by a typo.
    await replica.remove(doc._id);
    for (const text of ['baharu', 'bahru'])
      expect(idsOf((await search({ text })).edges)).toEqual([]);
  });
});
