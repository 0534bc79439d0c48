import type { Browser, Page } from 'playwright-core';
import { RunningRegion, WebServer, startRegion, startWebServer } from '../../index';
import { launchChromium } from './browser';

/** The web app in headless Chromium against a real region, started as `npm start` starts it. */
export interface WebRegion {
  region: RunningRegion;
  web: WebServer;
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

/** The app's server first, its origin in the gateway's CORS allowlist, then the region. */
export async function startWebRegion(options: WebRegionOptions): Promise<WebRegion> {
  const web = await startWebServer(0);
  let region: RunningRegion | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await region?.stop();
    await web.stop();
  };
  try {
    region = await startRegion({
      mongodbUri: process.env.MONGODB_URI!,
      dbPrefix: options.dbPrefix,
      seedExperts: options.seedExperts ?? 25,
      countries: options.countries,
      timeoutMs: 30_000,
      env: { CORS_ORIGINS: web.origin },
    });
    web.connect(region.gateway.url, region.jwtSecret);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    return { region, web, browser, page, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A role the app signs in as; `public` is signed out. */
export type AppRole = 'public' | 'viewer' | 'steward' | 'secretariat';

/**
 * Signs the page in as `role` (of `country` for viewers and stewards) and waits until the
 * header says so. Every browser test signs in through this one function, so the sign-in
 * mechanism (development or OpenID Connect) changes here only.
 */
export async function signInAs(page: Page, role: AppRole, country?: string): Promise<void> {
  await page.getByLabel('Role').selectOption(role);
  if (country) await page.getByLabel('Country', { exact: true }).selectOption(country);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('who-role').filter({ hasText: role }).waitFor();
}
