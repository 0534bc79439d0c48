import type { Page } from 'playwright-core';
import { RunningRegion, WebServer, stopService } from '../../index';
import { screenshot, seriousViolations } from '../helpers/browser';
import { AppRole, WebRegion, signInAs as signIn, startWebRegion } from '../helpers/web-region';

/**
 * The web app in headless Chromium against the real region, started as `npm start` starts it:
 * the app's server first, its origin in the gateway's CORS allowlist, then the region.
 */
let app: WebRegion;
let region: RunningRegion;
let web: WebServer;
let page: Page;

jest.setTimeout(400_000);
// A ranked text search on the embedded test database under a full run's load can take long:
// waits are generous, and nothing here asserts speed (that is `npm run bench`).
const SLOW = { timeout: 120_000 };

beforeAll(async () => {
  app = await startWebRegion({ dbPrefix: 'webapp', seedExperts: 25 });
  ({ region, web, page } = app);
});

afterAll(async () => {
  await app?.stop();
});

const results = () => page.getByTestId('result');

async function search(text: string) {
  await page.getByLabel('Search experts').fill(text);
  await page
    .getByRole('status')
    .filter({ hasText: /\d+ experts/ })
    .waitFor(SLOW);
}

const signInAs = (role: AppRole, country?: string) => signIn(page, role, country);

test('the header says who you are, and a development sign-in changes it', async () => {
  await page.goto(`${web.origin}/`);
  await expect(page.getByTestId('who-role').textContent()).resolves.toBe('public');
  await expect(page.getByTestId('who-audience').textContent()).resolves.toBe('PUBLIC');
  await signInAs('steward', 'MY');
  await expect(page.getByTestId('who-country').textContent()).resolves.toBe('Malaysia');
  await expect(page.getByTestId('who-audience').textContent()).resolves.toContain('OWN for MY');
  await signInAs('secretariat');
  await expect(page.getByTestId('who-audience').textContent()).resolves.toBe('SECRETARIAT');
});

test('a search with a typo finds and marks the corrected word; axe finds nothing serious', async () => {
  await search('sucession planning');
  await results().first().waitFor(SLOW);
  expect(await results().count()).toBeGreaterThan(0);
  // What matched is marked: a corrected word in the text, or the area the words name.
  expect(await page.locator('[data-testid=result] mark, .chip-matched').count()).toBeGreaterThan(0);
  await screenshot(page, 'search');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a Thai query names an area and finds its experts', async () => {
  await search('การบริหารผลงาน');
  await results().first().waitFor(SLOW);
  expect(await page.locator('.chip-matched').count()).toBeGreaterThan(0);
});

test('a facet click narrows the results to its country; load more adds a page', async () => {
  await search('');
  await page.getByRole('checkbox', { name: /Thailand/ }).check();
  await page
    .getByRole('status')
    .filter({ hasText: /\d+ experts/ })
    .waitFor();
  await results().first().waitFor(SLOW);
  const countries = await page.locator('[data-testid=result] p').first().textContent();
  expect(countries).toContain('Thailand');
  await page.getByRole('checkbox', { name: /Thailand/ }).uncheck();
  await page
    .getByRole('status')
    .filter({ hasText: /\d+ experts/ })
    .waitFor();
  const before = await results().count();
  await page.getByRole('button', { name: 'Load more' }).click();
  await results().nth(before).waitFor();
  expect(await results().count()).toBeGreaterThan(before);
});

test('the expert page names a withheld field as withheld by its country for the audience', async () => {
  await signInAs('public');
  await search('');
  await results().first().getByRole('link').click();
  await page.getByRole('heading', { name: 'Withheld' }).waitFor();
  const first = await page.getByTestId('withheld').first().textContent();
  expect(first).toMatch(/withheld by .+'s release policy for your audience \(PUBLIC\)/);
  await screenshot(page, 'expert');
  expect(await seriousViolations(page)).toEqual([]);
});

// Last: it stops a country for good.
test('a killed country is named missing in the coverage strip while the other results stay', async () => {
  await page.goto(`${web.origin}/`);
  await signInAs('secretariat');
  await stopService(region.countries.get('LA')!);
  // A text not asked before, so the answer is the region's now and not one cached earlier.
  await search('merit');
  await page.getByText(/Results from .+ are missing/).waitFor(SLOW);
  expect(
    await page
      .getByText(/Results from .+ are missing/)
      .first()
      .textContent(),
  ).toMatch(/Lao/);
  expect(await page.getByTestId('coverage-LA').getAttribute('class')).not.toContain('coverage-ok');
  expect(await page.getByTestId('coverage-TH').getAttribute('class')).toContain('coverage-ok');
  await results().first().waitFor(SLOW);
  expect(await results().count()).toBeGreaterThan(0);
});
