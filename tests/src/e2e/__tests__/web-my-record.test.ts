import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { WebServer } from '../../index';
import { findDevUser } from '../../region/identity-provider/users';
import { screenshot, seriousViolations } from '../helpers/browser';
import { gql } from '../helpers/graphql';
import { WebRegion, signInAs, startWebRegion } from '../helpers/web-region';

/**
 * The expert's own page (issue 13, point 7; docs/ARCHITECTURE.md §10.6) in headless Chromium
 * against the real region, started as `npm start` starts it: the development provider's expert
 * of Thailand signs in and exercises each right; officials act through the gateway beside it.
 */
let app: WebRegion;
let web: WebServer;
let page: Page;

jest.setTimeout(400_000);
// The embedded test database under a full run's load can be slow: generous waits, and nothing
// here asserts speed.
const SLOW = { timeout: 120_000 };

const EXPERT_ID = findDevUser('dev-expert-th')!.expertId!;
const ONE = `query($id: ID!) { expert(id: $id) { id position { title } availability { status } } }`;

beforeAll(async () => {
  app = await startWebRegion({ dbPrefix: 'webme', seedExperts: 25, countries: ['TH', 'MY'] });
  ({ web, page } = app);
});

afterAll(async () => {
  await app?.stop();
});

/** A request through the gateway as an official, as another app would make it. */
async function asOfficial(
  who: { role: 'viewer' | 'steward'; country: string },
  query: string,
  variables = {},
) {
  const result = await gql(app.region.gateway.url, query, variables, await app.region.bearer(who));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/** The page afresh, as the expert comes back to it. */
async function openMyRecord() {
  await page.goto(`${web.origin}/#/me`);
  await page.reload();
  await page.getByRole('heading', { name: 'Who may see your record' }).waitFor(SLOW);
}

const section = (name: string) => page.getByRole('region', { name });

test('only an expert has a record page; the expert signs in and sees their record as OWN', async () => {
  await page.goto(`${web.origin}/#/me`);
  await signInAs(page, 'viewer', 'TH');
  await page.getByText('This page is for the experts in the pool').waitFor(SLOW);

  await signInAs(page, 'expert', 'TH');
  expect(await page.getByTestId('who-audience').textContent()).toBe(
    'OWN for your record, PUBLIC for the others',
  );
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'My record' })
    .click();
  await page.getByRole('heading', { name: 'My record' }).waitFor(SLOW);
  const record = section("Your record, as Thailand's officials see it");
  // Every field, contact included: the own country's officials' view.
  await record.getByText('Contact').waitFor(SLOW);
  expect(await record.locator('a[href^="mailto:"]').count()).toBe(1);
  expect(await page.getByTestId('confirmation-state').textContent()).toMatch(
    /^Confirmed on \d{1,2} \w+ \d{4}\. Confirm it again by \d{1,2} \w+ \d{4}/,
  );
  await screenshot(page, 'my-record');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the expert sees who received the record, and a withdrawn consent hides it from that audience', async () => {
  // The demo expert consents to member states for any purpose: a Malaysian viewer finds them.
  const seen = await asOfficial({ role: 'viewer', country: 'MY' }, ONE, { id: EXPERT_ID });
  expect(seen.expert.id).toBe(EXPERT_ID);

  await openMyRecord();
  const releases = page.getByTestId('my-release');
  await releases.first().waitFor(SLOW);
  const cells = await releases.first().locator('td').allTextContents();
  expect(cells.slice(1, 3)).toEqual(['Viewer of Malaysia', 'Member states']);
  expect(cells[4]).toContain('Position');

  const member = page.getByRole('group', { name: 'Member states' });
  const any = member.getByRole('checkbox', { name: /^Any purpose/ });
  expect(await any.isChecked()).toBe(true);
  await any.uncheck();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await page.getByText('Your answers are recorded.').waitFor(SLOW);
  await member.getByText(/Any purpose \(no since \d{1,2} \w+ \d{4}\)/).waitFor(SLOW);
  // On the next request Malaysia no longer finds the record.
  const after = await asOfficial({ role: 'viewer', country: 'MY' }, ONE, { id: EXPERT_ID });
  expect(after.expert).toBeNull();

  await any.check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await member.getByText(/Any purpose \(yes since/).waitFor(SLOW);
  const again = await asOfficial({ role: 'viewer', country: 'MY' }, ONE, { id: EXPERT_ID });
  expect(again.expert.id).toBe(EXPERT_ID);
});

test('a self-service change is saved and shown on the next request; a bad one is refused in words', async () => {
  await openMyRecord();
  await page.getByLabel('Status').selectOption('AVAILABLE');
  await page.getByRole('button', { name: 'Add a language' }).click();
  const rows = page.getByRole('group', { name: /^Language \d+$/ });
  const added = rows.last();
  await added.getByLabel('Language tag').fill('not a tag!');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: /languages/ });
  await refusal.waitFor(SLOW);
  // Nothing was saved: the country still holds the old availability.
  const unchanged = await asOfficial({ role: 'steward', country: 'TH' }, ONE, { id: EXPERT_ID });
  expect(unchanged.expert.availability.status).toBe('LIMITED');

  await added.getByLabel('Language tag').fill('fil');
  await added.getByLabel('Level').selectOption('B1');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Saved: Availability, Languages.').waitFor(SLOW);
  await openMyRecord();
  const record = section("Your record, as Thailand's officials see it");
  await record.getByText(/^Available/).waitFor(SLOW);
  await record.getByText(/Filipino B1/).waitFor(SLOW);
  const saved = await asOfficial({ role: 'steward', country: 'TH' }, ONE, { id: EXPERT_ID });
  expect(saved.expert.availability.status).toBe('AVAILABLE');
});

test('a correction waits for a steward; once approved the record shows it', async () => {
  await openMyRecord();
  await page.getByLabel('Title', { exact: true }).first().fill('Director of Learning Design');
  await page.getByLabel('Why (your stewards read this)').fill('Promoted in October.');
  await page.getByRole('button', { name: 'Ask for this correction' }).click();
  await page.getByText('Sent to your stewards: Position.').waitFor(SLOW);
  const request = page.getByTestId('my-change-request').first();
  await request.filter({ hasText: 'Waiting for a steward' }).waitFor(SLOW);
  expect(await request.getAttribute('data-status')).toBe('PENDING');

  const steward = { role: 'steward' as const, country: 'TH' };
  const pending = await asOfficial(
    steward,
    '{ changeRequests(country: TH, status: PENDING) { id fields } }',
  );
  expect(pending.changeRequests).toEqual([
    { id: expect.stringMatching(/^TH:/), fields: ['position'] },
  ]);
  await asOfficial(
    steward,
    'mutation($id: ID!) { decideChangeRequest(id: $id, approve: true) { status } }',
    {
      id: pending.changeRequests[0].id,
    },
  );

  await openMyRecord();
  await page
    .getByTestId('my-change-request')
    .filter({ hasText: /^Position, asked on .*: Approved on/ })
    .waitFor(SLOW);
  await section("Your record, as Thailand's officials see it")
    .getByText(/^Director of Learning Design,/)
    .waitFor(SLOW);
});

test('the record downloads as JSON in the import format, with its releases', async () => {
  await openMyRecord();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my record' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`expert-record-${EXPERT_ID.replace(':', '-')}.json`);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file.records).toHaveLength(1);
  expect(file.records[0]).toMatchObject({
    id: EXPERT_ID,
    position: { title: 'Director of Learning Design' },
    availability: { status: 'AVAILABLE' },
  });
  expect(file.releases).toContainEqual(
    expect.objectContaining({ role: 'viewer', country: 'MY', audience: 'MEMBER' }),
  );
});

test('at phone width the page does not scroll sideways', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMyRecord();
  await page.getByTestId('my-release').first().waitFor(SLOW);
  expect(
    await page.evaluate<boolean>(
      'document.documentElement.scrollWidth > document.documentElement.clientWidth',
    ),
  ).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('an erasure request hides the record at once; once a steward completes it the page says so', async () => {
  await openMyRecord();
  const erase = page.getByRole('button', { name: 'Ask for my record to be erased' });
  expect(await erase.isDisabled()).toBe(true);
  await page.getByLabel(/I understand that my record will be removed/).check();
  await erase.click();
  await page
    .getByTestId('erasure-state')
    .filter({ hasText: /a steward removes it by \d{1,2} \w+ \d{4}/ })
    .waitFor(SLOW);
  // Hidden at once from Malaysia, which found it before (the record consents to member states).
  const member = await asOfficial({ role: 'viewer', country: 'MY' }, ONE, { id: EXPERT_ID });
  expect(member.expert).toBeNull();

  const steward = { role: 'steward' as const, country: 'TH' };
  const pending = await asOfficial(steward, '{ pendingErasures(country: TH) { expertId } }');
  expect(pending.pendingErasures).toEqual([{ expertId: EXPERT_ID }]);
  await asOfficial(steward, 'mutation($id: ID!) { completeErasure(id: $id) { completedAt } }', {
    id: EXPERT_ID,
  });

  await page.reload();
  await page.getByText('Thailand holds no record of yours.').waitFor(SLOW);
});

test('a token the services no longer accept signs the tab out, and says so', async () => {
  await signInAs(page, 'viewer', 'TH');
  // Spoil the stored access token's signature, as keys rotated since it was issued would.
  await page.evaluate(`(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const user = JSON.parse(sessionStorage.getItem(key));
    user.access_token = user.access_token.slice(0, -4) + (user.access_token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    sessionStorage.setItem(key, JSON.stringify(user));
  })()`);
  await page.goto(`${web.origin}/#/`);
  await page.reload();
  await page
    .getByRole('alert')
    .filter({ hasText: 'Your sign-in was not accepted any more' })
    .waitFor(SLOW);
  expect(await page.getByTestId('who-role').textContent()).toBe('public');
});
