import type { Browser, Page } from 'playwright-core';
import {
  RunningIdentityProvider,
  RunningRegion,
  WebServer,
  startDevIdentityProvider,
  startRegion,
  startWebServer,
} from '../../index';
import { launchChromium } from './browser';

/** The web app in headless Chromium against a real region, started as `npm start` starts it. */
export interface WebRegion {
  region: RunningRegion;
  web: WebServer;
  /** The development OpenID Connect provider the app signs in through. */
  idp: RunningIdentityProvider;
  browser: Browser;
  /** A desktop-width page on the app. */
  page: Page;
  stop(): Promise<void>;
}

export interface WebRegionOptions {
  /** Databases are `<dbPrefix>_<cc>`: one prefix per test file. */
  dbPrefix: string;
  seedExperts?: number;
  countries?: readonly string[];
}

/**
 * As `npm start` (tests/src/region/start-cli.ts): the app's server first, then the identity
 * provider for the app's address, then the region trusting it, its CORS allowlist naming the app.
 */
export async function startWebRegion(options: WebRegionOptions): Promise<WebRegion> {
  const web = await startWebServer(0);
  let idp: RunningIdentityProvider | undefined;
  let region: RunningRegion | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await region?.stop();
    await idp?.stop();
    await web.stop();
  };
  try {
    idp = await startDevIdentityProvider(0, web.origin);
    region = await startRegion({
      mongodbUri: process.env.MONGODB_URI!,
      dbPrefix: options.dbPrefix,
      seedExperts: options.seedExperts ?? 25,
      countries: options.countries,
      timeoutMs: 30_000,
      issuersFile: idp.issuersFile,
      env: { CORS_ORIGINS: web.origin },
    });
    web.connect(region.gateway.url, idp.oidc);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    return { region, web, idp, browser, page, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A role the app signs in as; `public` is signed out. */
export type AppRole = 'public' | 'viewer' | 'steward' | 'secretariat' | 'expert';

/**
 * Signs the page in as `role` (of `country` for viewers and stewards) through the development
 * identity provider's login page, as a person would, and waits until the app's header says so;
 * `public` signs out; an expert is the development provider's expert of `country`. The page must be on the app; it comes back to the same page (hash route).
 * Every browser test signs in through this one function.
 */
export async function signInAs(page: Page, role: AppRole, country?: string): Promise<void> {
  const who = page.getByTestId('who-role');
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await who.waitFor(); // the app knows its session (it renders nothing before)
  // Someone else first signs out: the provider would otherwise sign them straight back in.
  if (await signOut.isVisible()) {
    await signOut.click();
    await page.getByRole('button', { name: 'Sign out' }).click(); // the provider's confirmation
    await who.filter({ hasText: 'public' }).waitFor();
  }
  if (role === 'public') return void (await who.filter({ hasText: 'public' }).waitFor());
  if ((role === 'secretariat') !== (country === undefined))
    throw new Error(`signInAs: ${role} ${country === undefined ? 'needs' : 'takes no'} country`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByLabel('User')
    .selectOption(`dev-${role}${country ? `-${country.toLowerCase()}` : ''}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await who.filter({ hasText: role }).waitFor();
  // The page loaded afresh: the header names the country once the country list is in.
  if (country)
    await page
      .getByTestId('who-country')
      .filter({ hasNotText: new RegExp(`^${country}$`) })
      .waitFor();
}
