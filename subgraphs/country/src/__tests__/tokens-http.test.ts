/**
 * Tokens at a country subgraph reached directly over HTTP (DESIGN §6, zero trust): whoever can
 * reach the service meets the same rules as through the gateway. A refused token gets 401 and
 * nothing else; no token is PUBLIC; the token's country and role decide the audience (OWN,
 * MEMBER, SECRETARIAT), which decides the experts (consent) and fields (release policy) that
 * leave; only the country's own steward writes; x-purpose narrows to the consent for that purpose.
 */
import { DEV_ISSUER, Purpose, signDevToken, signHs256 } from '@expertpool/shared';
import { Listening } from '@expertpool/shared';
import {
  DEFAULT_RELEASE_POLICY,
  RELEASABLE_FIELDS,
  withheldFields,
} from '../policy/release-policy';
import { CountryServer } from '../server';
import { COUNTRY, LIST, ONE, consentedExpert } from './helpers/governance';
import { CONSENT, FULL, REMOVE } from './helpers/mutations';
import { UPSERT } from './helpers/records';
import { TEST_JWT_SECRET, ok, startCountry, stopCountry } from './helpers/server';

jest.setTimeout(120_000);

const NOW = Math.floor(Date.now() / 1000);
const OTHER = 'MY';

/** A dev token as `npm run token` mints it for this test server. */
const tokenFor = (
  role: 'viewer' | 'steward' | 'secretariat',
  country: string | null,
  sub: string,
  purpose?: Purpose,
) =>
  signDevToken(
    { sub, role, country, ...(purpose === undefined ? {} : { purpose }) },
    TEST_JWT_SECRET,
    3600,
  );

const OWN_STEWARD = tokenFor('steward', COUNTRY, 'id-steward');
const OWN_VIEWER = tokenFor('viewer', COUNTRY, 'id-viewer');
const MEMBER_STEWARD = tokenFor('steward', OTHER, 'my-steward');
const SECRETARIAT = tokenFor('secretariat', null, 'sec-1');

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const validPayload = (overrides: Record<string, unknown> = {}) => ({
  iss: DEV_ISSUER,
  sub: 'my-steward',
  role: 'steward',
  country: OTHER,
  iat: NOW - 10,
  exp: NOW + 3600,
  ...overrides,
});

/** Tokens every service must refuse, each as its full Authorization header. */
const REFUSED: [string, string, RegExp][] = [
  [
    'forged (signed with another secret)',
    `Bearer ${signHs256(validPayload({ country: COUNTRY }), 'a-guessed-secret-that-is-long-enough-0123')}`,
    /bad signature/,
  ],
  [
    // A member-state steward promotes itself to this country's steward, keeping the signature.
    'tampered (payload changed after signing)',
    (() => {
      const [head, , signature] = MEMBER_STEWARD.split('.');
      return `Bearer ${head}.${b64(validPayload({ country: COUNTRY }))}.${signature}`;
    })(),
    /bad signature/,
  ],
  [
    'expired',
    `Bearer ${signDevToken({ sub: 'id-steward', role: 'steward', country: COUNTRY }, TEST_JWT_SECRET, 60, NOW - 3600)}`,
    /the token has expired/,
  ],
  [
    'alg none, unsigned',
    `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(validPayload({ country: COUNTRY }))}.`,
    /alg "none"/,
  ],
  [
    'alg none, with a signature',
    `Bearer ${signHs256(validPayload({ country: COUNTRY }), TEST_JWT_SECRET, { alg: 'none' })}`,
    /alg "none"/,
  ],
  [
    'another issuer, right secret',
    `Bearer ${signHs256(validPayload({ iss: 'someone-else' }), TEST_JWT_SECRET)}`,
    /unknown issuer "someone-else"/,
  ],
  [
    'a role that does not exist',
    `Bearer ${signHs256(validPayload({ role: 'admin' }), TEST_JWT_SECRET)}`,
    /claim "role"/,
  ],
  ['not a JWT', 'Bearer abc', /malformed token/],
  ['three dot-separated garbage parts', 'Bearer ab$c.d!ef.gh#i', /malformed token/],
  ['only dots', 'Bearer ..', /malformed token/],
  ['another scheme', 'Basic x', /must be "Bearer <token>"/],
  ['Bearer without a token', 'Bearer', /must be "Bearer <token>"/],
];

let server: CountryServer;
let listening: Listening;
/** Consent for no audience: only the country's own officials see it. */
let none: string;
let memberOnly: string;
let secretariatOnly: string;
/** Consent for every audience, for any purpose. */
let everyone: string;
/** Consent for PUBLIC and MEMBER, for the DIRECTORY purpose only. */
let directoryOnly: string;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'tokens_http', 0);
  listening = await server.listen(0);
  // Set up in-process as the country's steward; everything tested below goes over HTTP.
  none = await consentedExpert(server, 'TK-NONE', []);
  memberOnly = await consentedExpert(server, 'TK-MEMBER', ['MEMBER']);
  secretariatOnly = await consentedExpert(server, 'TK-SEC', ['SECRETARIAT']);
  everyone = await consentedExpert(server, 'TK-ALL');
  directoryOnly = await consentedExpert(server, 'TK-DIR', []);
  await ok(server, CONSENT, {
    id: directoryOnly,
    consent: ['PUBLIC', 'MEMBER'].map((audience) => ({
      audience,
      purpose: 'DIRECTORY',
      granted: true,
      noticeVersion: 'dir-1',
    })),
  });
});

afterAll(() => stopCountry(server));

interface Response {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  text: string;
}

async function post(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await fetch(listening.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An Expert as LIST selects it: every field. */
interface ExpertNode {
  id: string;
  withheldFields: string[];
  [field: string]: unknown;
}

interface Listed {
  totalCount: number;
  edges: { node: ExpertNode }[];
}

/** The experts a request sees, by id, with every field (LIST orders by id). */
async function listAs(headers: Record<string, string>): Promise<Listed> {
  const { status, body } = await post(LIST, {}, headers);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data.experts as Listed;
}

const idsOf = (list: Listed) => list.edges.map((e) => e.node.id).sort();
const sorted = (...ids: string[]) => [...ids].sort();

/** Every node withholds exactly the policy's fields for `audience`, and they are null. */
function expectReleasedTo(list: Listed, audience: 'MEMBER' | 'SECRETARIAT' | 'PUBLIC') {
  const withheld = withheldFields(DEFAULT_RELEASE_POLICY, audience);
  expect(withheld.length).toBeGreaterThan(0);
  for (const { node } of list.edges) {
    // withheldFields lists them alphabetically.
    expect(node.withheldFields).toEqual([...withheld].sort());
    for (const field of RELEASABLE_FIELDS) {
      if (withheld.includes(field)) expect(node[field]).toBeNull();
      else expect(node[field]).not.toBeNull();
    }
  }
}

describe('refused tokens: 401, a Bearer challenge, and nothing else', () => {
  it.each(REFUSED)('%s', async (_name, authorization, reason) => {
    const { status, headers, body, text } = await post(LIST, {}, { authorization });
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
    const [, forged] = REFUSED[0];
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
    const list = await listAs(bearer(OWN_STEWARD));
    expect(idsOf(list)).toEqual(sorted(none, memberOnly, secretariatOnly, everyone, directoryOnly));
    for (const { node } of list.edges) {
      expect(node.withheldFields).toEqual([]);
      for (const field of RELEASABLE_FIELDS) expect(node[field]).not.toBeNull();
    }
    const own = list.edges.find((e) => e.node.id === none)!.node;
    expect(own.contact).toEqual({ workEmail: 'tk-none@private.example' });
  });

  it('a viewer of the country reads as OWN too', async () => {
    const viewer = await listAs(bearer(OWN_VIEWER));
    const steward = await listAs(bearer(OWN_STEWARD));
    expect(viewer).toEqual(steward);
  });

  it("another member state's steward is MEMBER: MEMBER consents only, the MEMBER release", async () => {
    const list = await listAs(bearer(MEMBER_STEWARD));
    expect(idsOf(list)).toEqual(sorted(memberOnly, everyone));
    expectReleasedTo(list, 'MEMBER');
    expect(withheldFields(DEFAULT_RELEASE_POLICY, 'MEMBER')).toContain('contact');
  });

  it('the secretariat is SECRETARIAT: SECRETARIAT consents only, the SECRETARIAT release', async () => {
    const list = await listAs(bearer(SECRETARIAT));
    expect(idsOf(list)).toEqual(sorted(secretariatOnly, everyone));
    expectReleasedTo(list, 'SECRETARIAT');
  });

  it("the audit log records the verified token's subject, country and role for a MEMBER release", async () => {
    const read = await post(
      ONE,
      { id: everyone },
      { ...bearer(MEMBER_STEWARD), 'x-purpose': 'research' },
    );
    expect(read.body.data.expert.id).toBe(everyone);
    const { body } = await post(
      `query A($country: CountryCode!) { auditLog(country: $country, first: 1) { edges { node { subject callerCountry role audience purpose operation expertIds } } } }`,
      { country: COUNTRY },
      bearer(OWN_STEWARD),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.auditLog.edges[0].node).toEqual({
      subject: 'my-steward',
      callerCountry: OTHER,
      role: 'steward',
      audience: 'MEMBER',
      purpose: 'RESEARCH',
      operation: 'One',
      expertIds: [everyone],
    });
  });
});

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
  const callers: [string, Record<string, string>][] = [
    ['a MEMBER steward', bearer(MEMBER_STEWARD)],
    ['a viewer of the country', bearer(OWN_VIEWER)],
    ['the secretariat', bearer(SECRETARIAT)],
    ['no token (PUBLIC)', {}],
  ];

  /** Everything the mutations could change, as the country's steward reads it. */
  async function state() {
    const list = await listAs(bearer(OWN_STEWARD));
    const policy = await post(
      'query { releasePolicy(country: ' +
        COUNTRY +
        ') { isDefault audiences { audience released } } }',
      {},
      bearer(OWN_STEWARD),
    );
    expect(policy.body.errors).toBeUndefined();
    return { list, policy: policy.body.data };
  }

  it.each(callers)(
    '%s gets FORBIDDEN on every mutation, and nothing changes',
    async (_name, headers) => {
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
    async (_name, headers) => {
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
      bearer(OWN_STEWARD),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.upsertExpert.id).toMatch(new RegExp(`^${COUNTRY}:`));
    const removed = await post(REMOVE, { id: body.data.upsertExpert.id }, bearer(OWN_STEWARD));
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
    const { status, body } = await post(LIST, {}, { ...bearer(token), 'x-purpose': 'DIRECTORY' });
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
    expect((await post(LIST, {}, { ...bearer(token), 'x-purpose': 'research' })).status).toBe(200);
  });

  it('a purpose adds the experts consenting for that purpose only; ANY consents count for every purpose', async () => {
    // visibilityFor: a non-OWN caller sees consent for (audience, ANY) or (audience, its purpose),
    // unless that purpose was withdrawn.
    expect(idsOf(await listAs({}))).toEqual([everyone]);
    expect(idsOf(await listAs({ 'x-purpose': 'DIRECTORY' }))).toEqual(
      sorted(everyone, directoryOnly),
    );
    expect(idsOf(await listAs({ 'x-purpose': 'RESEARCH' }))).toEqual([everyone]);
    // The purpose may come from the token instead of the header.
    const directoryToken = tokenFor('steward', OTHER, 'my-directory', 'DIRECTORY');
    expect(idsOf(await listAs(bearer(directoryToken)))).toEqual(
      sorted(memberOnly, everyone, directoryOnly),
    );
    expect(idsOf(await listAs(bearer(MEMBER_STEWARD)))).toEqual(sorted(memberOnly, everyone));
    // OWN sees everything whatever the purpose.
    expect(idsOf(await listAs({ ...bearer(OWN_STEWARD), 'x-purpose': 'RESEARCH' }))).toHaveLength(
      5,
    );
  });

  it('withdrawing the consent for a purpose hides the expert from that purpose on the next request', async () => {
    const withdraw = await post(
      CONSENT,
      {
        id: directoryOnly,
        consent: [
          { audience: 'PUBLIC', purpose: 'DIRECTORY', granted: false, noticeVersion: 'dir-2' },
        ],
      },
      bearer(OWN_STEWARD),
    );
    expect(withdraw.body.errors).toBeUndefined();
    expect(idsOf(await listAs({ 'x-purpose': 'DIRECTORY' }))).toEqual([everyone]);
    // The MEMBER consent for DIRECTORY stands.
    expect(
      idsOf(await listAs(bearer(tokenFor('viewer', OTHER, 'my-viewer', 'DIRECTORY')))),
    ).toEqual(sorted(memberOnly, everyone, directoryOnly));
  });
});
