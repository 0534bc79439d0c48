/**
 * `npm run programme` against a real region subgraph listening on a free port, over HTTP with
 * real tokens, as an operator would run it (only the files it reads are in memory).
 */
import { Listening, UsageError, signDevToken } from '@expertpool/shared';
import { RegionServer } from '../../server';
import { dropDatabase, startRegion, uniqueDatabase } from '../../__tests__/harness';
import { DEFAULT_URL, parseProgrammeArgs, runProgrammeCli } from '../programme-cli';

const database = uniqueDatabase('programme_cli');
let server: RegionServer;
let listening: Listening;
let secretariat: string;
let steward: string;

beforeAll(async () => {
  server = await startRegion(database);
  listening = await server.listen(0);
  const { auth } = server.config;
  if (auth.kind !== 'hs256') throw new Error('the region harness is expected to use JWT_SECRET');
  secretariat = await signDevToken({ sub: 'sec-carol', role: 'secretariat' }, auth.secret, 600);
  steward = await signDevToken(
    { sub: 'my-steward', role: 'steward', country: 'MY' },
    auth.secret,
    600,
  );
});

afterAll(async () => {
  await server?.stop();
  await dropDatabase(database);
});

const NEED = {
  competencies: [{ area: 'digital-government', minLevel: 3 }],
  languages: [{ tag: 'en', minCefr: 'B2' }],
  from: '2027-02-01',
  to: '2027-02-28',
  mode: 'REMOTE',
};
const files: Record<string, string> = {
  'programme.json': JSON.stringify({
    title: 'Online course on digital government',
    kind: 'TRAINING',
    host: 'SG',
    startDate: '2027-02-08',
    endDate: '2027-02-12',
    competencies: ['digital-government'],
    need: NEED,
  }),
  'patch.json': JSON.stringify({
    title: 'Digital government for senior officials',
    workPlan: null,
  }),
  'bad.json': JSON.stringify({
    title: 'x',
    kind: 'TRAINING',
    host: 'SG',
    startDate: '2027-02-08',
    endDate: '2027-02-01',
    competencies: ['astrology'],
  }),
  'broken.json': '{ "title": ',
};
const read = async (path: string) => {
  if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
  return files[path];
};

/** Runs the CLI against the test server with the secretariat's token in EXPERTPOOL_TOKEN. */
const cli = (argv: string[], env: NodeJS.ProcessEnv = { EXPERTPOOL_TOKEN: secretariat }) =>
  runProgrammeCli(['--url', listening.url, ...argv], env, read);

async function succeeded(argv: string[]) {
  const result = await cli(argv);
  expect(result).toMatchObject({ exitCode: 0, stderr: '' });
  return result.stdout;
}

describe('programme CLI', () => {
  it('creates, updates, engages, disengages and cancels, and shows who did it', async () => {
    const created = JSON.parse(await succeeded(['create', '--file', 'programme.json']));
    expect(created).toMatchObject({
      title: 'Online course on digital government',
      version: 1,
      need: NEED,
    });
    const { id } = created;

    const updated = JSON.parse(
      await succeeded(['update', id, '--file', 'patch.json', '--expected-version', '1']),
    );
    expect(updated).toMatchObject({ title: 'Digital government for senior officials', version: 2 });

    const engaged = JSON.parse(
      await succeeded([
        'engage',
        id,
        '--expert',
        'SG:abcd1234',
        '--role',
        'trainer',
        '--topic',
        'Data sharing',
      ]),
    );
    expect(engaged.engagements).toEqual([
      { role: 'TRAINER', expertId: 'SG:abcd1234', topic: 'Data sharing' },
    ]);
    const disengaged = JSON.parse(
      await succeeded(['disengage', id, '--expert', 'SG:abcd1234', '--role', 'TRAINER']),
    );
    expect(disengaged.engagements).toEqual([]);

    const cancelled = JSON.parse(
      await succeeded(['cancel', id, '--reason', 'Merged with another course']),
    );
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Merged with another course',
    });

    const shown = JSON.parse(await succeeded(['show', id, '--changes']));
    expect(shown.changes.map((c: { action: string }) => c.action)).toEqual([
      'CANCELLED',
      'ENGAGEMENT_REMOVED',
      'ENGAGEMENT_ADDED',
      'UPDATED',
      'CREATED',
    ]);
    for (const change of shown.changes)
      expect(change.by).toEqual({ subject: 'sec-carol', issuer: 'expertpool-dev' });

    // The listing leaves the cancelled programme out unless asked.
    expect(await succeeded(['list', '--host', 'SG'])).not.toContain(id);
    const lines = (await succeeded(['list', '--host', 'SG', '--include-cancelled'])).split('\n');
    expect(lines).toContain(
      `${id}  2027-02-08..2027-02-12  SG  TRAINING  CANCELLED  Digital government for senior officials`,
    );
  });

  it('lists and shows without a token; a steward or no token may not change anything (exit 2)', async () => {
    const countBefore = await server.store.count();
    const list = await cli(['list', '--first', '3'], {});
    expect(list.exitCode).toBe(0);
    expect(list.stdout.split('\n')).toHaveLength(3);

    expect(await cli(['create', '--file', 'programme.json'], {})).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'programme: UNAUTHENTICATED: To create a programme, send a secretariat token (Authorization: Bearer ...).',
    });
    const refused = await cli(['create', '--file', 'programme.json', '--token', steward], {});
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(
      /^programme: FORBIDDEN: Only the ACCSM secretariat may create a programme/,
    );
    expect(await server.store.count()).toBe(countBefore);
  });

  it('prints every problem of a refused input under its field (exit 2)', async () => {
    const result = await cli(['create', '--file', 'bad.json']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'programme: BAD_USER_INPUT: 3 problems:',
      '  input.title: must be 3 to 200 characters (got 1)',
      '  input.competencies[0]: unknown competency "astrology": use an id from expertiseAreas',
      '  input.startDate: the programme would start (2027-02-08) after it ends (2027-02-01)',
    ]);
    const missing = await cli(['show', 'no-such-programme']);
    expect(missing).toMatchObject({
      exitCode: 2,
      stderr: 'programme: NOT_FOUND: No programme has id "no-such-programme".',
    });
  });

  it('says when the endpoint does not answer (exit 3)', async () => {
    const result = await runProgrammeCli(['list', '--url', 'http://127.0.0.1:9/graphql'], {}, read);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(
      /^programme: cannot reach http:\/\/127\.0\.0\.1:9\/graphql\b.*--url/,
    );
  });

  it('refuses bad command lines and files before sending anything', async () => {
    expect(parseProgrammeArgs(['list'], {})).toMatchObject({
      name: 'list',
      endpoint: { url: DEFAULT_URL },
    });
    expect(parseProgrammeArgs(['show', 'p1'], { EXPERTPOOL_TOKEN: 't' })).toMatchObject({
      id: 'p1',
      endpoint: { token: 't' },
    });
    expect(parseProgrammeArgs(['--help'], {})).toBe('help');
    for (const [argv, message] of [
      [[], /give a command/],
      [['launch'], /unknown command "launch"/],
      [['constructor'], /unknown command "constructor"/],
      [['show'], /show needs a programme id/],
      [['list', 'extra'], /unexpected argument "extra" for list/],
      [['cancel', 'p1', '--file', 'x.json'], /--file does not go with cancel/],
      [['list', '--url', 'ftp://x'], /--url: "ftp:\/\/x" is not an http\(s\) URL/],
      [['list', '--hots', 'MY'], /unknown option "--hots"/],
    ] as const)
      expect(() => parseProgrammeArgs(argv, {})).toThrow(message);
    for (const [argv, message] of [
      [['create'], /create needs --file FILE/],
      [['create', '--file', 'nowhere.json'], /--file: cannot read nowhere\.json/],
      [['create', '--file', 'broken.json'], /--file: broken\.json is not JSON/],
      [
        ['engage', 'p1', '--expert', 'MY:abcd1234', '--role', 'CHEF'],
        /--role: "CHEF" is not one of/,
      ],
      [['cancel', 'p1'], /cancel needs --reason TEXT/],
      [['list', '--first', '500'], /--first must be a whole number from 0 to 100/],
    ] as const) {
      const attempt = cli([...argv]);
      await expect(attempt).rejects.toThrow(UsageError);
      await expect(attempt).rejects.toThrow(message);
    }
  });
});
