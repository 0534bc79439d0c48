/**
 * The callers and the server of the token tests over HTTP (tokens-*.test.ts): dev tokens for each
 * audience, tokens every service must refuse, a country with experts consenting to different
 * audiences, and requests with their headers.
 */
import { DEV_ISSUER, Listening, Purpose, signDevToken, signHs256 } from '@expertpool/shared';
import {
  DEFAULT_RELEASE_POLICY,
  RELEASABLE_FIELDS,
  withheldFields,
} from '../../policy/release-policy';
import { CountryServer } from '../../server';
import { COUNTRY, LIST, consentedExpert } from './governance';
import { CONSENT } from './mutations';
import { TEST_JWT_SECRET, ok, startCountry } from './server';

export const NOW = Math.floor(Date.now() / 1000);
export const OTHER = 'MY';

/** A dev token as `npm run token` mints it for this test server (signing is asynchronous). */
export const tokenFor = (
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

export const OWN_STEWARD = tokenFor('steward', COUNTRY, 'id-steward');
export const OWN_VIEWER = tokenFor('viewer', COUNTRY, 'id-viewer');
export const MEMBER_STEWARD = tokenFor('steward', OTHER, 'my-steward');
export const SECRETARIAT = tokenFor('secretariat', null, 'sec-1');

export const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
export const validPayload = (overrides: Record<string, unknown> = {}) => ({
  iss: DEV_ISSUER,
  sub: 'my-steward',
  role: 'steward',
  country: OTHER,
  iat: NOW - 10,
  exp: NOW + 3600,
  ...overrides,
});

/** Tokens every service must refuse, each as its full Authorization header (some still signing). */
export const REFUSED: [string, string | Promise<string>, RegExp][] = [
  [
    'forged (signed with another secret)',
    `Bearer ${signHs256(validPayload({ country: COUNTRY }), 'a-guessed-secret-that-is-long-enough-0123')}`,
    /bad signature/,
  ],
  [
    // A member-state steward promotes itself to this country's steward, keeping the signature.
    'tampered (payload changed after signing)',
    MEMBER_STEWARD.then((token) => {
      const [head, , signature] = token.split('.');
      return `Bearer ${head}.${b64(validPayload({ country: COUNTRY }))}.${signature}`;
    }),
    /bad signature/,
  ],
  [
    'expired',
    signDevToken(
      { sub: 'id-steward', role: 'steward', country: COUNTRY },
      TEST_JWT_SECRET,
      60,
      NOW - 3600,
    ).then((token) => `Bearer ${token}`),
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

export interface TokenFixture {
  server: CountryServer;
  listening: Listening;
  /** Consent for no audience: only the country's own officials see it. */
  none: string;
  memberOnly: string;
  secretariatOnly: string;
  /** Consent for every audience, for any purpose. */
  everyone: string;
  /** Consent for PUBLIC and MEMBER, for the DIRECTORY purpose only. */
  directoryOnly: string;
}

/** A listening country with one expert per consent pattern, set up in-process as its steward. */
export async function startTokenFixture(label: string): Promise<TokenFixture> {
  const server = await startCountry(COUNTRY, label, 0);
  const listening = await server.listen(0);
  const none = await consentedExpert(server, 'TK-NONE', []);
  const memberOnly = await consentedExpert(server, 'TK-MEMBER', ['MEMBER']);
  const secretariatOnly = await consentedExpert(server, 'TK-SEC', ['SECRETARIAT']);
  const everyone = await consentedExpert(server, 'TK-ALL');
  const directoryOnly = await consentedExpert(server, 'TK-DIR', []);
  await ok(server, CONSENT, {
    id: directoryOnly,
    consent: ['PUBLIC', 'MEMBER'].map((audience) => ({
      audience,
      purpose: 'DIRECTORY',
      granted: true,
      noticeVersion: 'dir-1',
    })),
  });
  return { server, listening, none, memberOnly, secretariatOnly, everyone, directoryOnly };
}

export interface Response {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  text: string;
}

export async function postTo(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** An Expert as LIST selects it: every field. */
export interface ExpertNode {
  id: string;
  withheldFields: string[];
  [field: string]: unknown;
}

export interface Listed {
  totalCount: number;
  edges: { node: ExpertNode }[];
}

/** The experts a request sees, by id, with every field (LIST orders by id). */
export async function listAt(url: string, headers: Record<string, string>): Promise<Listed> {
  const { status, body } = await postTo(url, LIST, {}, headers);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data.experts as Listed;
}

export const idsOf = (list: Listed) => list.edges.map((e) => e.node.id).sort();
export const sorted = (...ids: string[]) => [...ids].sort();

/** Every node withholds exactly the policy's fields for `audience`, and they are null. */
export function expectReleasedTo(list: Listed, audience: 'MEMBER' | 'SECRETARIAT' | 'PUBLIC') {
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
