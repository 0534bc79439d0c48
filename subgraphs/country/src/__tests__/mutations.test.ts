/**
 * Writes: upsertExpert inserts, then updates by the agency reference (same id; updatedAt moves
 * only when the data changed), reports every validation problem at once; removeExpert;
 * setConsent (OWN refused; consent decides what other audiences see); stewards only.
 */
import { Caller } from '../caller';
import { CountryServer } from '../server';
import { ExpertInput, UPSERT, expertInput } from './helpers/records';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const COUNTRY = 'ID';
const SEEDED = 20;

let server: CountryServer;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'mutations', SEEDED);
});

afterAll(() => stopCountry(server));

const PUBLIC: Caller = {
  audience: 'PUBLIC',
  country: null,
  role: null,
  subject: 'dashboard',
  purpose: 'ANY',
};
const VIEWER: Caller = {
  audience: 'OWN',
  country: COUNTRY,
  role: 'viewer',
  subject: 'viewer-1',
  purpose: 'ANY',
};
const OTHER_STEWARD: Caller = {
  audience: 'MEMBER',
  country: 'MY',
  role: 'steward',
  subject: 'my-steward',
  purpose: 'ANY',
};

const EXPERT = /* GraphQL */ `
  query E($id: ID!) {
    expert(id: $id) {
      id
      country {
        code
      }
      names {
        value
        lang
        script
      }
      displayName
      position {
        title
        grade {
          scheme
          code
        }
        band
        agency
      }
      expertise {
        area {
          id
          label
        }
        level
        years
        escoUri
      }
      languages {
        tag
        cefr
      }
      availability {
        status
        onsite
        remote
        windows {
          from
          to
        }
      }
      contact {
        workEmail
      }
      qualifications {
        title
        institution
        year
      }
      engagements {
        title
        role
        year
        hostCountry
      }
      consent {
        audiences
        noticeVersion
        updatedAt
      }
      updatedAt
      withheldFields
    }
  }
`;
const REMOVE = 'mutation R($id: ID!) { removeExpert(id: $id) }';
const CONSENT = /* GraphQL */ `
  mutation C($id: ID!, $consent: [ConsentInput!]!) {
    setConsent(id: $id, consent: $consent) {
      id
      consent {
        audiences
        noticeVersion
        updatedAt
      }
    }
  }
`;

interface Upserted {
  upsertExpert: { id: string; displayName: string; updatedAt: string; position: { title: string } };
}

const upsert = (input: ExpertInput, caller?: Caller) =>
  run<Upserted>(server, UPSERT, { country: COUNTRY, input }, caller);
const upsertOk = (input: ExpertInput) =>
  ok<Upserted>(server, UPSERT, { country: COUNTRY, input }).then((d) => d.upsertExpert);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const FULL = expertInput('BKN-TEST-1', {
  names: [{ value: 'Siti Rahmawati', lang: 'id', script: 'Latn' }],
  displayName: 'Siti Rahmawati',
  position: {
    title: 'Direktur Pengembangan Kompetensi',
    grade: { scheme: 'JPT', code: 'Pratama' },
    band: 'EXECUTIVE',
    agency: 'Badan Kepegawaian Negara (BKN)',
  },
  expertise: [
    { area: 'competency-assessment', level: 4, years: 15 },
    { area: 'talent-management', level: 3, years: 9 },
  ],
  languages: [
    { tag: 'id', cefr: 'C2' },
    { tag: 'en', cefr: 'B2' },
  ],
  availability: {
    status: 'LIMITED',
    onsite: true,
    remote: false,
    windows: [
      { from: '2026-09-01', to: '2026-09-10' },
      { from: '2026-03-01', to: '2026-03-05' },
    ],
  },
  contact: { workEmail: 'siti.rahmawati@bkn.example' },
  qualifications: [
    { title: 'Master of Public Administration', institution: 'Universitas Indonesia', year: 2004 },
  ],
  engagements: [
    {
      title: 'ACCSM Workshop on Talent Management',
      role: 'TRAINER',
      year: 2024,
      hostCountry: 'MY',
    },
  ],
});

describe('upsertExpert', () => {
  let id: string;
  let firstUpdatedAt: string;

  it('inserts a new expert with a fresh id of this country', async () => {
    const before = await server.store.experts.countDocuments({});
    const created = await upsertOk(FULL);
    expect(created.id).toMatch(/^ID:[0-9a-z]{4,32}$/);
    expect(await server.store.experts.countDocuments({})).toBe(before + 1);
    id = created.id;
    firstUpdatedAt = created.updatedAt;

    const { expert } = await ok(server, EXPERT, { id });
    expect(expert).toEqual({
      id,
      country: { code: COUNTRY },
      names: FULL.names,
      displayName: 'Siti Rahmawati',
      position: FULL.position,
      expertise: [
        {
          area: { id: 'competency-assessment', label: 'Competency framework and assessment' },
          level: 4,
          years: 15,
          escoUri: null,
        },
        {
          area: { id: 'talent-management', label: 'Talent management' },
          level: 3,
          years: 9,
          escoUri: null,
        },
      ],
      languages: FULL.languages,
      // Windows come back in date order.
      availability: {
        status: 'LIMITED',
        onsite: true,
        remote: false,
        windows: [
          { from: '2026-03-01', to: '2026-03-05' },
          { from: '2026-09-01', to: '2026-09-10' },
        ],
      },
      contact: FULL.contact,
      qualifications: FULL.qualifications,
      engagements: FULL.engagements,
      consent: { audiences: [], noticeVersion: null, updatedAt: null },
      updatedAt: firstUpdatedAt,
      withheldFields: [],
    });
  });

  it('leaves an identical record alone: same id, same updatedAt, no new record', async () => {
    const before = await server.store.experts.countDocuments({});
    await pause(20);
    const again = await upsertOk(FULL);
    expect(again.id).toBe(id);
    expect(again.updatedAt).toBe(firstUpdatedAt);
    // Field order and spacing the validator trims away are not changes either.
    const reordered = await upsertOk({
      ...FULL,
      displayName: '  Siti Rahmawati ',
      availability: { ...FULL.availability, windows: [...FULL.availability.windows].reverse() },
    });
    expect(reordered.updatedAt).toBe(firstUpdatedAt);
    expect(await server.store.experts.countDocuments({})).toBe(before);
  });

  it('updates by ref: same id, newer updatedAt, new data searchable and old data gone', async () => {
    await pause(20);
    const updated = await upsertOk({
      ...FULL,
      position: { ...FULL.position, title: 'Direktur Perencanaan Suksesi' },
    });
    expect(updated.id).toBe(id);
    expect(updated.position.title).toBe('Direktur Perencanaan Suksesi');
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(firstUpdatedAt));

    const search = async (text: string) =>
      (
        await ok(
          server,
          'query S($text: String) { experts(filter: { text: $text }) { edges { node { id } } } }',
          { text },
        )
      ).experts.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await search('suksesi')).toEqual([id]);
    expect(await search('kompetensi')).not.toContain(id);
    expect((await ok(server, EXPERT, { id })).expert.updatedAt).toBe(updated.updatedAt);
  });

  it('lists every validation problem of the input at once', async () => {
    const bad: ExpertInput = {
      ...FULL,
      ref: 'BKN-BAD',
      names: [{ value: 'X', lang: 'indonesian!', script: 'latin' }],
      expertise: [
        { area: 'astrology', level: 2, years: 1 },
        {
          area: 'talent-management',
          level: 7 as ExpertInput['expertise'][number]['level'],
          years: 3,
        }, // out of range on purpose
        { area: 'talent-management', level: 2, years: 3 },
      ],
      availability: {
        ...FULL.availability,
        windows: [
          { from: '2026-05-10', to: '2026-05-01' },
          { from: '2026-02-30', to: '2026-03-01' },
        ],
      },
      contact: { workEmail: 'not-an-email' },
    };
    const before = await server.store.experts.countDocuments({});
    const result = await upsert(bad);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    const problems = result.errors![0].extensions!.problems as string[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^names\[0\]\.lang: /),
        expect.stringMatching(/^names\[0\]\.script: /),
        expect.stringMatching(
          /^expertise\[0\]\.area: "astrology" is not in the ACCSM expertise vocabulary/,
        ),
        expect.stringMatching(/^expertise\[1\]\.level: must be a whole number from 1 to 4/),
        expect.stringMatching(/^expertise\[2\]\.area: "talent-management" is listed twice/),
        expect.stringMatching(/^availability\.windows\[0\]: from must not be after to/),
        expect.stringMatching(/^availability\.windows\[1\]\.from: is not a real calendar date/),
        expect.stringMatching(/^contact\.workEmail: must be an e-mail address/),
      ]),
    );
    expect(problems).toHaveLength(8);
    for (const p of problems) expect(result.errors![0].message).toContain(p);
    expect(await server.store.experts.countDocuments({})).toBe(before);
  });

  it('is for stewards of this country only', async () => {
    for (const caller of [VIEWER, PUBLIC, OTHER_STEWARD]) {
      const result = await upsert({ ...FULL, ref: 'BKN-FORBIDDEN' }, caller);
      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(codesOf(await run(server, REMOVE, { id }, caller))).toEqual(['FORBIDDEN']);
    }
    expect(await server.store.experts.countDocuments({ ref: 'BKN-FORBIDDEN' })).toBe(0);
    expect((await ok(server, EXPERT, { id })).expert).not.toBeNull();
  });
});

describe('setConsent', () => {
  let id: string;

  beforeAll(async () => {
    id = (await upsertOk(expertInput('BKN-CONSENT', { displayName: 'Consent Subject' }))).id;
  });

  const visibleTo = async (caller: Caller) =>
    (await ok(server, 'query E($id: ID!) { expert(id: $id) { id } }', { id }, caller)).expert !==
    null;

  it('refuses audience OWN', async () => {
    const result = await run(server, CONSENT, {
      id,
      consent: [{ audience: 'OWN', granted: true, noticeVersion: '2025-01' }],
    });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toMatch(/OWN needs no consent/);
  });

  it('refuses an empty list and an unknown expert', async () => {
    expect(codesOf(await run(server, CONSENT, { id, consent: [] }))).toEqual(['BAD_USER_INPUT']);
    const missing = await run(server, CONSENT, {
      id: 'ID:zzzz9999',
      consent: [{ audience: 'PUBLIC', granted: true, noticeVersion: 'v1' }],
    });
    expect(codesOf(missing)).toEqual(['NOT_FOUND']);
  });

  it('a grant makes the expert visible to that audience, a later withdrawal hides it again', async () => {
    expect(await visibleTo(PUBLIC)).toBe(false);
    const granted = await ok(server, CONSENT, {
      id,
      consent: [{ audience: 'PUBLIC', granted: true, noticeVersion: '2025-01' }],
    });
    expect(granted.setConsent.consent.audiences).toEqual(['PUBLIC']);
    expect(granted.setConsent.consent.noticeVersion).toBe('2025-01');
    expect(await visibleTo(PUBLIC)).toBe(true);

    // A data update through upsertExpert keeps the consent given.
    await upsertOk(expertInput('BKN-CONSENT', { displayName: 'Consent Subject Renamed' }));
    expect(await visibleTo(PUBLIC)).toBe(true);

    await pause(5);
    const withdrawn = await ok(server, CONSENT, {
      id,
      consent: [{ audience: 'PUBLIC', granted: false, noticeVersion: '2025-01' }],
    });
    expect(withdrawn.setConsent.consent.audiences).toEqual([]);
    expect(await visibleTo(PUBLIC)).toBe(false);
    expect(await visibleTo(VIEWER)).toBe(true);
  });
});

describe('removeExpert', () => {
  it('removes once: true, then the expert is gone, then false', async () => {
    const { id } = await upsertOk(expertInput('BKN-REMOVE', { displayName: 'To Be Removed' }));
    expect((await ok(server, REMOVE, { id })).removeExpert).toBe(true);
    expect((await ok(server, EXPERT, { id })).expert).toBeNull();
    expect((await ok(server, REMOVE, { id })).removeExpert).toBe(false);
    // The ref is free again: a new insert gets a new id.
    const again = await upsertOk(expertInput('BKN-REMOVE', { displayName: 'To Be Removed' }));
    expect(again.id).not.toBe(id);
  });
});
