/**
 * Writes and purposes at a country subgraph reached directly over HTTP (docs/ARCHITECTURE.md
 * §6): only the country's own steward writes, whatever the token; the token's purpose decides
 * which consents count (x-purpose may only narrow it), and a withdrawal counts from the next
 * request.
 */
import { Listening } from '@expertpool/shared';
import { RELEASABLE_FIELDS } from '../policy/release-policy';
import { CountryServer } from '../server';
import { COUNTRY, LIST } from './helpers/governance';
import { CONSENT, FULL, REMOVE } from './helpers/mutations';
import { UPSERT } from './helpers/records';
import { stopCountry } from './helpers/server';
import {
  OTHER,
  tokenFor,
  OWN_STEWARD,
  OWN_VIEWER,
  MEMBER_STEWARD,
  SECRETARIAT,
  bearer,
  idsOf,
  sorted,
  listAt,
  postTo,
  startTokenFixture,
} from './helpers/token-fixture';

jest.setTimeout(120_000);

let server: CountryServer;
let listening: Listening;
let none: string;
let memberOnly: string;
let everyone: string;
let directoryOnly: string;

beforeAll(async () => {
  ({ server, listening, none, memberOnly, everyone, directoryOnly } =
    await startTokenFixture('tokens_writes'));
});

afterAll(() => stopCountry(server));

const post = (
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) => postTo(listening.url, query, variables, headers);
const listAs = (headers: Record<string, string>) => listAt(listening.url, headers);

describe("only the country's own steward writes", () => {
  const mutations: [string, string, () => Record<string, unknown>][] = [
    [
      'upsertExpert (an existing ref)',
      UPSERT,
      () => ({ country: COUNTRY, input: { ...FULL, ref: 'TK-ALL', displayName: 'Overwritten' } }),
    ],
    [
      'upsertExpert (a new ref)',
      UPSERT,
      () => ({ country: COUNTRY, input: { ...FULL, ref: 'TK-NEW' } }),
    ],
    ['removeExpert', REMOVE, () => ({ id: everyone })],
    [
      'setConsent',
      CONSENT,
      () => ({ id: none, consent: [{ audience: 'PUBLIC', granted: true, noticeVersion: 'x' }] }),
    ],
    [
      'setReleasePolicy',
      `mutation P($country: CountryCode!, $policy: ReleasePolicyInput!) { setReleasePolicy(country: $country, policy: $policy) { isDefault } }`,
      () => ({
        country: COUNTRY,
        policy: {
          audiences: ['MEMBER', 'SECRETARIAT', 'PUBLIC'].map((audience) => ({
            audience,
            fields: [...RELEASABLE_FIELDS],
          })),
        },
      }),
    ],
  ];
  const callers: [string, Promise<Record<string, string>>][] = [
    ['a MEMBER steward', MEMBER_STEWARD.then(bearer)],
    ['a viewer of the country', OWN_VIEWER.then(bearer)],
    ['the secretariat', SECRETARIAT.then(bearer)],
    ['no token (PUBLIC)', Promise.resolve({})],
  ];

  /** Everything the mutations could change, as the country's steward reads it. */
  async function state() {
    const list = await listAs(bearer(await OWN_STEWARD));
    const policy = await post(
      'query { releasePolicy(country: ' +
        COUNTRY +
        ') { isDefault audiences { audience released } } }',
      {},
      bearer(await OWN_STEWARD),
    );
    expect(policy.body.errors).toBeUndefined();
    return { list, policy: policy.body.data };
  }

  it.each(callers)(
    '%s gets FORBIDDEN on every mutation, and nothing changes',
    async (_name, signing) => {
      const headers = await signing;
      const before = await state();
      for (const [mutation, query, variables] of mutations) {
        const { status, body } = await post(query, variables(), headers);
        expect({
          mutation,
          status,
          codes: body.errors?.map((e) => e.extensions?.code),
          data: body.data,
        }).toEqual({
          mutation,
          status: 200,
          codes: ['FORBIDDEN'],
          data: null,
        });
      }
      expect(await state()).toEqual(before);
    },
  );

  it.each(callers)(
    '%s may not read the release policy or the audit log either',
    async (_name, signing) => {
      const headers = await signing;
      const policy = await post(
        `query { releasePolicy(country: ${COUNTRY}) { isDefault } }`,
        {},
        headers,
      );
      const audit = await post(
        `query { auditLog(country: ${COUNTRY}) { totalCount } }`,
        {},
        headers,
      );
      expect(policy.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(audit.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    },
  );

  it('the steward of the country may write, over HTTP', async () => {
    const { body } = await post(
      UPSERT,
      { country: COUNTRY, input: { ...FULL, ref: 'TK-STEWARD' } },
      bearer(await OWN_STEWARD),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.upsertExpert.id).toMatch(new RegExp(`^${COUNTRY}:`));
    const removed = await post(
      REMOVE,
      { id: body.data.upsertExpert.id },
      bearer(await OWN_STEWARD),
    );
    expect(removed.body).toEqual({ data: { removeExpert: true } });
  });
});

describe('x-purpose', () => {
  it('an unknown purpose is 400 BAD_USER_INPUT, with no data', async () => {
    const { status, body } = await post(LIST, {}, { 'x-purpose': 'MARKETING' });
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringContaining('Unknown purpose "MARKETING" in x-purpose'),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it("a purpose contradicting the token's is 400 BAD_USER_INPUT", async () => {
    const token = tokenFor('steward', OTHER, 'my-researcher', 'RESEARCH');
    const { status, body } = await post(
      LIST,
      {},
      { ...bearer(await token), 'x-purpose': 'DIRECTORY' },
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: "x-purpose DIRECTORY contradicts the token's purpose RESEARCH.",
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    // Repeating the token's purpose is fine.
    expect((await post(LIST, {}, { ...bearer(await token), 'x-purpose': 'research' })).status).toBe(
      200,
    );
  });

  it('a header cannot add a purpose: without a token, or with a token that names none', async () => {
    for (const headers of [{}, bearer(await MEMBER_STEWARD)]) {
      const { status, body } = await post(LIST, {}, { ...headers, 'x-purpose': 'DIRECTORY' });
      expect(status).toBe(400);
      expect(body).toEqual({
        errors: [
          {
            message: expect.stringContaining(
              'x-purpose DIRECTORY is not granted: the ' +
                ('authorization' in headers
                  ? 'token has no purpose claim'
                  : 'request carries no token'),
            ),
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    }
    // "No purpose" said again is accepted.
    expect((await post(LIST, {}, { 'x-purpose': 'ANY' })).status).toBe(200);
  });

  it("the token's purpose decides; a token granting ANY lets the header choose one", async () => {
    // visibilityFor: a non-OWN caller with a purpose sees consent for (audience, ANY) or
    // (audience, its purpose), unless that purpose was withdrawn.
    const directoryToken = await tokenFor('steward', OTHER, 'my-directory', 'DIRECTORY');
    const anyToken = await tokenFor('steward', OTHER, 'my-any', 'ANY');
    expect(idsOf(await listAs(bearer(directoryToken)))).toEqual(
      sorted(memberOnly, everyone, directoryOnly),
    );
    expect(idsOf(await listAs({ ...bearer(anyToken), 'x-purpose': 'directory' }))).toEqual(
      sorted(memberOnly, everyone, directoryOnly),
    );
    expect(idsOf(await listAs({ ...bearer(anyToken), 'x-purpose': 'RESEARCH' }))).toEqual(
      sorted(memberOnly, everyone),
    );
    // Without a purpose: only consents for ANY purpose.
    expect(idsOf(await listAs(bearer(anyToken)))).toEqual(sorted(memberOnly, everyone));
    expect(idsOf(await listAs(bearer(await MEMBER_STEWARD)))).toEqual(sorted(memberOnly, everyone));
    // The public has no token, so no purpose: a public consent for DIRECTORY only shows nobody.
    expect(idsOf(await listAs({}))).toEqual([everyone]);
    // OWN sees everything whatever the purpose.
    expect(idsOf(await listAs(bearer(await OWN_STEWARD)))).toHaveLength(5);
  });

  it('withdrawing the consent for a purpose hides the expert from that purpose on the next request', async () => {
    const withdraw = await post(
      CONSENT,
      {
        id: directoryOnly,
        consent: [
          { audience: 'MEMBER', purpose: 'DIRECTORY', granted: false, noticeVersion: 'dir-2' },
        ],
      },
      bearer(await OWN_STEWARD),
    );
    expect(withdraw.body.errors).toBeUndefined();
    const directoryViewer = await tokenFor('viewer', OTHER, 'my-viewer', 'DIRECTORY');
    expect(idsOf(await listAs(bearer(directoryViewer)))).toEqual(sorted(memberOnly, everyone));
    const anyToken = await tokenFor('viewer', OTHER, 'my-any', 'ANY');
    expect(idsOf(await listAs({ ...bearer(anyToken), 'x-purpose': 'DIRECTORY' }))).toEqual(
      sorted(memberOnly, everyone),
    );
  });
});
