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

  /** The first link to `/<page>?token=…` emailed to `email`, from the loopback SMTP server. */
  async function emailedLink(email: string, page: string) {
    const mailTo = () => mail.received.find((m) => m.envelopeTo.includes(email));
    await expect.poll(mailTo, { timeout: 15_000 }).toBeTruthy();
    const link = new RegExp(`(http://\\S+/${page}\\?token=[A-Za-z0-9_-]+)`).exec(
      mailTo()?.parsed.text ?? '',
    )?.[1];
    expect(link?.startsWith(`${baseURL}/${page}?token=`)).toBe(true);
    return link!;
  }

  it('signing up on a phone: the emailed link creates the account and signs in', async () => {
    const email = `sina.${Date.now()}@example.com`;
    const phone = await open(browser, { baseURL, width: 375, height: 740, mobile: true });
    sessions.push(phone);
    const { page } = phone;
    await page.goto('/register');
    await page.getByLabel('Name').fill('Sina Signup');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await page.getByText(`We have sent a link to ${email}`).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'sign-up-sent-phone');

    await page.goto(await emailedLink(email, 'confirm-registration'));
    await page.getByRole('link', { name: 'FlexBNB Messenger, home' }).waitFor();
    // Signed in as the new account: the session the app keeps names it.
    const me = await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('flexbnb.session') ?? 'null') as {
        user: { email: string };
      } | null;
      return session?.user.email;
    });
    expect(me).toBe(email);
    expectNoBrowserErrors(phone);
  });

  it('forgot password on a phone: the emailed link sets a new one, which signs in', async () => {
    const email = `rita.${Date.now()}@example.com`;
    const registered = await fetch(`${baseURL}/api/auth/register/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'old-password-1', name: 'Rita Reset' }),
    });
    expect(registered.status).toBe(202);
    const signUpToken = new URL(await emailedLink(email, 'confirm-registration')).searchParams.get(
      'token',
    );
    const confirmed = await fetch(`${baseURL}/api/auth/register/confirm/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: signUpToken }),
    });
    expect(confirmed.status).toBe(201);

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

    const mailTo = () =>
      mail.received.find(
        (m) => m.envelopeTo.includes(email) && m.parsed.subject === 'Reset your FlexBNB password',
      );
    await expect.poll(mailTo, { timeout: 15_000 }).toBeTruthy();
    const sent = mailTo();
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
