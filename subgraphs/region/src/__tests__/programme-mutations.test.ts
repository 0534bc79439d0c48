import { RegionServer } from '../server';
import {
  Result,
  caller,
  codesOf,
  dropDatabase,
  run,
  runAs,
  startRegion,
  uniqueDatabase,
} from './harness';

const database = uniqueDatabase('programme_mutations');
let server: RegionServer;

beforeAll(async () => {
  server = await startRegion(database);
});

afterAll(async () => {
  await dropDatabase(database);
  await server?.stop();
});

const SECRETARIAT = caller('secretariat', 'sec-alice', null, 'accsm-idp');
const OTHER_SECRETARIAT = caller('secretariat', 'sec-bob', null, 'accsm-idp');
const STEWARD = caller('steward', 'my-steward', 'MY');
const VIEWER = caller('viewer', 'th-viewer', 'TH');

const NEED = {
  competencies: [
    { area: 'succession-planning', minLevel: 3 },
    { area: 'talent-management', minLevel: 2 },
  ],
  languages: [{ tag: 'en', minCefr: 'B2' }],
  from: '2026-09-01',
  to: '2026-09-30',
  mode: 'ONSITE',
  includeCountries: ['MY', 'SG', 'TH'],
  excludeCountries: null,
};

const INPUT = {
  title: 'Regional workshop on succession planning',
  kind: 'WORKSHOP',
  host: 'MY',
  startDate: '2026-09-14',
  endDate: '2026-09-16',
  workPlan: 'ACCSM Work Plan 2026–2030',
  competencies: ['succession-planning', 'talent-management'],
  description: 'Three days on succession planning for senior posts.',
  need: NEED,
};

const PROGRAMME = `id title kind host { code } startDate endDate workPlan description
  competencies { id } status cancelledAt cancelReason version
  engagements { role expertId topic }
  need { competencies { area minLevel } languages { tag minCefr } from to mode includeCountries excludeCountries }`;
const CHANGES = 'changes { at by { subject issuer } action version fields summary }';

const CREATE = `mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { ${PROGRAMME} } }`;
const UPDATE = `mutation ($id: ID!, $input: ProgrammePatch!, $v: Int) {
  updateProgramme(id: $id, input: $input, expectedVersion: $v) { ${PROGRAMME} } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelProgramme(id: $id, reason: $reason) { ${PROGRAMME} } }`;
const ADD = `mutation ($p: ID!, $e: ID!, $role: EngagementRole!, $topic: String) {
  addEngagement(programmeId: $p, expertId: $e, role: $role, topic: $topic) { ${PROGRAMME} } }`;
const REMOVE = `mutation ($p: ID!, $e: ID!, $role: EngagementRole!) {
  removeEngagement(programmeId: $p, expertId: $e, role: $role) { ${PROGRAMME} } }`;
const READ = `query ($id: ID!) { programme(id: $id) { ${PROGRAMME} ${CHANGES} } }`;

function ok(result: Result): Record<string, any> {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function create(input: Record<string, unknown> = INPUT): Promise<Record<string, any>> {
  return ok(await runAs(server, SECRETARIAT, CREATE, { input })).createProgramme;
}

async function read(id: string): Promise<Record<string, any>> {
  return ok(await runAs(server, SECRETARIAT, READ, { id })).programme;
}

/** The one error of a refused operation. */
function refusal(result: Result) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0];
}

describe('programme management by the secretariat', () => {
  it('creates a programme with its need, and records who created it and when', async () => {
    const before = Date.now();
    const created = await create();
    expect(created.id).toMatch(/^2026-regional-workshop-on-succession-planning-[0-9a-z]{6}$/);
    expect(created).toMatchObject({
      title: INPUT.title,
      kind: 'WORKSHOP',
      host: { code: 'MY' },
      startDate: '2026-09-14',
      endDate: '2026-09-16',
      competencies: [{ id: 'succession-planning' }, { id: 'talent-management' }],
      status: 'ACTIVE',
      cancelledAt: null,
      version: 1,
      engagements: [],
      need: NEED,
    });
    const stored = await read(created.id);
    expect(stored.changes).toEqual([
      {
        at: expect.any(String),
        by: { subject: 'sec-alice', issuer: 'accsm-idp' },
        action: 'CREATED',
        version: 1,
        fields: expect.arrayContaining(['title', 'need', 'competencies']),
        summary: `created "${INPUT.title}" (WORKSHOP, MY, 2026-09-14 to 2026-09-16)`,
      },
    ]);
    const at = Date.parse(stored.changes[0].at);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('updates only the fields a patch gives, clears those given as null, and records the change', async () => {
    const { id } = await create();
    const updated = ok(
      await runAs(server, OTHER_SECRETARIAT, UPDATE, {
        id,
        input: {
          title: 'Succession planning for senior posts',
          description: null,
          endDate: '2026-09-17',
        },
      }),
    ).updateProgramme;
    expect(updated).toMatchObject({
      title: 'Succession planning for senior posts',
      description: null,
      endDate: '2026-09-17',
      startDate: '2026-09-14',
      workPlan: INPUT.workPlan,
      need: NEED,
      version: 2,
    });
    const [latest] = (await read(id)).changes;
    expect(latest).toMatchObject({
      by: { subject: 'sec-bob', issuer: 'accsm-idp' },
      action: 'UPDATED',
      version: 2,
      fields: ['title', 'endDate', 'description'],
    });
    expect(latest.summary).toBe(
      'title: "Regional workshop on succession planning" → "Succession planning for senior posts"; endDate: "2026-09-16" → "2026-09-17"; description removed',
    );

    // A patch that changes nothing writes nothing.
    const same = ok(await runAs(server, SECRETARIAT, UPDATE, { id, input: { host: 'MY' } }));
    expect(same.updateProgramme.version).toBe(2);
    expect((await read(id)).changes).toHaveLength(2);
  });

  it('updates a seeded programme stored before versions existed', async () => {
    const id = 'demo-2026-succession-planning';
    const updated = ok(
      await runAs(server, SECRETARIAT, UPDATE, {
        id,
        input: { need: { ...NEED, mode: 'REMOTE' } },
      }),
    ).updateProgramme;
    expect(updated).toMatchObject({ version: 1, need: { mode: 'REMOTE' } });
    expect(updated.engagements.length).toBeGreaterThan(0);
    expect((await read(id)).changes[0]).toMatchObject({ fields: ['need'], summary: 'need set' });
  });

  it('refuses an update based on a stale version with CONFLICT, changing nothing', async () => {
    const { id } = await create();
    ok(await runAs(server, SECRETARIAT, UPDATE, { id, input: { kind: 'SEMINAR' }, v: 1 }));
    const stale = await runAs(server, SECRETARIAT, UPDATE, {
      id,
      input: { kind: 'TRAINING' },
      v: 1,
    });
    expect(refusal(stale).extensions).toMatchObject({ code: 'CONFLICT', version: 2 });
    expect(refusal(stale).message).toMatch(/at version 2, not 1/);
    expect((await read(id)).kind).toBe('SEMINAR');
  });

  it('cancels a programme: it stays readable, leaves the default list, and changes no more', async () => {
    const { id } = await create();
    const cancelled = ok(
      await runAs(server, SECRETARIAT, CANCEL, { id, reason: '  Host withdrew  ' }),
    ).cancelProgramme;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Host withdrew',
      version: 2,
    });
    expect(Date.parse(cancelled.cancelledAt)).not.toBeNaN();
    expect((await read(id)).changes[0]).toMatchObject({
      action: 'CANCELLED',
      summary: 'cancelled: Host withdrew',
    });

    const listed = async (extra: string) =>
      ok(await run(server, `{ programmes(first: 100${extra}) { id status } }`)).programmes.map(
        (p: { id: string }) => p.id,
      );
    expect(await listed('')).not.toContain(id);
    expect(await listed(', includeCancelled: true')).toContain(id);
    expect(ok(await run(server, READ.replace(CHANGES, ''), { id })).programme.status).toBe(
      'CANCELLED',
    );

    for (const [query, variables] of [
      [UPDATE, { id, input: { title: 'Revived' } }],
      [CANCEL, { id, reason: 'again' }],
      [ADD, { p: id, e: 'MY:abcd1234', role: 'TRAINER' }],
    ] as const)
      expect(codesOf(await runAs(server, SECRETARIAT, query, variables))).toEqual(['CONFLICT']);
    expect((await read(id)).version).toBe(2);
  });

  it('answers NOT_FOUND for a programme that does not exist', async () => {
    for (const [query, variables] of [
      [UPDATE, { id: 'no-such-programme', input: { title: 'Anything' } }],
      [CANCEL, { id: 'no-such-programme', reason: 'gone' }],
      [ADD, { p: 'no-such-programme', e: 'MY:abcd1234', role: 'TRAINER' }],
      [REMOVE, { p: 'no-such-programme', e: 'MY:abcd1234', role: 'TRAINER' }],
    ] as const)
      expect(codesOf(await runAs(server, SECRETARIAT, query, variables))).toEqual(['NOT_FOUND']);
  });
});

describe('who may manage programmes', () => {
  let id: string;
  beforeAll(async () => {
    id = (await create()).id;
  });

  const operations = () =>
    [
      ['createProgramme', CREATE, { input: INPUT }],
      ['updateProgramme', UPDATE, { id, input: { title: 'Taken over' } }],
      ['cancelProgramme', CANCEL, { id, reason: 'no' }],
      ['addEngagement', ADD, { p: id, e: 'MY:abcd1234', role: 'TRAINER' }],
      ['removeEngagement', REMOVE, { p: id, e: 'MY:abcd1234', role: 'TRAINER' }],
    ] as const;

  it.each([
    ['a member-state steward', STEWARD, 'FORBIDDEN'],
    ['a member-state viewer', VIEWER, 'FORBIDDEN'],
    ['a caller without a token', undefined, 'UNAUTHENTICATED'],
  ])('refuses %s every mutation and changes nothing', async (_label, identity, code) => {
    const countBefore = await server.store.count();
    for (const [name, query, variables] of operations()) {
      const result = await runAs(server, identity, query, variables);
      expect([name, codesOf(result)]).toEqual([name, [code]]);
      expect(result.data ?? null).toBeNull();
    }
    expect(await server.store.count()).toBe(countBefore);
    const stored = await read(id);
    expect(stored).toMatchObject({ title: INPUT.title, status: 'ACTIVE', version: 1 });
  });

  it('lets every caller read programmes but only the secretariat read who changed them', async () => {
    for (const [identity, code] of [
      [STEWARD, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const plain = await runAs(server, identity, READ.replace(CHANGES, ''), { id });
      expect(ok(plain).programme.title).toBe(INPUT.title);
      expect(codesOf(await runAs(server, identity, READ, { id }))).toEqual([code]);
    }
  });
});

describe('programme input validation', () => {
  /** The fields an error names (extensions.problems), each with its message. */
  async function problems(input: Record<string, unknown>, query = CREATE, extra = {}) {
    const result = await runAs(server, SECRETARIAT, query, { input, ...extra });
    const error = refusal(result);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const list = error.extensions?.problems as { field: string; message: string }[];
    for (const p of list) expect(error.message).toContain(p.field);
    expect(error.extensions?.field).toBe(list[0].field);
    return list.map((p) => p.field);
  }

  it.each([
    ['a title too short', { title: 'AB' }, ['input.title']],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, ['input.title']],
    ['a title with a line break', { title: 'Two\nlines' }, ['input.title']],
    ['a date that does not exist', { startDate: '2026-02-30' }, ['input.startDate']],
    ['a date in another format', { endDate: '16/09/2026' }, ['input.endDate']],
    ['a start after the end', { startDate: '2026-10-01' }, ['input.startDate']],
    ['no competencies', { competencies: [] }, ['input.competencies']],
    ['an unknown competency', { competencies: ['astrology'] }, ['input.competencies[0]']],
    [
      'a competency named twice',
      { competencies: ['merit-system', 'merit-system'] },
      ['input.competencies[1]'],
    ],
    ['an empty work plan', { workPlan: '   ' }, ['input.workPlan']],
    [
      'a description over 4000 characters',
      { description: 'x'.repeat(4001) },
      ['input.description'],
    ],
    [
      'a need with an unknown area',
      { need: { ...NEED, competencies: [{ area: 'astrology', minLevel: 2 }] } },
      ['input.need.competencies[0].area'],
    ],
    [
      'a need with a level outside 1-4',
      { need: { ...NEED, competencies: [{ area: 'merit-system', minLevel: 5 }] } },
      ['input.need.competencies[0].minLevel'],
    ],
    [
      'a need with a bad language tag',
      { need: { ...NEED, languages: [{ tag: 'english!', minCefr: 'B2' }] } },
      ['input.need.languages[0].tag'],
    ],
    [
      'a need whose window is not dates',
      { need: { ...NEED, from: 'September' } },
      ['input.need.from'],
    ],
    [
      'a need whose window ends before it starts',
      { need: { ...NEED, from: '2026-10-01' } },
      ['input.need.from'],
    ],
    [
      'a need including and excluding a country',
      { need: { ...NEED, excludeCountries: ['SG'] } },
      ['input.need.excludeCountries[0]'],
    ],
    [
      'a need without competencies',
      { need: { ...NEED, competencies: [] } },
      ['input.need.competencies'],
    ],
    [
      'a need naming an area twice',
      {
        need: {
          ...NEED,
          competencies: [
            { area: 'merit-system', minLevel: 2 },
            { area: 'merit-system', minLevel: 3 },
          ],
        },
      },
      ['input.need.competencies[1].area'],
    ],
    [
      'a need naming a language twice',
      {
        need: {
          ...NEED,
          languages: [
            { tag: 'en', minCefr: 'B2' },
            { tag: 'EN', minCefr: 'C1' },
          ],
        },
      },
      ['input.need.languages[1].tag'],
    ],
    [
      'a need naming a country twice',
      { need: { ...NEED, includeCountries: ['MY', 'MY'] } },
      ['input.need.includeCountries[1]'],
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_label, change, fields) => {
    const countBefore = await server.store.count();
    expect(await problems({ ...INPUT, ...change })).toEqual(fields);
    expect(await server.store.count()).toBe(countBefore);
  });

  it('names every problem of one input at once', async () => {
    expect(
      await problems({
        ...INPUT,
        title: '',
        competencies: ['astrology'],
        need: { ...NEED, to: '2026-13-01', competencies: [{ area: 'x', minLevel: 0 }] },
      }),
    ).toEqual([
      'input.title',
      'input.competencies[0]',
      'input.need.competencies[0].area',
      'input.need.competencies[0].minLevel',
      'input.need.to',
    ]);
  });

  it('checks a patch against the programme as it would be', async () => {
    const { id } = await create();
    // Alone each date is fine; against the stored end date this start is not.
    expect(await problems({ startDate: '2026-12-01' }, UPDATE, { id })).toEqual([
      'input.startDate',
    ]);
    expect(await problems({ title: null, need: null }, UPDATE, { id })).toEqual(['input.title']);
    expect((await read(id)).version).toBe(1);
  });

  it('refuses an unknown host or kind before any resolver runs', async () => {
    for (const change of [{ host: 'XX' }, { kind: 'PARTY' }]) {
      const result = await runAs(server, SECRETARIAT, CREATE, { input: { ...INPUT, ...change } });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('engagements', () => {
  let id: string;
  beforeAll(async () => {
    id = (await create()).id;
  });

  it('adds, refuses duplicates with CONFLICT, and removes', async () => {
    const add = (e: string, role: string, topic?: string) =>
      runAs(server, SECRETARIAT, ADD, { p: id, e, role, topic });
    const first = ok(await add('MY:abcd1234', 'TRAINER', 'Succession pipelines')).addEngagement;
    expect(first.engagements).toEqual([
      { expertId: 'MY:abcd1234', role: 'TRAINER', topic: 'Succession pipelines' },
    ]);
    expect(codesOf(await add('MY:abcd1234', 'TRAINER'))).toEqual(['CONFLICT']);
    // The same expert in another role is another engagement.
    const second = ok(await add('MY:abcd1234', 'SPEAKER')).addEngagement;
    expect(second.engagements.map((e: { role: string }) => e.role)).toEqual(['TRAINER', 'SPEAKER']);

    const removed = ok(
      await runAs(server, SECRETARIAT, REMOVE, { p: id, e: 'MY:abcd1234', role: 'TRAINER' }),
    ).removeEngagement;
    expect(removed.engagements).toEqual([
      { expertId: 'MY:abcd1234', role: 'SPEAKER', topic: null },
    ]);
    const again = await runAs(server, SECRETARIAT, REMOVE, {
      p: id,
      e: 'MY:abcd1234',
      role: 'TRAINER',
    });
    expect(codesOf(again)).toEqual(['NOT_FOUND']);

    expect((await read(id)).changes.slice(0, 3)).toMatchObject([
      { action: 'ENGAGEMENT_REMOVED', summary: 'MY:abcd1234 no longer engaged as TRAINER' },
      { action: 'ENGAGEMENT_ADDED', summary: 'MY:abcd1234 engaged as SPEAKER' },
      {
        action: 'ENGAGEMENT_ADDED',
        summary: 'MY:abcd1234 engaged as TRAINER ("Succession pipelines")',
        by: { subject: 'sec-alice', issuer: 'accsm-idp' },
      },
    ]);
  });

  it.each([
    ['a malformed id', 'abcd1234'],
    ['an id of an unknown country', 'XX:abcd1234'],
    ['an id of an ACCSM+3 partner, which holds no experts here', 'KR:abcd1234'],
    ['an opaque part with capitals', 'MY:ABCD1234'],
  ])('refuses %s with BAD_USER_INPUT naming expertId', async (_label, expertId) => {
    const result = await runAs(server, SECRETARIAT, ADD, { p: id, e: expertId, role: 'TRAINER' });
    expect(refusal(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'expertId',
    });
  });
});

describe('concurrent changes', () => {
  it('loses nothing when two updates of different fields run at once', async () => {
    const { id } = await create();
    const [a, b] = await Promise.all([
      runAs(server, SECRETARIAT, UPDATE, { id, input: { title: 'Retitled by Alice' } }),
      runAs(server, OTHER_SECRETARIAT, UPDATE, { id, input: { workPlan: 'Moved by Bob' } }),
    ]);
    ok(a);
    ok(b);
    const stored = await read(id);
    expect(stored).toMatchObject({
      title: 'Retitled by Alice',
      workPlan: 'Moved by Bob',
      version: 3,
    });
    expect(stored.changes.map((c: { version: number }) => c.version)).toEqual([3, 2, 1]);
    expect(new Set(stored.changes.map((c: any) => c.by.subject))).toEqual(
      new Set(['sec-alice', 'sec-bob']),
    );
  });

  it('keeps every engagement added at once, and refuses only the duplicate', async () => {
    const { id } = await create();
    const experts = ['MY:aaaa0001', 'SG:aaaa0002', 'TH:aaaa0003', 'VN:aaaa0004', 'ID:aaaa0005'];
    const results = await Promise.all(
      [...experts, experts[0]].map((e) =>
        runAs(server, SECRETARIAT, ADD, { p: id, e, role: 'TRAINER' }),
      ),
    );
    expect(results.flatMap(codesOf)).toEqual(['CONFLICT']);
    const stored = await read(id);
    expect(stored.engagements.map((e: { expertId: string }) => e.expertId).sort()).toEqual(
      [...experts].sort(),
    );
    expect(stored.version).toBe(1 + experts.length);
    expect(stored.changes).toHaveLength(1 + experts.length);
  });
});

describe('two replicas of the region on one database', () => {
  let replica: RegionServer;
  beforeAll(async () => {
    replica = await startRegion(database, { SEED_PROGRAMMES: 'false' });
  });
  afterAll(async () => {
    await replica?.stop();
  });

  it('lose no change when both write one programme at once', async () => {
    const { id } = await create();
    const writes = ['MY:bbbb0001', 'SG:bbbb0002', 'TH:bbbb0003', 'PH:bbbb0004'].flatMap((e, i) => [
      runAs(i % 2 ? server : replica, SECRETARIAT, ADD, { p: id, e, role: 'SPEAKER' }),
      runAs(i % 2 ? replica : server, OTHER_SECRETARIAT, UPDATE, {
        id,
        input: { description: `Revision ${i}` },
      }),
    ]);
    for (const result of await Promise.all(writes)) ok(result);
    const stored = await read(id);
    expect(stored.engagements).toHaveLength(4);
    expect(stored.version).toBe(9);
    expect(stored.changes.map((c: { version: number }) => c.version)).toEqual([
      9, 8, 7, 6, 5, 4, 3, 2, 1,
    ]);
  });
});

describe("a programme's need", () => {
  it('is accepted back as a TrainingNeedInput as it is returned', async () => {
    const { id, need } = await create({
      ...INPUT,
      need: {
        ...NEED,
        languages: [{ tag: 'zh-hant', minCefr: 'C1' }],
        excludeCountries: ['KH'],
        includeCountries: null,
      },
    });
    // Stored in canonical form, so what comes back is what validates.
    expect(need).toEqual({
      ...NEED,
      languages: [{ tag: 'zh-Hant', minCefr: 'C1' }],
      includeCountries: null,
      excludeCountries: ['KH'],
    });
    const again = ok(await runAs(server, SECRETARIAT, UPDATE, { id, input: { need } }));
    expect(again.updateProgramme).toMatchObject({ need, version: 1 });
    const other = await create({ ...INPUT, need });
    expect(other.need).toEqual(need);
  });
});
