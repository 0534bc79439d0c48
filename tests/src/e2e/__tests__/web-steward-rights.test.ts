import { MongoClient } from 'mongodb';
import type { Page } from 'playwright-core';
import { parseExpertId } from '@expertpool/shared';
import { TokenFor, WebServer } from '../../index';
import { screenshot, seriousViolations } from '../helpers/browser';
import { visibleDemo } from '../helpers/demo';
import { gql } from '../helpers/graphql';
import { WebRegion, signInAs, startWebRegion } from '../helpers/web-region';

/**
 * The steward's side of the expert's own rights in the console (issue 13 point 7;
 * docs/ARCHITECTURE.md §6.8, §10.5) in headless Chromium against the real region: the experts
 * ask through the gateway with their own tokens, the steward decides in the browser, and the
 * outcome is read back from the services.
 */
let app: WebRegion;
let web: WebServer;
let page: Page;

jest.setTimeout(400_000);
// The embedded test database under load can be slow: generous waits, and nothing here asserts speed.
const SLOW = { timeout: 120_000 };
const SEED = 25;
const DB_PREFIX = 'webrights';

const [ANNA, BEN, CHAI, DAO] = visibleDemo('TH', SEED, 'MEMBER');
const expert = (id: string): TokenFor => ({ role: 'expert', country: 'TH', expertId: id });
const TH_STEWARD: TokenFor = { role: 'steward', country: 'TH' };

/** The data of a request through the gateway as `who`; a refusal fails the test with its errors. */
async function data(who: TokenFor, query: string, variables = {}) {
  const result = await gql(app.region.gateway.url, query, variables, await app.region.bearer(who));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/** Changes one expert document in Thailand's own database, as time passing would. */
async function inThailand(collection: string, id: string, set: Record<string, Date>) {
  const client = await MongoClient.connect(process.env.MONGODB_URI!);
  try {
    await client
      .db(`${DB_PREFIX}_th`)
      .collection<{ _id: string }>(collection)
      .updateOne({ _id: parseExpertId(id).opaque }, { $set: set });
  } finally {
    await client.close();
  }
}

/** Opens the console afresh (from another page), so every section reads its list again. */
async function openConsole() {
  await page.goto(`${web.origin}/#/overview`);
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Steward console' })
    .click();
  await page.getByRole('heading', { name: 'Steward console: Thailand' }).waitFor(SLOW);
}

/** The element with the keyboard focus, by its tag (browser code as text: no DOM types here). */
const focused = () => page.evaluate<string>('document.activeElement?.tagName ?? ""');

const request = (id: string) =>
  page.getByTestId('change-request').filter({ has: page.getByRole('link', { name: id }) });

beforeAll(async () => {
  app = await startWebRegion({ dbPrefix: DB_PREFIX, seedExperts: SEED, countries: ['TH'] });
  ({ web, page } = app);
  await page.goto(`${web.origin}/`);
  await signInAs(page, 'steward', 'TH');
});

afterAll(async () => {
  await app?.stop();
});

test('a steward sees a pending correction in words, cannot reject it without a reason, and approving applies it', async () => {
  const position = { ...ANNA.position, title: 'Director of Digital Government' };
  await data(
    expert(ANNA.id!),
    `mutation($p: PositionInput!) { requestCorrection(input: { position: $p, note: "Promoted in May" }) { id } }`,
    { p: position },
  );
  await openConsole();
  const item = request(ANNA.id!);
  await item.waitFor(SLOW);
  expect(await item.getAttribute('data-status')).toBe('PENDING');
  // The proposed position in words, not as JSON.
  const proposed = await item.locator('[data-field=position] dd').textContent();
  expect(proposed).toContain(`Director of Digital Government, ${ANNA.position.agency}`);
  expect(proposed).not.toMatch(/[{}"]/);
  expect(await item.textContent()).toContain('Promoted in May');

  await item.getByRole('button', { name: 'Reject…' }).click();
  // Keyboard users land in the reason box the button gave way to.
  expect(await focused()).toBe('TEXTAREA');
  await item.getByRole('button', { name: 'Reject request' }).click();
  await item.getByText('Give the expert a reason for the rejection.').waitFor(SLOW);
  expect(await item.getByLabel(/^Reason for the rejection/).getAttribute('aria-invalid')).toBe(
    'true',
  );
  const still = await data(TH_STEWARD, '{ changeRequests(country: TH) { expertId status } }');
  expect(still.changeRequests).toEqual([{ expertId: ANNA.id, status: 'PENDING' }]);

  // The audit log names the expert's request as their own change, never as a release.
  const write = page.getByTestId('audit-row').filter({ hasText: 'requestCorrection' });
  await write.waitFor(SLOW);
  expect(await write.locator('td').allTextContents()).toEqual(
    expect.arrayContaining(['the expert, on their own record (TH)', 'Changed: Position']),
  );

  await screenshot(page, 'steward-rights');
  expect(await seriousViolations(page)).toEqual([]);

  await item.getByRole('button', { name: 'Approve' }).click();
  await page
    .locator('[data-testid=change-request][data-status=APPROVED]')
    .filter({ hasText: ANNA.id! })
    .waitFor(SLOW);
  expect(await item.getByTestId('decision').textContent()).toMatch(/^Approved \d{1,2} \w+ \d{4}/);
  const me = (await data(expert(ANNA.id!), '{ me { expert { position { title } } } }')).me;
  expect(me.expert.position.title).toBe('Director of Digital Government');
  // And the record in the app says so on the next request.
  await item.getByRole('link', { name: ANNA.id! }).click();
  await page.getByText('Director of Digital Government').first().waitFor(SLOW);
});

test('a rejection with a reason is shown to the expert, and the status filter lists it', async () => {
  await data(
    expert(BEN.id!),
    'mutation { requestCorrection(input: { displayName: "Dr Benjamas" }) { id } }',
  );
  await openConsole();
  const item = request(BEN.id!);
  await item.locator('[data-field=displayName]').filter({ hasText: 'Dr Benjamas' }).waitFor(SLOW);
  await item.getByRole('button', { name: 'Reject…' }).click();
  await item.getByLabel(/^Reason for the rejection/).fill('Send the degree certificate first.');
  await item.getByRole('button', { name: 'Reject request' }).click();
  await item.getByTestId('decision').waitFor(SLOW);
  expect(await item.getByTestId('decision').textContent()).toContain(
    'Reason: Send the degree certificate first.',
  );
  const mine = (await data(expert(BEN.id!), '{ me { changeRequests { status reason } } }')).me;
  expect(mine.changeRequests).toEqual([
    { status: 'REJECTED', reason: 'Send the degree certificate first.' },
  ]);

  await page.getByLabel('Status').selectOption('REJECTED');
  await page.getByTestId('change-requests-count').filter({ hasText: '1 rejected.' }).waitFor(SLOW);
  expect(await page.getByTestId('change-request').count()).toBe(1);
  expect(await request(BEN.id!).getAttribute('data-status')).toBe('REJECTED');
});

test('a pending erasure is listed, overdue once its due date passed, and completing it removes the record', async () => {
  await data(expert(CHAI.id!), 'mutation { requestErasure { dueAt } }');
  await inThailand('erasures', CHAI.id!, { dueAt: new Date('2026-01-01T00:00:00Z') });
  await openConsole();
  const row = page.getByTestId('erasure-row').filter({ hasText: CHAI.id! });
  await row.waitFor(SLOW);
  expect(await row.getAttribute('data-overdue')).toBe('true');
  expect(await row.textContent()).toContain('1 Jan 2026 Overdue');

  await row.getByRole('button', { name: 'Complete erasure…' }).click();
  expect(await row.textContent()).toContain('cannot be undone');
  // The irreversible step opens on the safe choice.
  expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Cancel');
  await row.getByRole('button', { name: 'Erase for good' }).click();
  await row.getByTestId('erasure-done').waitFor(SLOW);
  expect(await row.getByTestId('erasure-done').textContent()).toMatch(/^Erased \d{1,2} \w+ \d{4}/);

  const lookup = await data(TH_STEWARD, 'query($id: ID!) { expert(id: $id) { id } }', {
    id: CHAI.id,
  });
  expect(lookup.expert).toBeNull();
  const pending = await data(TH_STEWARD, '{ pendingErasures(country: TH) { expertId } }');
  expect(pending.pendingErasures).toEqual([]);
});

test('a lapsed record is listed as due, and confirming it on the expert’s behalf lifts the lapse', async () => {
  // Four years without a confirmation.
  await inThailand('experts', DAO.id!, { lastConfirmedAt: new Date('2021-01-01T00:00:00Z') });
  expect((await data(expert(DAO.id!), '{ me { lapsed } }')).me.lapsed).toBe(true);
  await openConsole();
  const row = page.getByTestId('confirmation-row').filter({ hasText: DAO.displayName });
  await row.waitFor(SLOW);
  expect(await row.getAttribute('data-lapsed')).toBe('true');
  expect(await row.textContent()).toContain('Lapsed: withheld outside Thailand');
  expect(await row.textContent()).toContain('1 Jan 2021');

  await row.getByRole('button', { name: /^Confirm on the expert's behalf/ }).click();
  await row.getByTestId('confirmed').waitFor(SLOW);
  expect(await row.getAttribute('data-lapsed')).toBe('false');
  expect((await data(expert(DAO.id!), '{ me { lapsed } }')).me.lapsed).toBe(false);

  // Read afresh over a wider window, the list no longer holds it: nothing of Thailand's lapsed.
  await page.getByLabel('Lapsing within').selectOption('365');
  await page
    .getByTestId('confirmations-count')
    .filter({ hasText: /^0 lapsed/ })
    .waitFor(SLOW);
  expect(
    await page.getByTestId('confirmation-row').filter({ hasText: DAO.displayName }).count(),
  ).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('at phone width the console with these sections does not scroll sideways', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openConsole();
  await page
    .getByTestId('change-requests-count')
    .filter({ hasText: /pending/ })
    .waitFor(SLOW);
  await page.getByLabel('Status').selectOption('APPROVED');
  await request(ANNA.id!).waitFor(SLOW);
  await page
    .getByTestId('confirmations-count')
    .filter({ hasText: /in all/ })
    .waitFor(SLOW);
  expect(
    await page.evaluate<boolean>(
      'document.documentElement.scrollWidth > document.documentElement.clientWidth',
    ),
  ).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
});
