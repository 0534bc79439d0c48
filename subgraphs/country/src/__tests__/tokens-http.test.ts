/**
 * Tokens at a country subgraph reached directly over HTTP (zero trust,
 * docs/adr/0004-tokens-verified-twice.md): whoever can reach the service meets the same rules as
 * through the gateway. A refused token gets 401 and nothing else; no token is PUBLIC; the token's
 * country and role decide the audience (OWN, MEMBER, SECRETARIAT), which decides the experts
 * (consent) and fields (release policy) that leave.
 */
import { Listening } from '@expertpool/shared';
import {
  DEFAULT_RELEASE_POLICY,
  RELEASABLE_FIELDS,
  withheldFields,
} from '../policy/release-policy';
import { CountryServer } from '../server';
import { COUNTRY, LIST, ONE } from './helpers/governance';
import { CONSENT, FULL, REMOVE } from './helpers/mutations';
import { UPSERT } from './helpers/records';
import { TEST_JWT_SECRET, ok, stopCountry } from './helpers/server';
import {
  OTHER,
  OWN_STEWARD,
  OWN_VIEWER,
  MEMBER_STEWARD,
  SECRETARIAT,
  REFUSED,
  bearer,
  idsOf,
  sorted,
  expectReleasedTo,
  listAt,
  postTo,
  startTokenFixture,
  tokenFor,
} from './helpers/token-fixture';

jest.setTimeout(120_000);

let server: CountryServer;
let listening: Listening;
let none: string;
let memberOnly: string;
let secretariatOnly: string;
let everyone: string;
let directoryOnly: string;

beforeAll(async () => {
  ({ server, listening, none, memberOnly, secretariatOnly, everyone, directoryOnly } =
    await startTokenFixture('tokens_http'));
});

afterAll(() => stopCountry(server));

const post = (
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) => postTo(listening.url, query, variables, headers);
const listAs = (headers: Record<string, string>) => listAt(listening.url, headers);

describe('refused tokens: 401, a Bearer challenge, and nothing else', () => {
  it.each(REFUSED)('%s', async (_name, authorization, reason) => {
    const { status, headers, body, text } = await post(
      LIST,
      {},
      { authorization: await authorization },
    );
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer');
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Invalid token: /),
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(body.errors?.[0].message).toMatch(reason);
    // Not one expert's data, not even ids, and not the secret the verifier holds.
    for (const ref of ['TK-ALL', 'TK-NONE', COUNTRY + ':']) expect(text).not.toContain(ref);
    expect(text).not.toContain(TEST_JWT_SECRET);
  });

  it('a refused token changes nothing: a forged steward of this country cannot write', async () => {
    const before = await ok(server, ONE, { id: everyone });
    const forged = await REFUSED[0][1];
    const attempts = [
      post(
        UPSERT,
        { country: COUNTRY, input: { ...FULL, ref: 'TK-ALL', displayName: 'Forged' } },
        { authorization: forged },
      ),
      post(REMOVE, { id: everyone }, { authorization: forged }),
      post(
        CONSENT,
        { id: everyone, consent: [{ audience: 'PUBLIC', granted: false, noticeVersion: 'x' }] },
        { authorization: forged },
      ),
    ];
    for (const { status } of await Promise.all(attempts)) expect(status).toBe(401);
    expect(await ok(server, ONE, { id: everyone })).toEqual(before);
  });
});

describe('accepted callers, by audience', () => {
  it('no token is PUBLIC: only experts consenting to PUBLIC, withheld fields null and listed', async () => {
    const list = await listAs({});
    expect(idsOf(list)).toEqual([everyone]);
    expect(list.totalCount).toBe(1);
    expectReleasedTo(list, 'PUBLIC');
    // The default PUBLIC release: a name, a position, expertise and languages; no contact.
    expect(list.edges[0].node).toMatchObject({
      displayName: 'Shown TK-ALL',
      contact: null,
      names: null,
    });
    const single = await post(ONE, { id: none }, {});
    expect(single.body).toEqual({ data: { expert: null } });
  });

  it('a steward of the country is OWN: every expert, consent or not, and every field', async () => {
    const list = await listAs(bearer(await OWN_STEWARD));
    expect(idsOf(list)).toEqual(sorted(none, memberOnly, secretariatOnly, everyone, directoryOnly));
    for (const { node } of list.edges) {
      expect(node.withheldFields).toEqual([]);
      for (const field of RELEASABLE_FIELDS) expect(node[field]).not.toBeNull();
    }
    const own = list.edges.find((e) => e.node.id === none)!.node;
    expect(own.contact).toEqual({ workEmail: 'tk-none@private.example' });
  });

  it('a viewer of the country reads as OWN too', async () => {
    const viewer = await listAs(bearer(await OWN_VIEWER));
    const steward = await listAs(bearer(await OWN_STEWARD));
    expect(viewer).toEqual(steward);
  });

  it("another member state's steward is MEMBER: MEMBER consents only, the MEMBER release", async () => {
    const list = await listAs(bearer(await MEMBER_STEWARD));
    expect(idsOf(list)).toEqual(sorted(memberOnly, everyone));
    expectReleasedTo(list, 'MEMBER');
    expect(withheldFields(DEFAULT_RELEASE_POLICY, 'MEMBER')).toContain('contact');
  });

  it('the secretariat is SECRETARIAT: SECRETARIAT consents only, the SECRETARIAT release', async () => {
    const list = await listAs(bearer(await SECRETARIAT));
    expect(idsOf(list)).toEqual(sorted(secretariatOnly, everyone));
    expectReleasedTo(list, 'SECRETARIAT');
  });

  const lastAuditEntry = async () => {
    const { body } = await post(
      `query A($country: CountryCode!) { auditLog(country: $country, first: 1) { totalCount edges { node { subject callerCountry role audience purpose operation expertIds } } } }`,
      { country: COUNTRY },
      bearer(await OWN_STEWARD),
    );
    expect(body.errors).toBeUndefined();
    return { total: body.data.auditLog.totalCount, entry: body.data.auditLog.edges[0]?.node };
  };

  it("the audit log records the verified token's subject, country, role and purpose for a MEMBER release", async () => {
    const read = await post(
      ONE,
      { id: everyone },
      bearer(await tokenFor('steward', OTHER, 'my-steward', 'RESEARCH')),
    );
    expect(read.body.data.expert.id).toBe(everyone);
    expect((await lastAuditEntry()).entry).toEqual({
      subject: 'my-steward',
      callerCountry: OTHER,
      role: 'steward',
      audience: 'MEMBER',
      purpose: 'RESEARCH',
      operation: 'One',
      expertIds: [everyone],
    });
  });

  it('the audit records the purpose a token granting ANY chose with x-purpose, and never one the token does not grant', async () => {
    const anyToken = await tokenFor('viewer', OTHER, 'my-any', 'ANY');
    await post(ONE, { id: everyone }, { ...bearer(anyToken), 'x-purpose': 'directory' });
    expect((await lastAuditEntry()).entry).toMatchObject({
      subject: 'my-any',
      purpose: 'DIRECTORY',
    });
    // Finding 5 of issue 9: a self-declared purpose. Refused, so nothing is released or logged.
    const before = await lastAuditEntry();
    const declared = await post(
      ONE,
      { id: everyone },
      { ...bearer(await MEMBER_STEWARD), 'x-purpose': 'RESEARCH' },
    );
    expect(declared.status).toBe(400);
    expect(declared.body.data).toBeUndefined();
    expect(await lastAuditEntry()).toEqual(before);
    // Without a header the token's own (absent) purpose is recorded: ANY, none in particular.
    await post(ONE, { id: everyone }, bearer(await MEMBER_STEWARD));
    expect((await lastAuditEntry()).entry).toMatchObject({ subject: 'my-steward', purpose: 'ANY' });
  });
});
