import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { WebServer } from '../../index';
import { screenshot, seriousViolations } from '../helpers/browser';
import { WebRegion, signInAs, startWebRegion } from '../helpers/web-region';

/**
 * The steward console and the region overview (issue 11, points 4 and 6; docs/ARCHITECTURE.md
 * §10.5) in headless Chromium against the real region, started as `npm start` starts it.
 */
let app: WebRegion;
let web: WebServer;
let page: Page;

jest.setTimeout(400_000);
// The embedded test database under a full run's load can be slow: generous waits, and nothing
// here asserts speed.
const SLOW = { timeout: 120_000 };

beforeAll(async () => {
  app = await startWebRegion({
    dbPrefix: 'websteward',
    seedExperts: 25,
    countries: ['TH', 'MY', 'SG'],
  });
  ({ web, page } = app);
});

afterAll(async () => {
  await app?.stop();
});

/** One field of one audience's preview; with `state`, only while it is released or withheld. */
const preview = (audience: string, field: string, state?: 'released' | 'withheld') =>
  page.locator(
    `[data-testid=preview-${audience}] [data-field=${field}]${state ? `[data-state=${state}]` : ''}`,
  );

async function openConsole() {
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Steward console' })
    .click();
  await page.getByRole('heading', { name: 'Steward console: Thailand' }).waitFor(SLOW);
}

/** The page is wider than the window: something to scroll sideways. (Browser code as text: the tests compile without DOM types.) */
const overflowsSideways = () =>
  page.evaluate<boolean>(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth',
  );

/**
 * Whether the page fits the window once its layout has settled: the charts redraw for a new
 * width when their resize observer fires, a frame or more after the window changed.
 */
const fitsAfterResize = () =>
  page
    .waitForFunction(
      'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
      null,
      {
        timeout: 10_000,
      },
    )
    .then(
      () => true,
      () => false,
    );

let previewed: string;

test('a steward unticks a field for the public: the preview withholds it, and after saving so does the service', async () => {
  await page.goto(`${web.origin}/`);
  await signInAs(page, 'steward', 'TH');
  await openConsole();
  // The default policy releases languages to the public; the preview shows a real record's.
  await preview('PUBLIC', 'languages', 'released').waitFor(SLOW);
  previewed = await page.getByLabel('Expert to preview').inputValue();
  expect(previewed).toMatch(/^TH:/);
  const before = await preview('PUBLIC', 'languages').locator('dd').textContent();
  expect(before).not.toBe('Withheld');

  await page.getByRole('checkbox', { name: 'Release Languages to Public' }).uncheck();
  await page.getByText('Under your draft (not saved yet):').waitFor(SLOW);
  await preview('PUBLIC', 'languages', 'withheld').waitFor(SLOW);
  expect(await preview('PUBLIC', 'languages').locator('dd').textContent()).toBe('Withheld');
  // Only the public's column changed.
  expect(await preview('MEMBER', 'languages').getAttribute('data-state')).toBe('released');
  expect(await preview('OWN', 'contact').getAttribute('data-state')).toBe('released');

  await screenshot(page, 'steward');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Save policy' }).click();
  await page.getByTestId('policy-status').filter({ hasText: 'Saved.' }).waitFor(SLOW);
  await page.getByText('Under the stored policy:').waitFor(SLOW);
  expect(await preview('PUBLIC', 'languages').getAttribute('data-state')).toBe('withheld');

  // The public now gets the record without languages, named as withheld by Thailand's policy.
  await page.goto(`${web.origin}/#/experts/${encodeURIComponent(previewed)}`);
  await signInAs(page, 'public');
  await page.getByRole('heading', { name: 'Withheld' }).waitFor(SLOW);
  const withheld = await page.getByTestId('withheld').allTextContents();
  expect(withheld.some((w) => /^Languages: withheld by Thailand's release policy/.test(w))).toBe(
    true,
  );
});

test('the audit log narrows by audience, and its CSV holds the header and the rows shown', async () => {
  // A release to the secretariat beside the public's releases of the test before.
  await signInAs(page, 'secretariat');
  await page.goto(`${web.origin}/#/experts/${encodeURIComponent(previewed)}`);
  await page.getByRole('heading', { level: 1 }).waitFor(SLOW);

  await page.goto(`${web.origin}/#/`);
  await signInAs(page, 'steward', 'TH');
  await openConsole();
  const rows = page.getByTestId('audit-row');
  await rows.first().waitFor(SLOW);
  const all = await rows.count();
  const audiences = await page.locator('[data-testid=audit-row] td:nth-child(2)').allTextContents();
  expect(new Set(audiences)).toEqual(new Set(['Public', 'ASEAN Secretariat']));

  await page.getByLabel('Audience').selectOption('SECRETARIAT');
  await page
    .getByTestId('audit-count')
    .filter({ hasText: /^Showing \d+ of \d+ entries\.$/ })
    .waitFor(SLOW);
  await page.waitForFunction(
    `document.querySelectorAll('[data-testid=audit-row]').length < ${all}`,
    undefined,
    SLOW,
  );
  const shown = await page.locator('[data-testid=audit-row] td:nth-child(2)').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set(['ASEAN Secretariat']));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audit-TH-SECRETARIAT-.*\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'at,subject,callerCountry,role,audience,purpose,operation,expertIds,fields',
  );
  expect(lines).toHaveLength(shown.length + 1);
  for (const line of lines.slice(1)) expect(line).toContain(',SECRETARIAT,');
  // The secretariat's read of the previewed expert is among them.
  expect(lines.some((line) => line.includes(previewed))).toBe(true);
});

test('the consent summary counts the country’s experts by audience and purpose', async () => {
  await page.getByTestId('consent-total').waitFor(SLOW);
  expect(await page.getByTestId('consent-total').textContent()).toMatch(
    /^Thailand holds 25 experts; \d+ of them consent to no one outside the country/,
  );
  // Three audiences by five purposes, each with numbers.
  const consentRows = page.getByTestId('consent-row');
  expect(await consentRows.count()).toBe(15);
  const cells = await consentRows.first().locator('td').allTextContents();
  expect(cells.slice(1).every((c) => /^\d+$/.test(c))).toBe(true);
});

test('the region overview charts the pool with its numbers in tables', async () => {
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await page.getByRole('heading', { name: 'Region overview' }).waitFor();
  for (const chart of ['country', 'area', 'language', 'band']) {
    await page
      .locator(
        `[data-testid=chart-${chart}] .chart svg, [data-testid=chart-${chart}] .chart canvas`,
      )
      .first()
      .waitFor(SLOW);
  }
  const countries = await page
    .locator('[data-testid=chart-country] table tbody th')
    .allTextContents();
  expect(countries.sort()).toEqual(['Malaysia', 'Singapore', 'Thailand']);
  const counts = await page.locator('[data-testid=chart-country] table tbody td').allTextContents();
  expect(counts.every((c) => Number(c) > 0)).toBe(true);
  expect(await page.getByTestId('coverage-TH').getAttribute('class')).toContain('coverage-ok');
  await screenshot(page, 'overview');
  expect(await seriousViolations(page)).toEqual([]);
});

test('at phone width neither page scrolls sideways', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('[data-testid=chart-country] .chart svg').waitFor();
  expect(await fitsAfterResize()).toBe(true);
  await openConsole();
  await preview('PUBLIC', 'languages').waitFor(SLOW);
  await page.getByTestId('consent-total').waitFor(SLOW);
  expect(await overflowsSideways()).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
});
