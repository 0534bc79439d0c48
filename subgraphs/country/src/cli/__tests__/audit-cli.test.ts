/**
 * `npm run audit -- export` (issue 9, What to build 8): a data-protection officer keeps the
 * entries they must beyond the retention period, as JSON Lines or CSV, for a date range.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { AuditStore, NewAuditEntry } from '../../store/audit-store';
import { databaseName, dropDatabase, mongoUri } from '../../__tests__/helpers/server';
import { UsageError } from '../args';
import { AuditExportCommand, parseAuditArgs, runAuditExport } from '../audit-cli';

let client: MongoClient;
let audit: AuditStore;
let folder: string;
const database = databaseName('audit_cli');

const entry = (at: string, overrides: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  at: new Date(at),
  subject: 'th-viewer',
  callerCountry: 'TH',
  role: 'viewer',
  audience: 'MEMBER',
  purpose: 'TRAINER_SEARCH',
  operation: 'Search',
  expertIds: ['MY:a', 'MY:b'],
  fields: ['displayName', 'position'],
  ...overrides,
});

beforeAll(async () => {
  await dropDatabase(database);
  client = await MongoClient.connect(mongoUri());
  audit = new AuditStore(client.db(database));
  folder = await mkdtemp(join(tmpdir(), 'audit-cli-'));
  // Appended out of order: the export is by time all the same.
  await audit.append(entry('2026-03-02T08:00:00Z', { subject: 'second' }));
  await audit.append(entry('2026-03-01T23:59:59.999Z', { subject: 'first' }));
  await audit.append(
    entry('2026-03-03T10:00:00Z', {
      subject: null,
      callerCountry: null,
      role: null,
      audience: 'PUBLIC',
      purpose: 'ANY',
      // A caller names the operation: a comma, quotes and a formula must stay inert text.
      operation: '=HYPERLINK("http://x","a,b")',
      expertIds: ['MY:c'],
      fields: ['displayName'],
    }),
  );
  await audit.append(entry('2026-04-01T00:00:00Z', { subject: 'april' }));
});

afterAll(async () => {
  await client.db(database).dropDatabase();
  await client.close();
  await rm(folder, { recursive: true, force: true });
});

async function exported(command: Omit<AuditExportCommand, 'out'>, name: string) {
  const out = join(folder, name);
  const count = await runAuditExport({ ...command, out }, audit);
  return { count, text: await readFile(out, 'utf8') };
}

describe('audit CLI', () => {
  it('parses its arguments with the shared parser', () => {
    expect(
      parseAuditArgs([
        'export',
        '--country',
        'my',
        '--from',
        '2026-03-01',
        '--to',
        '2026-03-31',
        '--out',
        'march.csv',
      ]),
    ).toEqual({
      country: 'MY',
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
      format: 'csv',
      out: 'march.csv',
    });
    expect(parseAuditArgs(['export', '--country', 'MY'])).toEqual({
      country: 'MY',
      from: undefined,
      to: undefined,
      format: 'jsonl',
      out: undefined,
    });
    expect(parseAuditArgs(['--help'])).toBe('help');
    expect(() => parseAuditArgs(['--country', 'MY'])).toThrow('name the command');
    expect(() => parseAuditArgs(['purge', '--country', 'MY'])).toThrow(
      'unknown command "purge"; the command is export',
    );
    expect(() => parseAuditArgs(['export'])).toThrow(UsageError);
    expect(() => parseAuditArgs(['export', '--country', 'MY', '--format', 'xml'])).toThrow(
      '--format: "xml" is not one of jsonl, csv',
    );
    expect(() => parseAuditArgs(['export', '--country', 'MY', '--from', 'March'])).toThrow(
      '--from must be an ISO date (YYYY-MM-DD) or date-time with a zone (got "March")',
    );
    expect(() =>
      parseAuditArgs(['export', '--country', 'MY', '--from', '2026-03-02', '--to', '2026-03-01']),
    ).toThrow('--from must be before to');
    expect(() => parseAuditArgs(['export', '--country', 'MY', '--since', 'x'])).toThrow(
      /unknown option "--since"/,
    );
  });

  it('JSON Lines: one entry per line, oldest first, with its id, within the range', async () => {
    const { count, text } = await exported(
      {
        country: 'MY',
        from: new Date('2026-03-01T00:00:00Z'),
        to: new Date('2026-04-01T00:00:00Z'),
        format: 'jsonl',
      },
      'march.jsonl',
    );
    expect(count).toBe(3);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    const rows = lines.map((line) => JSON.parse(line));
    expect(rows.map((r) => r.subject)).toEqual(['first', 'second', null]);
    expect(rows[0]).toEqual({
      id: expect.stringMatching(/^2026-03-01T23:59:59\.999Z_[0-9a-f]{12}$/),
      at: '2026-03-01T23:59:59.999Z',
      subject: 'first',
      callerCountry: 'TH',
      role: 'viewer',
      audience: 'MEMBER',
      purpose: 'TRAINER_SEARCH',
      operation: 'Search',
      expertIds: ['MY:a', 'MY:b'],
      fields: ['displayName', 'position'],
      requestId: null,
      kind: 'RELEASE',
    });
  });

  it('CSV: a header row, RFC 4180 quoting, lists joined by ";", formulas made inert', async () => {
    const { count, text } = await exported(
      { country: 'MY', from: new Date('2026-03-02T00:00:00Z'), format: 'csv' },
      'from-2-march.csv',
    );
    expect(count).toBe(3);
    const rows = text.split('\r\n');
    expect(rows.pop()).toBe('');
    expect(rows[0]).toBe(
      'id,at,subject,callerCountry,role,audience,purpose,operation,expertIds,fields,requestId,kind',
    );
    expect(rows[1]).toMatch(
      /^2026-03-02T08:00:00\.000Z_[0-9a-f]{12},2026-03-02T08:00:00\.000Z,second,TH,viewer,MEMBER,TRAINER_SEARCH,Search,MY:a;MY:b,displayName;position,,RELEASE$/,
    );
    expect(rows[2]).toMatch(
      /^[^,]+,2026-03-03T10:00:00\.000Z,,,,PUBLIC,ANY,"'=HYPERLINK\(""http:\/\/x"",""a,b""\)",MY:c,displayName,,RELEASE$/,
    );
    expect(rows[3]).toContain(',april,');
  });

  it('an empty range writes an empty file (CSV: the header only)', async () => {
    const range = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-02-01T00:00:00Z') };
    expect(await exported({ country: 'MY', ...range, format: 'jsonl' }, 'none.jsonl')).toEqual({
      count: 0,
      text: '',
    });
    expect(await exported({ country: 'MY', ...range, format: 'csv' }, 'none.csv')).toEqual({
      count: 0,
      text: 'id,at,subject,callerCountry,role,audience,purpose,operation,expertIds,fields,requestId,kind\r\n',
    });
  });
});
