import type { Page } from 'playwright-core';
import { seriousViolations } from '../helpers/browser';
import { gql } from '../helpers/graphql';
import { WebRegion, signInAs, startWebRegion } from '../helpers/web-region';

/**
 * Signing in to the web app through OpenID Connect (docs/ARCHITECTURE.md §10.2), against the
 * region started as `npm start` starts it: the development identity provider's login page, the
 * header saying who you are, and the provider's tokens accepted by the gateway and by the
 * country itself, as any trusted issuer's.
 */
let app: WebRegion;
let page: Page;

jest.setTimeout(300_000);

beforeAll(async () => {
  app = await startWebRegion({ dbPrefix: 'websignin', seedExperts: 5, countries: ['MY', 'TH'] });
  page = app.page;
});

afterAll(async () => {
  await app?.stop();
});

const who = async () => ({
  role: await page.getByTestId('who-role').textContent(),
  country: await page.getByTestId('who-country').textContent(),
  audience: await page.getByTestId('who-audience').textContent(),
});

/** What these page functions use of the browser's globals (tests compile without the DOM's types). */
interface Browserish {
  sessionStorage: { getItem(key: string): string | null };
  document: { activeElement: unknown };
}

/** The access token the app holds for the tab (oidc-client-ts's user, in sessionStorage). */
async function accessToken(): Promise<string> {
  const key = `oidc.user:${app.idp.oidc.authority}:${app.idp.oidc.clientId}`;
  const stored = await page.evaluate(
    (k) => (globalThis as unknown as Browserish).sessionStorage.getItem(k),
    key,
  );
  if (stored === null) throw new Error(`no signed-in user in sessionStorage (${key})`);
  return (JSON.parse(stored) as { access_token: string }).access_token;
}

const POLICY = 'query ($c: CountryCode!) { releasePolicy(country: $c) { country isDefault } }';

test('signed out, the header says public; the login page is labelled development-only, keyboard-usable and axe-clean', async () => {
  await page.goto(`${app.web.origin}/`);
  await expect(who()).resolves.toEqual({ role: 'public', country: 'none', audience: 'PUBLIC' });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Development identity provider' }).waitFor();
  expect(new URL(page.url()).origin).toBe(app.idp.issuer);
  await expect(page.getByText('Development only').isVisible()).resolves.toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  // By keyboard: the user list has the focus; Tab reaches "Sign in", Enter submits.
  const user = page.getByLabel('User');
  await expect(
    user.evaluate((el) => el === (globalThis as unknown as Browserish).document.activeElement),
  ).resolves.toBe(true);
  await user.selectOption({ label: 'Viewer of Thailand (TH)' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByTestId('who-country').filter({ hasText: 'Thailand' }).waitFor();
  await expect(who()).resolves.toEqual({
    role: 'viewer',
    country: 'Thailand',
    audience: 'OWN for TH records, MEMBER for the others',
  });
  expect(await seriousViolations(page)).toEqual([]);
});

test('sign-in as each role changes the header, and comes back to the page you were on', async () => {
  await page.goto(`${app.web.origin}/#/experts/MY:nobody`);
  await signInAs(page, 'steward', 'MY');
  expect(new URL(page.url()).hash).toBe('#/experts/MY:nobody');
  await expect(who()).resolves.toEqual({
    role: 'steward',
    country: 'Malaysia',
    audience: 'OWN for MY records, MEMBER for the others',
  });
  expect(await seriousViolations(page)).toEqual([]);

  await signInAs(page, 'secretariat');
  await expect(who()).resolves.toEqual({
    role: 'secretariat',
    country: 'none',
    audience: 'SECRETARIAT',
  });
  // The app's own requests carry the provider's token: a region-wide search answers from both
  // countries, none of them missing.
  await page.goto(`${app.web.origin}/#/`);
  await page.getByLabel('Search experts').fill('');
  await page
    .getByRole('status')
    .filter({ hasText: /\d+ experts/ })
    .waitFor({ timeout: 120_000 });
  await page.getByTestId('result').first().waitFor({ timeout: 120_000 });
  await expect(page.getByText(/Results from .+ are missing/).count()).resolves.toBe(0);

  await signInAs(page, 'viewer', 'MY');
  await expect(who()).resolves.toMatchObject({ role: 'viewer', country: 'Malaysia' });

  await signInAs(page, 'public');
  await expect(who()).resolves.toEqual({ role: 'public', country: 'none', audience: 'PUBLIC' });
  // Signed out at the provider too: signing in again asks who you are.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('User').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('alert').filter({ hasText: 'Sign-in failed' }).waitFor();
  await expect(who()).resolves.toMatchObject({ role: 'public' });
});

test("the provider's access token is a JWT the gateway and the country verify as any issuer's", async () => {
  await page.goto(`${app.web.origin}/`);
  await signInAs(page, 'steward', 'MY');
  const token = await accessToken();
  const [header, payload] = token
    .split('.')
    .slice(0, 2)
    .map(
      (part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>,
    );
  expect(header).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
  expect(payload).toMatchObject({
    iss: app.idp.issuer,
    sub: 'dev-steward-my',
    role: 'steward',
    country: 'MY',
  });

  const bearer = { authorization: `Bearer ${token}` };
  const gateway = app.region.gateway.url;
  const country = app.region.countries.get('MY')!.url;
  // Only MY's stewards may read MY's release policy: through the gateway and at the country.
  for (const url of [gateway, country]) {
    const answer = await gql(url, POLICY, { c: 'MY' }, bearer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ releasePolicy: { country: 'MY', isDefault: true } });
  }
  // A steward of MY is not one of TH; and a token tampered with is refused, not read as PUBLIC.
  const other = await gql(gateway, POLICY, { c: 'TH' }, bearer);
  expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const forged = `${token.slice(0, -4)}AAAA`;
  const refused = await gql(gateway, POLICY, { c: 'MY' }, { authorization: `Bearer ${forged}` });
  expect(refused.status).toBe(401);
  expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('the dev tokens every other test mints still work beside the provider', async () => {
  const answer = await gql(
    app.region.gateway.url,
    POLICY,
    { c: 'TH' },
    await app.region.bearer({ role: 'steward', country: 'TH' }),
  );
  expect(answer.data).toEqual({ releasePolicy: { country: 'TH', isDefault: true } });
});
