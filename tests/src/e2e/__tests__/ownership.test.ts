import { ErrorCode, signHs256 } from '@expertpool/shared';
import { RunningRegion, TokenFor, startRegion } from '../../index';
import { ProxyPool } from '../helpers/proxy';
import { gql } from '../helpers/graphql';
import { consents, visibleCount, visibleDemo } from '../helpers/demo';
import {
  ALL_FIELDS,
  Audience,
  CHANGED_POLICY,
  DEFAULT_POLICY,
  ENTITY_FIELDS,
  ENTITY_SELECTED,
  Policy,
  data,
  expectReleased,
} from '../helpers/release-matrix';

/**
 * "Each country owns its data", through the gateway over real HTTP: tokens refused before any
 * country is asked, the audience × field matrix for the default and a changed policy with a
 * leak check over whole responses, writes only by the owner's stewards, consent withdrawal on
 * the next request, and one audit entry per cross-border release.
 */
const SEED = 30;
const COUNTRIES = ['MY', 'TH', 'SG'];
const COUNTRY_TIMEOUT_MS = 30_000; // the embedded database is slow; these tests are not about speed
let region: RunningRegion;
const proxies = new ProxyPool();

type Who = TokenFor | 'PUBLIC';
const ask = async (
  who: Who,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  gql(region.gateway.url, query, variables, {
    ...(who === 'PUBLIC' ? {} : await region.bearer(who)),
    ...headers,
  });

const MY_STEWARD: TokenFor = { role: 'steward', country: 'MY' };
const MY_VIEWER: TokenFor = { role: 'viewer', country: 'MY' };
const TH_STEWARD: TokenFor = { role: 'steward', country: 'TH' };
const SECRETARIAT: TokenFor = { role: 'secretariat' };

const AUDIENCES: [Audience, Who][] = [
  ['PUBLIC', 'PUBLIC'],
  ['MEMBER', TH_STEWARD],
  ['SECRETARIAT', SECRETARIAT],
];

/** An MY expert who consented to every audience: visible to all, so only the policy decides. */
const SUBJECT = visibleDemo('MY', SEED, 'PUBLIC').find(
  (r) => consents(r, 'MEMBER') && consents(r, 'SECRETARIAT'),
)!;

/** The expert as its own country's official sees it: the reference for values and leaks. */
async function ownView(id: string): Promise<Record<string, any>> {
  return data(await ask(MY_VIEWER, `query($id: ID!) { expert(id: $id) { ${ALL_FIELDS} } }`, { id }))
    .expert;
}

async function setPolicy(policy: Policy): Promise<void> {
  const res = await ask(
    MY_STEWARD,
    `mutation($policy: ReleasePolicyInput!) { setReleasePolicy(country: MY, policy: $policy) { isDefault } }`,
    {
      policy: {
        audiences: Object.entries(policy).map(([audience, fields]) => ({ audience, fields })),
      },
    },
  );
  expect(data(res).setReleasePolicy.isDefault).toBe(false);
}

async function auditTotal(country: string): Promise<number> {
  const res = await ask(
    { role: 'steward', country },
    `query($c: CountryCode!) { auditLog(country: $c) { totalCount } }`,
    { c: country },
  );
  return data(res).auditLog.totalCount;
}

async function latestAudit(country: string): Promise<Record<string, any>> {
  const res = await ask(
    { role: 'steward', country },
    `query($c: CountryCode!) { auditLog(country: $c, first: 1) { edges { node { subject callerCountry role audience purpose operation expertIds fields } } } }`,
    { c: country },
  );
  return data(res).auditLog.edges[0].node;
}

beforeAll(async () => {
  region = await startRegion({
    mongodbUri: process.env.MONGODB_URI!,
    countries: COUNTRIES,
    seedExperts: SEED,
    dbPrefix: `own${process.pid}`,
    timeoutMs: COUNTRY_TIMEOUT_MS,
    registryUrlFor: proxies.registryUrlFor,
  });
}, 300_000);

afterAll(async () => {
  await region?.stop();
  await proxies.close();
});

describe('tokens at the gateway', () => {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: 'expertpool-dev',
    sub: 'mallory',
    role: 'steward',
    country: 'MY',
    iat: now,
    exp: now + 600,
  };
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const valid = () => region.token(MY_STEWARD);

  test.each([
    [
      'forged (another secret)',
      () => signHs256(claims, 'not-the-region-secret-0123456789abcdef'),
      'bad signature',
    ],
    [
      'expired',
      () => signHs256({ ...claims, iat: now - 7200, exp: now - 3600 }, region.jwtSecret),
      'the token has expired',
    ],
    [
      'alg none',
      () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      'unsigned tokens (alg "none") are not accepted',
    ],
    [
      'tampered (country changed after signing)',
      async () => {
        const [head, , signature] = (await valid()).split('.');
        return `${head}.${b64({ ...claims, country: 'TH' })}.${signature}`;
      },
      'bad signature',
    ],
    ['malformed', () => 'not.a.jwt', ''],
  ])(
    'a %s token is refused with 401 UNAUTHENTICATED and never reaches a country',
    async (_name, token, reason) => {
      proxies.reset();
      const res = await gql(
        region.gateway.url,
        '{ experts(first: 5) { totalCount } }',
        {},
        { authorization: `Bearer ${await token()}` },
      );
      expect(res.status).toBe(401);
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions!.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect(res.errors![0].message).toContain(reason);
      expect(proxies.asked()).toEqual([]);

      // The country verifies again: the same token sent straight to it is refused too.
      const direct = await gql(
        region.countries.get('MY')!.url,
        '{ experts(first: 5) { totalCount } }',
        {},
        { authorization: `Bearer ${await token()}` },
      );
      expect(direct.status).toBe(401);
      expect(direct.errors![0].extensions!.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect(direct.data).toBeUndefined();
    },
  );

  test('no token is the PUBLIC audience: only experts who consented to the public, region-wide', async () => {
    const res = await ask('PUBLIC', '{ experts(first: 5) { totalCount } }');
    expect(data(res).experts.totalCount).toBe(visibleCount(COUNTRIES, SEED, 'PUBLIC'));
  });

  test('each audience sees the experts who consented to it; OWN sees its own country whole', async () => {
    const total = async (who: Who, countries: string[], headers: Record<string, string> = {}) =>
      data(
        await ask(
          who,
          'query($c: [CountryCode!]) { experts(first: 1, filter: { countries: $c }) { totalCount } }',
          { c: countries },
          headers,
        ),
      ).experts.totalCount;
    expect(await total(SECRETARIAT, COUNTRIES)).toBe(visibleCount(COUNTRIES, SEED, 'SECRETARIAT'));
    expect(await total(TH_STEWARD, ['MY', 'SG'])).toBe(visibleCount(['MY', 'SG'], SEED, 'MEMBER'));
    expect(await total(MY_VIEWER, ['MY'])).toBe(SEED);
    // The token's purpose adds the experts who consented to members for that purpose only; a
    // token granting ANY lets x-purpose choose it.
    const forTraining = visibleCount(['MY', 'SG'], SEED, 'MEMBER', 'TRAINER_SEARCH');
    expect(forTraining).toBeGreaterThan(visibleCount(['MY', 'SG'], SEED, 'MEMBER'));
    expect(await total({ ...TH_STEWARD, purpose: 'TRAINER_SEARCH' }, ['MY', 'SG'])).toBe(
      forTraining,
    );
    expect(
      await total({ ...TH_STEWARD, purpose: 'ANY' }, ['MY', 'SG'], {
        'x-purpose': 'TRAINER_SEARCH',
      }),
    ).toBe(forTraining);
  });
});

describe('audience × field matrix through the gateway', () => {
  afterAll(async () => {
    // Back to the default for the tests after this block.
    await setPolicy(DEFAULT_POLICY);
  });

  const matrix = async (policy: Policy) => {
    const own = await ownView(SUBJECT.id!);
    expect(own.withheldFields).toEqual([]);
    expect(own.contact.workEmail).toBe(SUBJECT.contact.workEmail);
    for (const [audience, who] of AUDIENCES) {
      // expert(id): routed to the owner.
      const byId = await ask(who, `query($id: ID!) { expert(id: $id) { ${ALL_FIELDS} } }`, {
        id: SUBJECT.id,
      });
      expectReleased(data(byId).expert, own, policy[audience], byId);
      // experts: a search (the gateway still plans it as a fan-out, to the one country named).
      const search = await ask(
        who,
        `{ experts(first: 40, filter: { countries: [MY] }) { edges { node { ${ALL_FIELDS} } } } }`,
      );
      const found = data(search)
        .experts.edges.map((e: any) => e.node)
        .find((n: any) => n.id === SUBJECT.id);
      expect({ audience, found: found !== undefined }).toEqual({ audience, found: true });
      expectReleased(found, own, policy[audience], search);
      // _entities: programmes resolve their trainers through the owners (fewer fields: the
      // gateway's cost limit counts every nested list under every engagement).
      const programmes = await ask(
        who,
        `{ programmes(first: 5) { engagements { expert { ${ENTITY_FIELDS} } } } }`,
      );
      // Trainers of the member states not started here are reported unavailable, nothing else fails.
      const unexpected = (programmes.errors ?? []).filter(
        (e) =>
          e.extensions?.code !== ErrorCode.COUNTRY_UNAVAILABLE ||
          COUNTRIES.includes(e.extensions.country),
      );
      expect(unexpected).toEqual([]);
      const trainers = programmes.data!.programmes.flatMap((p: any) =>
        p.engagements.map((e: any) => e.expert),
      );
      const mine = trainers.filter((e: any) => e?.id.startsWith('MY:'));
      if (audience === 'SECRETARIAT') expect(mine.length).toBeGreaterThan(0);
      // Other countries release under their own (default) policy; only MY's part is checked for leaks.
      const onlyMine = {
        ...programmes,
        data: programmes.data!.programmes.map((p: any) =>
          p.engagements.filter((e: any) => e.expert?.id.startsWith('MY:')),
        ),
      };
      for (const expert of mine) {
        expectReleased(
          expert,
          await ownView(expert.id),
          policy[audience],
          onlyMine,
          ENTITY_SELECTED,
        );
      }
    }
  };

  test('the default policy', async () => {
    await matrix(DEFAULT_POLICY);
  });

  test("a changed policy applies from the owner's next request, through the gateway", async () => {
    await setPolicy(CHANGED_POLICY);
    const shown = await ask(
      MY_STEWARD,
      '{ releasePolicy(country: MY) { isDefault audiences { audience released } } }',
    );
    expect(data(shown).releasePolicy.audiences).toEqual(
      expect.arrayContaining([{ audience: 'PUBLIC', released: ['displayName'] }]),
    );
    await matrix(CHANGED_POLICY);
  });

  test('facets count withheld fields for nobody: no area, language or band buckets when those fields are withheld', async () => {
    await setPolicy(CHANGED_POLICY);
    const res = await ask(
      'PUBLIC',
      '{ expertFacets(filter: { countries: [MY] }) { total byArea { value count } byLanguage { value count } byBand { value count } } }',
    );
    expect(data(res).expertFacets).toEqual({
      total: visibleCount(['MY'], SEED, 'PUBLIC'),
      byArea: [],
      byLanguage: [],
      byBand: [],
    });
  });
});

describe('searching by withheld fields, region-wide', () => {
  const PAGE =
    'query($f: ExpertFilter, $o: ExpertOrder) { experts(first: 5, filter: $f, orderBy: $o) { totalCount coverage { country status } } }';

  test('refused by every country: one FORBIDDEN error and no data, not an outage', async () => {
    // No country releases updatedAt to the public by default, so none may be sorted by it.
    const res = await ask('PUBLIC', PAGE, { o: 'UPDATED' });
    expect(res.data?.experts ?? null).toBeNull();
    expect(res.errors!.map((e) => e.extensions!.code)).toEqual([ErrorCode.FORBIDDEN]);
    // One error naming the three countries that refused (issue 14: never one of them alone).
    expect(res.errors![0].message).toMatch(
      /^orderBy: UPDATED sorts by updatedAt, which each of [A-Z]{2}, [A-Z]{2} and [A-Z]{2} does not release to PUBLIC callers/,
    );
    expect([...(res.errors![0].extensions!.countries as string[])].sort()).toEqual([
      'MY',
      'SG',
      'TH',
    ]);
  });

  test('refused by one country: the others answer, and that country is named', async () => {
    await setPolicy(CHANGED_POLICY); // MY withholds position from the public; TH and SG do not
    const res = await ask('PUBLIC', PAGE, { f: { bands: ['EXECUTIVE'] } });
    const coverage = Object.fromEntries(
      data({ ...res, errors: undefined }).experts.coverage.map((c: any) => [c.country, c.status]),
    );
    expect(coverage).toEqual({ MY: 'UNAVAILABLE', SG: 'OK', TH: 'OK' });
    expect(res.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: ErrorCode.FORBIDDEN,
          country: 'MY',
          field: 'filter.bands',
        }),
      }),
    ]);
    const visibleExecutives = ['SG', 'TH']
      .flatMap((c) => visibleDemo(c, SEED, 'PUBLIC'))
      .filter((r) => r.position.band === 'EXECUTIVE').length;
    expect(res.data!.experts.totalCount).toBe(visibleExecutives);
    await setPolicy(DEFAULT_POLICY);
  });
});

describe('writes', () => {
  const CONSENT = `mutation($id: ID!, $consent: [ConsentInput!]!) { setConsent(id: $id, consent: $consent) { id consent { audiences } } }`;
  const withdraw = [
    { audience: 'SECRETARIAT', purpose: 'ANY', granted: false, noticeVersion: '2026-11' },
  ];

  test.each([
    ['a steward of another member state', TH_STEWARD],
    ['the secretariat', SECRETARIAT],
    ['a viewer of the owning country', MY_VIEWER],
    ['the public', 'PUBLIC' as const],
  ])(
    "%s cannot change MY's record: FORBIDDEN, only MY is asked, nothing changes",
    async (_name, who) => {
      const before = await ownView(SUBJECT.id!);
      proxies.reset();
      const res = await ask(who, CONSENT, { id: SUBJECT.id, consent: withdraw });
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual([ErrorCode.FORBIDDEN]);
      expect(res.data?.setConsent ?? null).toBeNull();
      expect(proxies.asked()).toEqual(['MY']);
      const remove = await ask(who, 'mutation($id: ID!) { removeExpert(id: $id) }', {
        id: SUBJECT.id,
      });
      expect(remove.errors!.map((e) => e.extensions!.code)).toEqual([ErrorCode.FORBIDDEN]);
      expect(await ownView(SUBJECT.id!)).toEqual(before);
    },
  );

  test("a withdrawal by MY's steward hides the expert from the secretariat on the very next request", async () => {
    const byId = `query($id: ID!) { expert(id: $id) { id } }`;
    expect(data(await ask(SECRETARIAT, byId, { id: SUBJECT.id })).expert).toEqual({
      id: SUBJECT.id,
    });
    const withdrawn = await ask(MY_STEWARD, CONSENT, { id: SUBJECT.id, consent: withdraw });
    expect(data(withdrawn).setConsent.consent.audiences).not.toContain('SECRETARIAT');
    expect(data(await ask(SECRETARIAT, byId, { id: SUBJECT.id })).expert).toBeNull();
    const search = await ask(
      SECRETARIAT,
      '{ experts(first: 100, filter: { countries: [MY] }) { totalCount edges { node { id } } } }',
    );
    expect(data(search).experts.totalCount).toBe(visibleCount(['MY'], SEED, 'SECRETARIAT') - 1);
    expect(data(search).experts.edges.map((e: any) => e.node.id)).not.toContain(SUBJECT.id);
    // Granted again: visible again.
    await ask(MY_STEWARD, CONSENT, {
      id: SUBJECT.id,
      consent: [{ ...withdraw[0], granted: true }],
    });
    expect(data(await ask(SECRETARIAT, byId, { id: SUBJECT.id })).expert).toEqual({
      id: SUBJECT.id,
    });
  });
});

describe('purpose from the verified token (finding 5 of issue 9)', () => {
  const SEARCH = `query($c: [CountryCode!]) { experts(first: 100, filter: { countries: $c }) { totalCount edges { node { id } } } }`;
  const FACETS = `query($c: [CountryCode!]) { expertFacets(filter: { countries: $c }) { total } }`;
  const BY_ID = `query($id: ID!) { expert(id: $id) { id } }`;
  // The trainers resolve through _entities at their owners.
  const PROGRAMMES = `{ programmes(first: 5) { engagements { expert { id displayName } } } }`;
  const CONSENT = `mutation($id: ID!, $consent: [ConsentInput!]!) { setConsent(id: $id, consent: $consent) { id } }`;
  const research = (granted: boolean) => [
    { audience: 'SECRETARIAT', purpose: 'RESEARCH', granted, noticeVersion: '2026-12' },
  ];

  test('an expert who withdrew RESEARCH is hidden from a caller that names no purpose, everywhere', async () => {
    // A trainer of one of the started countries whom the secretariat sees by name.
    // Trainers of countries not started here are UNAVAILABLE (an error beside the data).
    const programmes = (await ask(SECRETARIAT, PROGRAMMES)).data!.programmes as any[];
    const slots = programmes.flatMap((p, i) =>
      p.engagements.map((e: any, j: number) => ({ i, j, expert: e.expert })),
    );
    const trainer = slots.find(
      (s) => s.expert?.displayName && COUNTRIES.includes(s.expert.id.slice(0, 2)),
    )!.expert;
    const country = trainer.id.slice(0, 2);
    const mine = slots.filter((s) => s.expert?.id === trainer.id);
    const visible = visibleCount([country], SEED, 'SECRETARIAT');

    /** What `who` learns of the trainer: by search, lookup, programmes (_entities) and facets. */
    const seen = async (who: Who, headers: Record<string, string> = {}) => {
      const search = data(await ask(who, SEARCH, { c: [country] }, headers)).experts;
      const named = (await ask(who, PROGRAMMES, {}, headers)).data!.programmes as any[];
      return {
        totalCount: search.totalCount,
        inSearch: search.edges.some((e: any) => e.node.id === trainer.id),
        lookup: data(await ask(who, BY_ID, { id: trainer.id }, headers)).expert !== null,
        inProgrammes: mine.some(
          ({ i, j }) => (named[i].engagements[j].expert?.displayName ?? null) !== null,
        ),
        facets: data(await ask(who, FACETS, { c: [country] }, headers)).expertFacets.total,
      };
    };
    const shown = {
      totalCount: visible,
      inSearch: true,
      lookup: true,
      inProgrammes: true,
      facets: visible,
    };
    const hidden = {
      totalCount: visible - 1,
      inSearch: false,
      lookup: false,
      inProgrammes: false,
      facets: visible - 1,
    };
    expect(await seen(SECRETARIAT)).toEqual(shown);

    const steward: TokenFor = { role: 'steward', country };
    data(await ask(steward, CONSENT, { id: trainer.id, consent: research(false) }));
    try {
      // No purpose: it could be research. The token's RESEARCH: refused by the expert.
      expect(await seen(SECRETARIAT)).toEqual(hidden);
      expect(await seen({ ...SECRETARIAT, purpose: 'RESEARCH' })).toEqual(hidden);
      expect(await seen({ ...SECRETARIAT, purpose: 'ANY' }, { 'x-purpose': 'RESEARCH' })).toEqual(
        hidden,
      );
      // A purpose the expert did not refuse, from the token or chosen within a token's ANY.
      expect(await seen({ ...SECRETARIAT, purpose: 'DIRECTORY' })).toEqual(shown);
      expect(await seen({ ...SECRETARIAT, purpose: 'ANY' }, { 'x-purpose': 'DIRECTORY' })).toEqual(
        shown,
      );
      // Self-declared: a token without a purpose cannot gain one from the header.
      const declared = await ask(
        SECRETARIAT,
        BY_ID,
        { id: trainer.id },
        {
          'x-purpose': 'DIRECTORY',
        },
      );
      expect(declared.status).toBe(400);
      expect(declared.data).toBeUndefined();
      expect(declared.errors!.map((e) => e.extensions!.code)).toEqual([ErrorCode.BAD_USER_INPUT]);
      expect(declared.errors![0].message).toContain('x-purpose DIRECTORY is not granted');
    } finally {
      data(await ask(steward, CONSENT, { id: trainer.id, consent: research(true) }));
    }
    // Granted again: every purpose is consented to, so a caller without one sees the expert.
    expect(await seen(SECRETARIAT)).toEqual(shown);
  });
});

describe('audit through the gateway', () => {
  test("one entry in the owner's log per cross-border release, naming who, why, what and which fields", async () => {
    const before = await auditTotal('MY');
    const res = await ask(
      { ...TH_STEWARD, purpose: 'TRAINER_SEARCH' },
      'query TrainerCheck($id: ID!) { expert(id: $id) { id displayName contact { workEmail } } }',
      { id: SUBJECT.id },
    );
    expect(data(res).expert.contact).toBeNull();
    expect(await auditTotal('MY')).toBe(before + 1);
    expect(await latestAudit('MY')).toEqual({
      subject: 'dev-steward-th',
      callerCountry: 'TH',
      role: 'steward',
      audience: 'MEMBER',
      purpose: 'TRAINER_SEARCH',
      operation: 'TrainerCheck',
      expertIds: [SUBJECT.id],
      fields: ['displayName'],
    });
  });

  test('a region-wide search appends one entry in each country that released experts', async () => {
    const before = await Promise.all(COUNTRIES.map(auditTotal));
    const res = await ask(
      SECRETARIAT,
      'query Dashboard { experts(first: 100) { edges { node { id displayName } } } }',
    );
    const released = new Set(data(res).experts.edges.map((e: any) => e.node.id.slice(0, 2)));
    const after = await Promise.all(COUNTRIES.map(auditTotal));
    COUNTRIES.forEach((c, i) =>
      expect({ c, added: after[i] - before[i] }).toEqual({ c, added: released.has(c) ? 1 : 0 }),
    );
  });

  test("OWN reads add nothing, and only the country's stewards may read its log", async () => {
    const before = await auditTotal('MY');
    await ask(
      MY_VIEWER,
      '{ experts(first: 10, filter: { countries: [MY] }) { edges { node { id contact { workEmail } } } } }',
    );
    expect(await auditTotal('MY')).toBe(before);
    for (const who of [TH_STEWARD, SECRETARIAT, MY_VIEWER, 'PUBLIC' as const]) {
      const res = await ask(who, '{ auditLog(country: MY) { totalCount } }');
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual([ErrorCode.FORBIDDEN]);
    }
  });

  test("finding 10: the log's retention is the owner's setting, through the gateway, stewards only", async () => {
    const READ = '{ auditRetention(country: MY) { country days isDefault } }';
    const SET =
      'mutation($d: Int!) { setAuditRetention(country: MY, days: $d) { days isDefault } }';
    expect(data(await ask(MY_STEWARD, READ)).auditRetention).toEqual({
      country: 'MY',
      days: 400,
      isDefault: true,
    });
    for (const who of [TH_STEWARD, SECRETARIAT, MY_VIEWER, 'PUBLIC' as const]) {
      proxies.reset();
      const res = await ask(who, SET, { d: 1 });
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual([ErrorCode.FORBIDDEN]);
      expect(proxies.asked()).toEqual(['MY']);
    }
    expect(data(await ask(MY_STEWARD, SET, { d: 730 })).setAuditRetention).toEqual({
      days: 730,
      isDefault: false,
    });
    expect(data(await ask(MY_STEWARD, READ)).auditRetention.days).toBe(730);
    // Another country's log keeps its own period.
    const th = await ask(
      { role: 'steward', country: 'TH' },
      '{ auditRetention(country: TH) { days } }',
    );
    expect(data(th).auditRetention.days).toBe(400);
    // The log still records releases afterwards.
    const before = await auditTotal('MY');
    await ask(SECRETARIAT, `query($id: ID!) { expert(id: $id) { id } }`, { id: SUBJECT.id });
    expect(await auditTotal('MY')).toBe(before + 1);
  });
});
