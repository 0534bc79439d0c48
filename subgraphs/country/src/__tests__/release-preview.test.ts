/**
 * The steward console's preview (docs/ARCHITECTURE.md §6.3, §10.5): one record as each audience
 * would receive it under a draft policy, through the same Expert resolvers as a real read, so
 * the preview says what each audience would receive; it writes nothing, audits nothing and
 * is for the country's own stewards only.
 */
import { Caller } from '../caller';
import { RELEASABLE_FIELDS } from '../policy/release-policy';
import { CountryServer } from '../server';
import {
  COUNTRY,
  EXPERT_FIELDS,
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
let shown: string;
let membersOnly: string;

const PREVIEW = /* GraphQL */ `
  query Preview(
    $country: CountryCode!
    $expertId: ID!
    $policy: ReleasePolicyInput
    $purpose: Purpose
  ) {
    releasePreview(country: $country, expertId: $expertId, policy: $policy, purpose: $purpose) {
      country
      expertId
      draft
      audiences {
        audience
        released
        withheld
        visible
        expert {
          ...All
          ref
        }
      }
    }
  }
  ${EXPERT_FIELDS}
`;
const POLICY = '{ releasePolicy(country: ID) { isDefault audiences { audience released } } }';
const SET_POLICY = /* GraphQL */ `
  mutation S($policy: ReleasePolicyInput!) {
    setReleasePolicy(country: ID, policy: $policy) {
      isDefault
    }
  }
`;

/** A draft: the default's fields, PUBLIC losing `languages` and gaining `availability`. */
const DRAFT = {
  audiences: [
    { audience: 'MEMBER', fields: ['displayName', 'position', 'expertise'] },
    { audience: 'SECRETARIAT', fields: [...RELEASABLE_FIELDS] },
    { audience: 'PUBLIC', fields: ['displayName', 'position', 'expertise', 'availability'] },
  ],
};

type Preview = {
  audience: string;
  released: string[];
  withheld: string[];
  visible: boolean;
  expert: Record<string, unknown> | null;
};
const byAudience = (previews: Preview[]) => new Map(previews.map((p) => [p.audience, p]));

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'release_preview', 0);
  shown = await consentedExpert(server, 'PRV-A');
  membersOnly = await consentedExpert(server, 'PRV-M', ['MEMBER']);
});

afterAll(() => stopCountry(server));

const auditCount = () => server.audit.entries.countDocuments({});

it('under a draft, each audience gets exactly the draft fields of the real record, and nothing is saved', async () => {
  const before = await ok(server, POLICY, {}, STEWARD);
  const audited = await auditCount();
  const { releasePreview } = await ok(
    server,
    PREVIEW,
    { country: COUNTRY, expertId: shown, policy: DRAFT },
    STEWARD,
  );
  expect(releasePreview).toMatchObject({ country: COUNTRY, expertId: shown, draft: true });
  const previews = byAudience(releasePreview.audiences);
  expect([...previews.keys()]).toEqual(['OWN', 'MEMBER', 'SECRETARIAT', 'PUBLIC']);

  const own = (await ok(server, ONE, { id: shown }, STEWARD)).expert;
  const pub = previews.get('PUBLIC')!;
  expect(pub.visible).toBe(true);
  expect(pub.released).toEqual(['displayName', 'position', 'expertise', 'availability']);
  expect(pub.expert!.withheldFields).toEqual([...pub.withheld].sort());
  expect(pub.expert!.languages).toBeNull();
  expect(pub.expert!.contact).toBeNull();
  expect(pub.expert!.availability).toEqual(own.availability);
  expect(pub.expert!.displayName).toBe('Shown PRV-A');
  // The agency's reference never leaves the country, whatever the policy (§3).
  expect(pub.expert!.ref).toBeNull();

  const member = previews.get('MEMBER')!;
  expect(member.expert!.names).toBeNull();
  expect(member.expert!.expertise).toEqual(own.expertise);

  const ownPreview = previews.get('OWN')!;
  expect(ownPreview.withheld).toEqual([]);
  expect(ownPreview.expert!.contact).toEqual(own.contact);
  expect(ownPreview.expert!.ref).toBe('PRV-A');

  // Nothing changed: the stored policy, what the public receives, the audit log.
  expect(await ok(server, POLICY, {}, STEWARD)).toEqual(before);
  const publicRead = (await ok(server, ONE, { id: shown }, PUBLIC)).expert;
  expect(publicRead.languages).toEqual(own.languages);
  expect(publicRead.availability).toBeNull();
  expect(await auditCount()).toBe(audited + 1); // the public read only
});

it('without a draft it previews the stored policy, the same as a real read after saving', async () => {
  await ok(server, SET_POLICY, { policy: DRAFT }, STEWARD);
  try {
    const { releasePreview } = await ok(
      server,
      PREVIEW,
      { country: COUNTRY, expertId: shown },
      STEWARD,
    );
    expect(releasePreview.draft).toBe(false);
    const previews = byAudience(releasePreview.audiences);
    for (const [audience, caller] of [
      ['PUBLIC', PUBLIC],
      ['MEMBER', MEMBER_VIEWER],
    ] as [string, Caller][]) {
      const real = (await ok(server, ONE, { id: shown }, caller)).expert;
      const { ref: _ref, ...preview } = previews.get(audience)!.expert!;
      expect(preview).toEqual(real);
    }
  } finally {
    await server.policies.policies.deleteMany({});
  }
});

it('an audience the expert gave no consent to receives nothing: not visible, no record', async () => {
  const { releasePreview } = await ok(
    server,
    PREVIEW,
    { country: COUNTRY, expertId: membersOnly, policy: DRAFT },
    STEWARD,
  );
  const previews = byAudience(releasePreview.audiences);
  expect(previews.get('MEMBER')).toMatchObject({ visible: true });
  expect(previews.get('MEMBER')!.expert).not.toBeNull();
  for (const audience of ['SECRETARIAT', 'PUBLIC']) {
    expect(previews.get(audience)).toMatchObject({ visible: false, expert: null });
    // What the policy would release, were the expert to consent.
    expect(previews.get(audience)!.released.length).toBeGreaterThan(0);
  }
});

it('a withdrawal for the purpose named hides the record from that purpose only', async () => {
  await ok(
    server,
    /* GraphQL */ `
      mutation W($id: ID!) {
        setConsent(
          id: $id
          consent: [{ audience: PUBLIC, purpose: RESEARCH, granted: false, noticeVersion: "n2" }]
        ) {
          id
        }
      }
    `,
    { id: shown },
    STEWARD,
  );
  const visible = async (purpose: string) =>
    byAudience(
      (await ok(server, PREVIEW, { country: COUNTRY, expertId: shown, purpose }, STEWARD))
        .releasePreview.audiences,
    ).get('PUBLIC')!.visible;
  expect(await visible('RESEARCH')).toBe(false);
  expect(await visible('DIRECTORY')).toBe(true);
});

it('refuses a draft the policy rules refuse, as setReleasePolicy does', async () => {
  const bad = await run(
    server,
    PREVIEW,
    {
      country: COUNTRY,
      expertId: shown,
      policy: { audiences: [{ audience: 'PUBLIC', fields: ['salary'] }] },
    },
    STEWARD,
  );
  expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
  expect(bad.errors![0].message).toMatch(/unknown field "salary".*audience MEMBER is missing/);
});

it('says which expert is missing, and refuses another country’s id', async () => {
  expect(
    codesOf(await run(server, PREVIEW, { country: COUNTRY, expertId: 'ID:zzzz9999' }, STEWARD)),
  ).toEqual(['NOT_FOUND']);
  expect(
    codesOf(await run(server, PREVIEW, { country: COUNTRY, expertId: 'MY:abcd1234' }, STEWARD)),
  ).toEqual(['BAD_USER_INPUT']);
});

it.each<[string, Caller]>([
  ['an OWN viewer', VIEWER],
  ['another country’s steward', OTHER_STEWARD],
  ['a member viewer', MEMBER_VIEWER],
  ['the secretariat', SECRETARIAT],
  ['the public', PUBLIC],
])('%s gets FORBIDDEN and no record', async (_, caller) => {
  const result = await run(
    server,
    PREVIEW,
    { country: COUNTRY, expertId: shown, policy: DRAFT },
    caller,
  );
  expect(codesOf(result)).toEqual(['FORBIDDEN']);
  expect(result.data).toBeNull();
  expect(JSON.stringify(result)).not.toContain('PRV-A');
});

it('a steward asking for another country gets FORBIDDEN', async () => {
  expect(codesOf(await run(server, PREVIEW, { country: 'MY', expertId: shown }, STEWARD))).toEqual([
    'FORBIDDEN',
  ]);
});
