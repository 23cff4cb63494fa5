import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, type MailServer, type ReceivedMail } from '../server/test/mail-server.ts';
import {
  expectAccessible,
  expectNoBrowserErrors,
  launch,
  open,
  screenshot,
  type Session,
} from './browser.ts';
import { startDemoServer } from './server.ts';

describe('an account in a real browser', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let mail: MailServer<ReceivedMail>;
  let baseURL: string;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    // The reset email goes to a real SMTP server on loopback; its link names PUBLIC_URL.
    mail = await startMailServer();
    server = await startDemoServer('account', { SMTP_URL: mail.url });
    baseURL = server.baseURL;
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    await mail?.close();
  });

  it('forgot password on a phone: the emailed link sets a new one, which signs in', async () => {
    const email = `rita.${Date.now()}@example.com`;
    const registered = await fetch(`${baseURL}/api/auth/register/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'old-password-1', name: 'Rita Reset' }),
    });
    expect(registered.status).toBe(201);

    const phone = await open(browser, { baseURL, width: 375, height: 740, mobile: true });
    sessions.push(phone);
    const { page } = phone;
    await page.goto('/login');

    // The demo accounts' role pills sit beside the emails, not over them.
    const accounts = page.getByRole('region', { name: 'Try a demo account' }).getByRole('button');
    await accounts.first().waitFor();
    for (const account of await accounts.all()) {
      const pill = await account.locator('[data-role-pill]').boundingBox();
      const address = await account.locator('small').boundingBox();
      expect(pill && address).toBeTruthy();
      const apart =
        address!.x + address!.width <= pill!.x + 0.5 ||
        address!.y + address!.height <= pill!.y + 0.5 ||
        pill!.y + pill!.height <= address!.y + 0.5;
      expect(apart, 'the role pill overlaps the email').toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );

    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL('**/forgot-password');
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText(`If an account uses ${email}`).waitFor();
    await screenshot(page, 'forgot-password-phone');

    const mailTo = () => mail.received.find((m) => m.envelopeTo.includes(email));
    await expect.poll(mailTo, { timeout: 15_000 }).toBeTruthy();
    const sent = mailTo();
    expect(sent?.parsed.subject).toBe('Reset your FlexBNB password');
    const link = /(http:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(
      sent?.parsed.text ?? '',
    )?.[1];
    expect(link?.startsWith(`${baseURL}/reset-password?token=`)).toBe(true);

    await page.goto(link!);
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('New password again').fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    // Checked in the browser, in words: nothing was sent.
    await page.getByText('Use at least 8 characters (3 more).').waitFor();
    await page.getByLabel('New password', { exact: true }).fill('new-password-2');
    await page.getByLabel('New password again').fill('new-password-2');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Your password is changed').waitFor();

    await page.getByRole('link', { name: 'Sign in with your new password' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill('new-password-2');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'FlexBNB Messenger, home' }).waitFor();

    // The link worked once: the same token again is refused, and the old password too.
    const token = new URL(link!).searchParams.get('token');
    const reused = await fetch(`${baseURL}/api/auth/password-reset/confirm/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'third-password-3' }),
    });
    expect(reused.status).toBe(400);
    const old = await fetch(`${baseURL}/api/auth/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'old-password-1' }),
    });
    expect(old.status).toBe(401);

    // The account page fits the phone and passes the accessibility check.
    await page.goto('/settings/account');
    await page.getByRole('heading', { name: 'Profile' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await expectAccessible(page);
    await screenshot(page, 'account-phone');
    expectNoBrowserErrors(phone);
  });
});
