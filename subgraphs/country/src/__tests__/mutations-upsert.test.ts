/**
 * upsertExpert writes: inserts, then updates by the agency reference (same id; updatedAt moves
 * only when the data changed), and reports every validation problem of an input at once.
 */
import { CountryServer } from '../server';
import { storedCount } from './helpers/stored';
import { ExpertInput } from './helpers/records';
import { COUNTRY, EXPERT, FULL, SEEDED, pause, upsertOkOn, upsertOn } from './helpers/mutations';
import { codesOf, ok, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'mutations_upsert', SEEDED);
});

afterAll(() => stopCountry(server));

const upsert = (input: ExpertInput) => upsertOn(server, input);
const upsertOk = (input: ExpertInput) => upsertOkOn(server, input);

describe('upsertExpert', () => {
  let id: string;
  let firstUpdatedAt: string;

  it('inserts a new expert with a fresh id of this country', async () => {
    const before = await storedCount(server.store);
    const created = await upsertOk(FULL);
    expect(created.id).toMatch(/^ID:[0-9a-z]{4,32}$/);
    expect(await storedCount(server.store)).toBe(before + 1);
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
    const before = await storedCount(server.store);
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
    expect(await storedCount(server.store)).toBe(before);
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
    const before = await storedCount(server.store);
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
    expect(await storedCount(server.store)).toBe(before);
  });
});
