import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../contracts/src/languages.ts';
import { loadCatalogue } from '../contracts/src/i18n/index.ts';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_PATH } from './chromium.ts';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');
export const DEMO_PASSWORD = 'flexbnb-demo';
export const HOST = 'host@demo.flexbnb.test';
export const GUEST = 'guest@demo.flexbnb.test';
export const GUEST2 = 'guest2@demo.flexbnb.test';

/** How every browser of the e2e tests starts. */
const CHROMIUM = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Voice messages: a fake microphone (a beeping tone), allowed without a prompt.
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
  ],
};

/** Debian's Chromium, headless, with nothing that phones home. */
export function launch(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far; every test ends asserting none. */
  errors: string[];
}

interface ContextOptions {
  width?: number;
  height?: number;
  mobile?: boolean;
  /** The server the pages talk to; the e2e project's shared server unless given. */
  baseURL?: string;
}

function contextOptions(options: ContextOptions) {
  return {
    baseURL: options.baseURL ?? inject('baseUrl'),
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: 1,
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    locale: 'en-US',
    timezoneId: 'Europe/Lisbon',
  };
}

/** The session of `page`, recording its console errors, uncaught exceptions and failed loads. */
function watch(context: BrowserContext, page: Page): Session {
  context.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  // Name the request behind a "Failed to load resource" console line.
  page.on('response', (res) => {
    if (res.status() >= 400)
      errors.push(`http ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  return { context, page, errors };
}

/** A browser context of its own (its own storage: its own signed-in person). */
export async function open(browser: Browser, options: ContextOptions = {}): Promise<Session> {
  const context = await browser.newContext(contextOptions(options));
  return watch(context, await context.newPage());
}

/**
 * A Chromium of its own on a profile in `userDataDir` (close it with `context.close()`). Unlike
 * the incognito-like contexts of `open`, a profile has the Push API ("not supported in
 * incognito mode") and keeps its service workers.
 */
export async function openPersistent(
  userDataDir: string,
  options: ContextOptions = {},
): Promise<Session> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...CHROMIUM,
    ...contextOptions(options),
  });
  return watch(context, context.pages()[0] ?? (await context.newPage()));
}

/**
 * Signs in through the login page's one-click demo account button; `language` is the one the
 * account's profile makes the app speak (English unless told).
 */
export async function signInAsDemo(session: Session, email: string, language: Language = 'en') {
  const { page } = session;
  await page.goto('/login');
  await page.getByRole('button', { name: new RegExp(email.replace(/[.]/g, '\\.')) }).click();
  // The top bar's home link: on a phone the navigation waits behind the Menu button.
  const catalogue = await loadCatalogue(language);
  await page.getByRole('link', { name: catalogue.app.layout.home }).waitFor();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** No serious or critical accessibility violations (axe-core) on the page as it is. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}

export function expectNoBrowserErrors(...sessions: Session[]) {
  expect(sessions.flatMap((s) => s.errors)).toEqual([]);
}
