import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectNoBrowserErrors,
  GUEST,
  HOST,
  launch,
  open,
  screenshot,
  signInAsDemo,
  type Session,
} from './browser.ts';
import { startDemoServer } from './server.ts';

/** The screens a host and a guest of the demo open most, each with a heading or landmark to wait for. */
const HOST_SCREENS = [
  '/host/messages',
  '/host/reservations',
  '/host/properties',
  '/host/quick-replies',
  '/host/automations',
  '/settings/account',
  '/settings/notifications',
];
const GUEST_SCREENS = ['/messages', '/trips', '/properties'];

describe('the main screens in a real browser', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let baseURL: string;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    server = await startDemoServer('screens');
    baseURL = server.baseURL;
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  // Ten screens at each size, every one run through axe (about 2.5 s a screen on this machine).
  it.each([
    ['wide', {}],
    ['on a phone', { width: 375, height: 740, mobile: true }],
  ] as const)(
    'has no serious or critical accessibility violations on any main screen, %s',
    async (_, size) => {
      const host = await open(browser, { baseURL, ...size });
      const guest = await open(browser, { baseURL, ...size });
      sessions.push(host, guest);
      await signInAsDemo(host, HOST);
      await signInAsDemo(guest, GUEST);
      for (const [session, screens] of [
        [host, HOST_SCREENS],
        [guest, GUEST_SCREENS],
      ] as const) {
        for (const screen of screens) {
          await session.page.goto(screen);
          await session.page.locator('main h1, main h2, main [role="tablist"]').first().waitFor();
          // Data arrives after the first paint: wait for the network to settle.
          await session.page.waitForLoadState('networkidle');
          await expectAccessible(session.page);
          // Nothing pokes out sideways on a phone.
          expect(
            await session.page.evaluate(() => document.documentElement.scrollWidth),
            screen,
          ).toBeLessThanOrEqual(session.page.viewportSize()!.width);
        }
      }
      expectNoBrowserErrors(host, guest);
    },
    120_000,
  );

  it('signs out on a phone from the menu', async () => {
    const phone = await open(browser, { baseURL, width: 375, height: 740, mobile: true });
    sessions.push(phone);
    await signInAsDemo(phone, GUEST);
    const { page } = phone;
    await page.getByRole('button', { name: /^Menu/ }).click();
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.getByRole('link', { name: /Trips/ }).waitFor();
    await screenshot(page, 'phone-menu');
    await expectAccessible(page);
    await menu.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    // Signed out for good: a reload stays on the login page.
    await page.reload();
    await page.getByRole('button', { name: /guest@demo\.flexbnb\.test/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expectNoBrowserErrors(phone);
  });

  it('inserts a placeholder chip at the cursor and gives the text its focus back', async () => {
    const host = await open(browser, { baseURL });
    sessions.push(host);
    await signInAsDemo(host, HOST);
    const { page } = host;
    await page.goto('/host/quick-replies');
    await page.getByRole('button', { name: 'New quick reply' }).click();
    const form = page.getByRole('form', { name: 'New quick reply' });
    const text = form.getByRole('textbox', { name: 'Message' });
    await text.fill('Hello , see you soon');
    // The caret after "Hello ", by the keyboard.
    await text.press('Home');
    for (let i = 0; i < 'Hello '.length; i++) await text.press('ArrowRight');
    await form.getByRole('button', { name: '{guest_first_name}' }).click();
    await expect.poll(() => text.inputValue()).toBe('Hello {guest_first_name}, see you soon');
    // The next key types into the text, right after the chip.
    await page.keyboard.type('!');
    expect(await text.inputValue()).toBe('Hello {guest_first_name}!, see you soon');
    expectNoBrowserErrors(host);
  });
});
