/**
 * The audit log (docs/ARCHITECTURE.md §6): one entry per operation that released expert data to
 * a non-OWN caller, none for OWN reads; stewards of the country read it newest first, by date
 * range.
 */
import { AUDIT_FAILED_MESSAGE } from '../audit/audit-plugin';
import { Caller } from '../caller';
import { MAX_AUDIT_RETENTION_DAYS } from '../policy/audit-retention';
import { CountryServer } from '../server';
import { AuditEntry } from '../store/audit-store';
import {
  COUNTRY,
  ENTITIES,
  FACETS,
  MEMBER_VIEWER,
  ONE,
  OTHER_STEWARD,
  PUBLIC,
  SECRETARIAT,
  STEWARD,
  consentedExpert,
} from './helpers/governance';
import { VIEWER } from './helpers/mutations';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;
let a: string;
let b: string;
let hidden: string;

const entries = () => server.audit.entries.find({}).sort({ _id: 1 }).toArray();
/** The entries appended while `fn` ran. */
async function appendedBy(fn: () => Promise<unknown>): Promise<AuditEntry[]> {
  const before = new Set((await entries()).map((e) => e._id));
  await fn();
  return (await entries()).filter((e) => !before.has(e._id));
}

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'audit', 0);
  a = await consentedExpert(server, 'AUD-A');
  b = await consentedExpert(server, 'AUD-B');
  hidden = await consentedExpert(server, 'AUD-H', []);
});

afterAll(() => stopCountry(server));

describe('entries', () => {
  it('one entry for a cross-border lookup, with the ids and the fields released', async () => {
    const added = await appendedBy(() => ok(server, ONE, { id: a }, OTHER_STEWARD));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      subject: 'my-steward',
      callerCountry: 'MY',
      role: 'steward',
      audience: 'MEMBER',
      purpose: 'ANY',
      operation: 'One',
      expertIds: [a],
      // Requested: every field; released under the default MEMBER policy: all but contact, updatedAt.
      fields: [
        'availability',
        'consent',
        'displayName',
        'engagements',
        'expertise',
        'languages',
        'names',
        'position',
        'qualifications',
      ],
    });
    expect(added[0].at).toBeInstanceOf(Date);
  });

  it('one entry for a search releasing several experts; fields are those asked and released', async () => {
    const query =
      'query Search { experts(first: 10) { edges { node { id displayName contact { workEmail } } } } }';
    const added = await appendedBy(() => ok(server, query, {}, PUBLIC));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      audience: 'PUBLIC',
      operation: 'Search',
      expertIds: [a, b].sort(),
      fields: ['displayName'],
    });
  });

  it('names an unnamed operation by its root fields; records the purpose', async () => {
    const added = await appendedBy(() =>
      ok(
        server,
        `{ expert(id: "${b}") { id position { title } } experts(first: 1) { totalCount } }`,
        {},
        SECRETARIAT,
      ),
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      operation: 'expert,experts',
      purpose: 'RESEARCH',
      expertIds: [b],
      fields: ['position'],
    });
  });

  it('_entities are audited too', async () => {
    const added = await appendedBy(() =>
      ok(server, ENTITIES, { reps: [{ __typename: 'Expert', id: a }] }, MEMBER_VIEWER),
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      operation: 'Ent',
      callerCountry: 'TH',
      role: 'viewer',
      expertIds: [a],
    });
  });

  it('no entry for OWN reads, for facets, or when nothing was released', async () => {
    const added = await appendedBy(async () => {
      await ok(server, ONE, { id: a }, VIEWER);
      await ok(server, ONE, { id: a }, STEWARD);
      await ok(server, FACETS, {}, PUBLIC);
      expect((await ok(server, ONE, { id: hidden }, PUBLIC)).expert).toBeNull();
      await ok(server, 'query { experts(first: 5) { totalCount } }', {}, OTHER_STEWARD);
    });
    expect(added).toEqual([]);
  });

  it('a failed write is logged and fails closed: the caller gets an error, not the data', async () => {
    const append = jest.spyOn(server.audit, 'append').mockRejectedValueOnce(new Error('disk full'));
    const logged = jest.spyOn(server.logger!, 'error');
    try {
      const refused = await run(server, ONE, { id: a }, PUBLIC);
      expect(refused.data).toBeUndefined();
      expect(refused.errors).toEqual([
        { message: AUDIT_FAILED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(JSON.stringify(refused)).not.toContain(a);
      expect(append).toHaveBeenCalledTimes(1);
      expect(logged).toHaveBeenCalledTimes(1);
      const [fields, message] = logged.mock.calls[0] as unknown as [{ err: Error }, string];
      expect(message).toMatch(/AUDIT WRITE FAILED.*PUBLIC.*operation One.*experts ID:/);
      expect(fields.err).toEqual(new Error('disk full'));
    } finally {
      append.mockRestore();
      logged.mockRestore();
    }
  });

  it('no mutation can change or remove entries; setAuditRetention only sets how long all are kept', async () => {
    const { __type } = await ok(server, '{ __type(name: "Mutation") { fields { name } } }');
    // The expert's rights (§6.8) append WRITE entries and touch none.
    expect(__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'completeErasure',
      'confirmExpert',
      'confirmMyRecord',
      'decideChangeRequest',
      'removeExpert',
      'requestCorrection',
      'requestErasure',
      'setAreaSynonyms',
      'setAuditRetention',
      'setConsent',
      'setMyConsent',
      'setReleasePolicy',
      'updateMyRecord',
      'upsertExpert',
    ]);
  });
});

describe('auditLog', () => {
  const LOG = /* GraphQL */ `
    query Log($country: CountryCode!, $from: String, $to: String, $first: Int, $after: String) {
      auditLog(country: $country, from: $from, to: $to, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            at
            subject
            callerCountry
            role
            audience
            purpose
            operation
            expertIds
            fields
          }
        }
      }
    }
  `;
  const DAYS = 25;

  beforeAll(async () => {
    await server.audit.entries.deleteMany({});
    // Entries of January 2025 are past the default retention (400 days): kept for the longest
    // period, or MongoDB's TTL monitor could delete them while the test reads them.
    await server.retention.set(MAX_AUDIT_RETENTION_DAYS, 'test');
    // Two entries at the same millisecond on day 10: the keyset must keep them apart.
    for (let day = 1; day <= DAYS; day++) {
      for (let copy = 0; copy < (day === 10 ? 2 : 1); copy++) {
        await server.audit.append({
          at: new Date(Date.UTC(2025, 0, day, 12)),
          subject: `s${day}-${copy}`,
          callerCountry: 'MY',
          role: 'viewer',
          audience: 'MEMBER',
          purpose: 'ANY',
          operation: 'Op',
          expertIds: [a],
          fields: ['displayName'],
        });
      }
    }
  });

  const walk = async (variables: Record<string, unknown>) => {
    const subjects: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const { auditLog }: any = await ok(
        server,
        LOG,
        { country: COUNTRY, ...variables, after },
        STEWARD,
      );
      subjects.push(...auditLog.edges.map((e: any) => e.node.subject));
      totals.push(auditLog.totalCount);
      if (!auditLog.pageInfo.hasNextPage) return { subjects, totals, pages: pages + 1 };
      after = auditLog.pageInfo.endCursor;
    }
    throw new Error('no end');
  };

  it('walks every entry once, newest first, with a stable totalCount', async () => {
    const { subjects, totals, pages } = await walk({ first: 7 });
    expect(subjects).toHaveLength(DAYS + 1);
    expect(new Set(subjects).size).toBe(DAYS + 1);
    expect(subjects[0]).toBe('s25-0');
    expect(subjects[subjects.length - 1]).toBe('s1-0');
    expect(pages).toBe(4);
    expect(new Set(totals)).toEqual(new Set([DAYS + 1]));
    const first = await ok(server, LOG, { country: COUNTRY, first: 1 }, STEWARD);
    expect(first.auditLog.edges[0].node).toEqual({
      at: '2025-01-25T12:00:00.000Z',
      subject: 's25-0',
      callerCountry: 'MY',
      role: 'viewer',
      audience: 'MEMBER',
      purpose: 'ANY',
      operation: 'Op',
      expertIds: [a],
      fields: ['displayName'],
    });
  });

  it('filters by date: from inclusive, a bare-date to includes that whole day', async () => {
    const { subjects, totals } = await walk({ from: '2025-01-09', to: '2025-01-11', first: 2 });
    expect(subjects).toHaveLength(4);
    expect(subjects[0]).toBe('s11-0');
    expect(subjects[3]).toBe('s9-0');
    // The two entries of the same millisecond: both, in either order.
    expect(subjects.slice(1, 3).sort()).toEqual(['s10-0', 's10-1']);
    expect(totals[0]).toBe(4);
    const instant = await ok(
      server,
      LOG,
      { country: COUNTRY, from: '2025-01-20T12:00:00Z', to: '2025-01-20T12:00:00.000Z' },
      STEWARD,
    );
    expect(instant.auditLog.edges.map((e: any) => e.node.subject)).toEqual(['s20-0']);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const variables of [
      { first: 101 },
      { first: -1 },
      { from: 'yesterday' },
      { from: '2025-02-01', to: '2025-01-01' },
      { after: 'bm9wZQ' },
    ]) {
      expect(codesOf(await run(server, LOG, { country: COUNTRY, ...variables }, STEWARD))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
  });

  it.each<[string, Caller]>([
    ['an OWN viewer', VIEWER],
    ['another country’s steward', OTHER_STEWARD],
    ['the secretariat', SECRETARIAT],
    ['the public', PUBLIC],
  ])('%s gets FORBIDDEN', async (_, caller) => {
    expect(codesOf(await run(server, LOG, { country: COUNTRY }, caller))).toEqual(['FORBIDDEN']);
  });

  it('a steward asking for another country gets FORBIDDEN', async () => {
    expect(codesOf(await run(server, LOG, { country: 'MY' }, STEWARD))).toEqual(['FORBIDDEN']);
  });
});
