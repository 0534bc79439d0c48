/**
 * The expert's own rights at the country subgraph, over a real database (docs/ARCHITECTURE.md
 * §6.8): an expert sees their own record as OWN and every other as PUBLIC, changes what they may,
 * exports, asks for erasure, and re-confirms.
 */
import { OWN_WRITE_FAILED_MESSAGE } from '../audit/own-write';
import { Caller, callerFor } from '../caller';
import { parseRows } from '../import/read-source';
import { importRecords } from '../import/run-import';
import { CountryServer } from '../server';
import { toRecord } from '../store/document';
import {
  COUNTRY,
  ENTITIES,
  EXPERT_FIELDS,
  FACETS,
  LIST,
  MEMBER_VIEWER,
  ONE,
  STEWARD,
  consentedExpert,
} from './helpers/governance';
import { PUBLIC } from './helpers/mutations';
import { codesOf, ok, run, startCountry, stopCountry } from './helpers/server';

const expertCaller = (expertId: string): Caller =>
  callerFor(
    {
      claims: {
        sub: `sub-${expertId}`,
        iss: 'dev',
        role: 'expert',
        country: COUNTRY,
        expertId,
        iat: 0,
        exp: 0,
      },
      purpose: 'ANY',
    },
    COUNTRY,
  );

const ME = `query Me { me { expert { ref ...All } consent { audience granted noticeVersion }
  noticeVersion lastConfirmedAt confirmationDueAt lapsed erasureRequestedAt erasure { requestedAt dueAt }
  releases(first: 10) { totalCount edges { node { at role country audience purpose operation fields } } } } } ${EXPERT_FIELDS}`;

let server: CountryServer;
let copy: CountryServer | undefined;
let alice: string;
let bob: string;

beforeAll(async () => {
  server = await startCountry(COUNTRY, 'rights', 0);
  alice = await consentedExpert(server, 'RIGHTS-ALICE');
  bob = await consentedExpert(server, 'RIGHTS-BOB');
});
afterAll(async () => {
  await stopCountry(server);
  await stopCountry(copy);
});

describe('an expert and their own record', () => {
  it('sees it as OWN, and every other record as PUBLIC', async () => {
    const me = (await ok(server, ME, {}, expertCaller(alice))).me;
    expect(me.expert).toMatchObject({
      id: alice,
      ref: 'RIGHTS-ALICE',
      contact: { workEmail: 'rights-alice@private.example' },
      withheldFields: [],
    });
    expect(me.lapsed).toBe(false);
    // New consent is recorded under the notice the country asks it under now (default).
    expect(me.noticeVersion).toBe('2025-01');
    const other = (await ok(server, ONE, { id: bob }, expertCaller(alice))).expert;
    const publicView = (await ok(server, ONE, { id: bob }, PUBLIC)).expert;
    expect(other).toEqual(publicView);
    expect(other.contact).toBeNull();
    expect(other.withheldFields).toContain('contact');
  });

  it('may not read the audit log, the policy, records by ref, or another expert’s own fields', async () => {
    const as = expertCaller(alice);
    for (const query of [
      `{ auditLog(country: ${COUNTRY}) { totalCount } }`,
      `{ releasePolicy(country: ${COUNTRY}) { isDefault } }`,
      `{ expertByRef(country: ${COUNTRY}, ref: "RIGHTS-BOB") { id } }`,
      `{ pendingErasures(country: ${COUNTRY}) { expertId } }`,
      `{ confirmationsDue(country: ${COUNTRY}) { dueAt } }`,
    ])
      expect(codesOf(await run(server, query, {}, as))).toEqual(['FORBIDDEN']);
    const ref = await ok(
      server,
      `query($id: ID!) { expert(id: $id) { ref contact { workEmail } } }`,
      { id: bob },
      as,
    );
    expect(ref.expert).toEqual({ ref: null, contact: null });
    expect(
      codesOf(await run(server, `mutation { confirmExpert(id: "${bob}") { id } }`, {}, as)),
    ).toEqual(['FORBIDDEN']);
  });

  it('refuses `me` without an expert token, in words', async () => {
    const anonymous = await run(server, '{ me { lapsed } }', {}, PUBLIC);
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.errors![0].message).toMatch(/Sign in as the expert/);
    const steward = await run(server, '{ me { lapsed } }', {}, STEWARD);
    expect(codesOf(steward)).toEqual(['FORBIDDEN']);
    expect(steward.errors![0].message).toMatch(/Only an expert has a record of their own/);
  });

  it('lists the releases of their record to others, and none of another’s', async () => {
    await ok(server, ONE, { id: alice }, MEMBER_VIEWER);
    await ok(server, ONE, { id: bob }, MEMBER_VIEWER);
    const { releases } = (await ok(server, ME, {}, expertCaller(alice))).me;
    expect(releases.totalCount).toBe(1);
    expect(releases.edges[0].node).toMatchObject({
      role: 'viewer',
      country: 'TH',
      audience: 'MEMBER',
      purpose: 'ANY',
      operation: 'One',
    });
    expect(releases.edges[0].node.fields).toContain('displayName');
    // Their own reads are no release.
    await ok(server, ME, {}, expertCaller(alice));
    expect((await ok(server, ME, {}, expertCaller(alice))).me.releases.totalCount).toBe(1);
  });
});

describe('self-service changes', () => {
  const UPDATE = `mutation U($input: MyRecordInput!) { updateMyRecord(input: $input) { expert { languages { tag cefr } availability { status } } } }`;

  it('changes languages and availability on the next request, audited for the stewards', async () => {
    await ok(
      server,
      UPDATE,
      {
        input: {
          languages: [
            { tag: 'id', cefr: 'C2' },
            { tag: 'fr', cefr: 'A2' },
          ],
        },
      },
      expertCaller(alice),
    );
    const me = (await ok(server, ME, {}, expertCaller(alice))).me;
    expect(me.expert.languages).toEqual([
      { tag: 'id', cefr: 'C2' },
      { tag: 'fr', cefr: 'A2' },
    ]);
    const log = await ok(
      server,
      `{ auditLog(country: ${COUNTRY}, first: 50) { edges { node { kind operation expertIds fields subject role } } } }`,
      {},
      STEWARD,
    );
    expect(log.auditLog.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      kind: 'WRITE',
      operation: 'updateMyRecord',
      expertIds: [alice],
      fields: ['languages'],
      subject: null,
      role: 'expert',
    });
  });

  it('refuses an invalid change with the record checks, naming the field', async () => {
    const bad = await run(
      server,
      UPDATE,
      { input: { languages: [{ tag: 'not a tag!', cefr: 'B1' }] } },
      expertCaller(alice),
    );
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions).toMatchObject({ field: 'languages' });
    const empty = await run(server, UPDATE, { input: {} }, expertCaller(alice));
    expect(empty.errors![0].message).toMatch(/at least one of availability, languages, contact/);
  });

  it('makes no change the audit log cannot record (fail-closed, like a release)', async () => {
    const before = (await ok(server, ME, {}, expertCaller(alice))).me.expert.languages;
    const append = jest.spyOn(server.audit, 'append').mockRejectedValueOnce(new Error('disk full'));
    try {
      const refused = await run(
        server,
        UPDATE,
        { input: { languages: [{ tag: 'ms', cefr: 'B1' }] } },
        expertCaller(alice),
      );
      expect(refused.errors).toEqual([
        expect.objectContaining({
          message: OWN_WRITE_FAILED_MESSAGE,
          extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }),
        }),
      ]);
    } finally {
      append.mockRestore();
    }
    expect((await ok(server, ME, {}, expertCaller(alice))).me.expert.languages).toEqual(before);
  });

  it('withdraws consent itself: the record leaves that audience at once', async () => {
    await ok(
      server,
      `mutation { setMyConsent(consent: [{ audience: MEMBER, granted: false, noticeVersion: "v2" }]) { lapsed } }`,
      {},
      expertCaller(bob),
    );
    expect((await ok(server, ONE, { id: bob }, MEMBER_VIEWER)).expert).toBeNull();
    const { consent } = (await ok(server, ME, {}, expertCaller(bob))).me;
    expect(consent).toContainEqual({ audience: 'MEMBER', granted: false, noticeVersion: 'v2' });
  });
});

describe('portability', () => {
  it('exports a record the real import reads back unchanged', async () => {
    const text = (await ok(server, '{ exportMe }', {}, expertCaller(alice))).exportMe;
    const exported = JSON.parse(text);
    expect(exported.releases.length).toBeGreaterThan(0);
    copy = await startCountry(COUNTRY, 'rights_copy', 0);
    const summary = await importRecords({
      store: copy.store,
      rows: parseRows(JSON.stringify(exported.records), 'json'),
    });
    expect(summary).toMatchObject({ inserted: 1, rejected: 0 });
    const [original] = await server.store.findByRefs(['RIGHTS-ALICE']);
    const [imported] = await copy.store.findByRefs(['RIGHTS-ALICE']);
    expect(toRecord(imported, COUNTRY)).toEqual(toRecord(original, COUNTRY));
  });
});

describe('erasure', () => {
  it('hides the record at once from every non-OWN audience, and a steward completes it', async () => {
    const carol = await consentedExpert(server, 'RIGHTS-CAROL');
    const before = (await ok(server, FACETS, {}, MEMBER_VIEWER)).expertFacets.total;
    const erasure = (
      await ok(
        server,
        'mutation { requestErasure { expertId requestedAt dueAt completedAt } }',
        {},
        expertCaller(carol),
      )
    ).requestErasure;
    expect(erasure.expertId).toBe(carol);
    expect(Date.parse(erasure.dueAt) - Date.parse(erasure.requestedAt)).toBe(30 * 86_400_000);

    for (const caller of [MEMBER_VIEWER, PUBLIC, expertCaller(alice)]) {
      expect((await ok(server, ONE, { id: carol }, caller)).expert).toBeNull();
      const listed = (await ok(server, LIST, {}, caller)).experts.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
      expect(listed).not.toContain(carol);
    }
    expect((await ok(server, FACETS, {}, MEMBER_VIEWER)).expertFacets.total).toBe(before - 1);
    // Ranked text search reads the in-memory index: it hides the record too, and so do statistics.
    const TEXT = `{ experts(filter: { text: "Shown RIGHTS-CAROL" }) { edges { node { id } } } }`;
    const ranked = (await ok(server, TEXT, {}, MEMBER_VIEWER)).experts.edges;
    expect(ranked.map((e: { node: { id: string } }) => e.node.id)).not.toContain(carol);
    expect(
      (await ok(server, TEXT, {}, STEWARD)).experts.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      ),
    ).toContain(carol);
    const entities = await ok(
      server,
      ENTITIES,
      { reps: [{ __typename: 'Expert', id: carol }] },
      MEMBER_VIEWER,
    );
    expect(entities._entities).toEqual([null]);
    const mine = (await ok(server, ME, {}, expertCaller(carol))).me;
    expect(mine.erasureRequestedAt).toBe(erasure.requestedAt);
    // The expert's page says by when a steward removes it.
    expect(mine.erasure).toEqual({ requestedAt: erasure.requestedAt, dueAt: erasure.dueAt });
    // The country's own officials still see it until the steward completes the erasure.
    expect((await ok(server, ONE, { id: carol }, STEWARD)).expert.id).toBe(carol);

    const pending = (
      await ok(server, `{ pendingErasures(country: ${COUNTRY}) { expertId dueAt } }`, {}, STEWARD)
    ).pendingErasures;
    expect(pending).toEqual([{ expertId: carol, dueAt: erasure.dueAt }]);
    const done = (
      await ok(
        server,
        `mutation { completeErasure(id: "${carol}") { expertId completedAt completedBy } }`,
        {},
        STEWARD,
      )
    ).completeErasure;
    expect(done).toMatchObject({ expertId: carol, completedBy: 'id-steward' });
    expect(done.completedAt).not.toBeNull();
    expect((await ok(server, ONE, { id: carol }, STEWARD)).expert).toBeNull();
    expect(
      (await ok(server, `{ pendingErasures(country: ${COUNTRY}) { expertId } }`, {}, STEWARD))
        .pendingErasures,
    ).toEqual([]);
    expect((await ok(server, '{ me { lapsed } }', {}, expertCaller(carol))).me).toBeNull();
    // Programme engagements of the erased expert show no expert.
    const engagement = await ok(
      server,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProgrammeEngagement { expert { id } } } }`,
      { reps: [{ __typename: 'ProgrammeEngagement', expertId: carol }] },
      STEWARD,
    );
    expect(engagement._entities).toEqual([{ expert: null }]);
    expect(
      codesOf(
        await run(server, `mutation { completeErasure(id: "${carol}") { expertId } }`, {}, STEWARD),
      ),
    ).toEqual(['CONFLICT']);
  });
});

describe('re-confirmation', () => {
  it('withholds a lapsed record outside the country until the expert confirms it', async () => {
    const [doc] = await server.store.findByRefs(['RIGHTS-ALICE']);
    await server.store.setLifecycle(doc._id, { lastConfirmedAt: new Date('2020-01-01T00:00:00Z') });
    expect((await ok(server, ONE, { id: alice }, MEMBER_VIEWER)).expert).toBeNull();
    expect((await ok(server, ONE, { id: alice }, STEWARD)).expert.id).toBe(alice);
    const due = (
      await ok(
        server,
        `{ confirmationsDue(country: ${COUNTRY}) { expert { id } lapsed dueAt } }`,
        {},
        STEWARD,
      )
    ).confirmationsDue;
    expect(due).toEqual([
      { expert: { id: alice }, lapsed: true, dueAt: '2022-12-31T00:00:00.000Z' },
    ]);
    expect((await ok(server, ME, {}, expertCaller(alice))).me.lapsed).toBe(true);

    await ok(server, 'mutation { confirmMyRecord { lapsed } }', {}, expertCaller(alice));
    expect((await ok(server, ONE, { id: alice }, MEMBER_VIEWER)).expert.id).toBe(alice);
    expect(
      (await ok(server, `{ confirmationsDue(country: ${COUNTRY}) { expert { id } } }`, {}, STEWARD))
        .confirmationsDue,
    ).toEqual([]);
  });

  it('is confirmed by a steward too, and reports records due within the window', async () => {
    const [doc] = await server.store.findByRefs(['RIGHTS-BOB']);
    const soon = new Date(Date.now() - (3 * 365 - 30) * 86_400_000);
    await server.store.setLifecycle(doc._id, { lastConfirmedAt: soon });
    const due = (
      await ok(
        server,
        `{ confirmationsDue(country: ${COUNTRY}, withinDays: 90) { expert { id } lapsed } }`,
        {},
        STEWARD,
      )
    ).confirmationsDue;
    expect(due).toEqual([{ expert: { id: bob }, lapsed: false }]);
    expect(
      (
        await ok(
          server,
          `{ confirmationsDue(country: ${COUNTRY}, withinDays: 10) { lapsed } }`,
          {},
          STEWARD,
        )
      ).confirmationsDue,
    ).toEqual([]);
    await ok(server, `mutation { confirmExpert(id: "${bob}") { id } }`, {}, STEWARD);
    expect(
      (await ok(server, `{ confirmationsDue(country: ${COUNTRY}) { lapsed } }`, {}, STEWARD))
        .confirmationsDue,
    ).toEqual([]);
  });
});

describe('corrections through a steward', () => {
  const REQUEST = `mutation R($input: CorrectionInput!) { requestCorrection(input: $input) { id status fields note decidedBy } }`;
  const MINE = '{ me { expert { position { title } } changeRequests { id status reason } } }';

  it('an approved correction is visible on the next request; a rejection says why', async () => {
    const position = {
      title: 'Deputy Director',
      grade: { scheme: 'JPT', code: 'Madya' },
      band: 'EXECUTIVE',
      agency: 'BKN',
    };
    const asked = (
      await ok(server, REQUEST, { input: { position, note: 'promoted' } }, expertCaller(bob))
    ).requestCorrection;
    expect(asked).toMatchObject({
      status: 'PENDING',
      fields: ['position'],
      note: 'promoted',
      decidedBy: null,
    });
    const listed = (
      await ok(
        server,
        `{ changeRequests(country: ${COUNTRY}, status: PENDING) { id expertId } }`,
        {},
        STEWARD,
      )
    ).changeRequests;
    expect(listed).toEqual([{ id: asked.id, expertId: bob }]);
    expect(
      codesOf(
        await run(server, `{ changeRequests(country: ${COUNTRY}) { id } }`, {}, expertCaller(bob)),
      ),
    ).toEqual(['FORBIDDEN']);
    // Not applied until a steward approves it.
    expect((await ok(server, MINE, {}, expertCaller(bob))).me.expert.position.title).not.toBe(
      'Deputy Director',
    );

    const DECIDE = `mutation D($id: ID!, $approve: Boolean!, $reason: String) { decideChangeRequest(id: $id, approve: $approve, reason: $reason) { status decidedBy reason } }`;
    const decided = (await ok(server, DECIDE, { id: asked.id, approve: true }, STEWARD))
      .decideChangeRequest;
    expect(decided).toEqual({ status: 'APPROVED', decidedBy: 'id-steward', reason: null });
    const mine = (await ok(server, MINE, {}, expertCaller(bob))).me;
    expect(mine.expert.position.title).toBe('Deputy Director');
    expect(mine.changeRequests).toEqual([{ id: asked.id, status: 'APPROVED', reason: null }]);

    const second = (
      await ok(server, REQUEST, { input: { displayName: 'Bob the Great' } }, expertCaller(bob))
    ).requestCorrection;
    const noReason = await run(server, DECIDE, { id: second.id, approve: false }, STEWARD);
    expect(noReason.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    await ok(
      server,
      DECIDE,
      { id: second.id, approve: false, reason: 'Use your legal name.' },
      STEWARD,
    );
    const after = (await ok(server, MINE, {}, expertCaller(bob))).me.changeRequests;
    expect(after[1]).toEqual({ id: second.id, status: 'REJECTED', reason: 'Use your legal name.' });
    expect(codesOf(await run(server, DECIDE, { id: second.id, approve: true }, STEWARD))).toEqual([
      'CONFLICT',
    ]);
  });

  it('refuses a correction the record checks refuse, naming the field', async () => {
    const bad = await run(server, REQUEST, { input: { displayName: '' } }, expertCaller(bob));
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'displayName',
    });
  });
});
