/**
 * The audit log's audience filter (the steward console, docs/ARCHITECTURE.md §6.6, §10.5): only
 * the releases to one audience, with the date range and paging as without it, and a totalCount
 * of what the filter keeps.
 */
import { Audience } from '@expertpool/shared';
import { MAX_AUDIT_RETENTION_DAYS } from '../policy/audit-retention';
import { CountryServer } from '../server';
import { COUNTRY, ONE, PUBLIC, SECRETARIAT, STEWARD, consentedExpert } from './helpers/governance';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

let server: CountryServer;
let id: string;

const LOG = /* GraphQL */ `
  query Log(
    $country: CountryCode!
    $audience: Audience
    $from: String
    $to: String
    $first: Int
    $after: String
  ) {
    auditLog(
      country: $country
      audience: $audience
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          subject
          audience
        }
      }
    }
  }
`;

const AUDIENCE_OF_DAY: Audience[] = ['MEMBER', 'SECRETARIAT', 'PUBLIC'];

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'audit_audience', 0);
  id = await consentedExpert(server, 'AA-1');
  await server.retention.set(MAX_AUDIT_RETENTION_DAYS, 'test');
  for (let day = 1; day <= 12; day++) {
    await server.audit.append({
      at: new Date(Date.UTC(2025, 2, day, 9)),
      subject: `d${day}`,
      callerCountry: null,
      role: null,
      audience: AUDIENCE_OF_DAY[day % 3],
      purpose: 'ANY',
      operation: 'Op',
      expertIds: [id],
      fields: ['displayName'],
    });
  }
});

afterAll(() => stopCountry(server));

async function walk(variables: Record<string, unknown>) {
  const rows: { subject: string; audience: string }[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const { auditLog }: any = await ok(
      server,
      LOG,
      { country: COUNTRY, first: 2, ...variables, after },
      STEWARD,
    );
    rows.push(...auditLog.edges.map((e: any) => e.node));
    totals.add(auditLog.totalCount);
    if (!auditLog.pageInfo.hasNextPage) return { rows, totals: [...totals] };
    after = auditLog.pageInfo.endCursor;
  }
  throw new Error('no end');
}

it('keeps only the releases to the audience asked, newest first, across pages', async () => {
  const { rows, totals } = await walk({ audience: 'SECRETARIAT' });
  expect(rows.map((r) => r.subject)).toEqual(['d10', 'd7', 'd4', 'd1']);
  expect(new Set(rows.map((r) => r.audience))).toEqual(new Set(['SECRETARIAT']));
  expect(totals).toEqual([4]);
});

it('combines with the date range', async () => {
  const { rows, totals } = await walk({ audience: 'PUBLIC', from: '2025-03-03', to: '2025-03-09' });
  expect(rows.map((r) => r.subject)).toEqual(['d8', 'd5']);
  expect(totals).toEqual([2]);
});

it('without it every audience is listed', async () => {
  const { rows } = await walk({ from: '2025-03-01', to: '2025-03-12' });
  expect(rows).toHaveLength(12);
});

it('finds the entries real releases appended, by their audience', async () => {
  await ok(server, ONE, { id }, PUBLIC);
  await ok(server, ONE, { id }, SECRETARIAT);
  const today = new Date().toISOString().slice(0, 10);
  const pub = await walk({ audience: 'PUBLIC', from: today });
  expect(pub.rows).toEqual([{ subject: 'dashboard', audience: 'PUBLIC' }]);
  const none = await walk({ audience: 'MEMBER', from: today });
  expect(none.rows).toEqual([]);
});

it('refuses an audience that is not one', async () => {
  expect(
    codesOf(await run(server, LOG, { country: COUNTRY, audience: 'EVERYONE' }, STEWARD)),
  ).toEqual(['BAD_USER_INPUT']);
});
