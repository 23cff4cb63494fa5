import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, type MailServer, type ReceivedMail } from '../server/test/mail-server.ts';
import {
  expectNoBrowserErrors,
  GUEST,
  GUEST2,
  HOST,
  launch,
  open,
  screenshot,
  signInAsDemo,
  type Session,
} from './browser.ts';
import { demoApi, startDemoServer } from './server.ts';

const ADMIN = 'admin@demo.flexbnb.test';

/** `YYYY-MM-DD`, `days` from today. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the admin console in a real browser', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let mail: MailServer<ReceivedMail>;
  let baseURL: string;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    // Email goes to a real SMTP server on loopback, which the journey makes refuse and accept.
    mail = await startMailServer();
    server = await startDemoServer('admin', { SMTP_URL: mail.url, JOBS_POLL_MS: '200' });
    baseURL = server.baseURL;
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    await mail?.close();
  });

  it('an admin retries a failed email, disables a user whose open session ends live, and opens a conversation for support', async () => {
    const guest = await open(browser, { baseURL });
    const admin = await open(browser, { baseURL });
    sessions.push(guest, admin);

    // Gabriel is signed in and looking at his messages while the admin works.
    await signInAsDemo(guest, GUEST2);
    await guest.page.waitForURL('**/messages');

    // The mail server refuses for good (a 5xx), so the host's booking-request email fails.
    mail.refuse(550, 'mailbox unavailable');
    const gabriel = await demoApi(baseURL, GUEST2);
    const properties = (await gabriel('/api/properties/')) as { id: string; title: string }[];
    const cabin = properties.find((p) => p.title === 'Pine Cabin')!;
    await gabriel('/api/reservations/', {
      method: 'POST',
      body: { property_id: cabin.id, check_in: day(60), check_out: day(63), guests: 2 },
    });
    const hana = await demoApi(baseURL, HOST);
    const hostsEmail = async () => {
      const notifications = (await hana('/api/messaging/notifications/')) as {
        id: string;
        notification_type: string;
      }[];
      const request = notifications.find((n) => n.notification_type === 'booking_request');
      if (!request) return undefined;
      const deliveries = (await hana(`/api/messaging/notifications/${request.id}/deliveries/`)) as {
        channel: string;
        status: string;
      }[];
      return deliveries.find((d) => d.channel === 'email')?.status;
    };
    await expect.poll(hostsEmail, { timeout: 15_000 }).toBe('failed');
    mail.accept();
    const before = mail.received.length;

    // The admin console: a link in the top bar for admins only.
    await signInAsDemo(admin, ADMIN);
    await admin.page.getByRole('link', { name: 'Admin' }).click();
    await admin.page.waitForURL('**/admin');
    await admin.page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await admin.page.getByRole('img', { name: /Messages per day/ }).waitFor();
    await screenshot(admin.page, 'admin-dashboard');

    // Deliveries: the failed one, its error, and a retry that now goes through.
    await admin.page.goto('/admin/deliveries');
    await admin.page.getByLabel('Status').selectOption('failed');
    await admin.page.waitForURL(/status=failed/);
    const failed = admin.page
      .getByRole('row')
      .filter({ hasText: 'Hana Host' })
      .filter({
        hasText: /booking request/i,
      });
    await failed.getByText(/mailbox unavailable/).waitFor();
    // The filter is in the URL: a reload keeps it.
    await admin.page.reload();
    await expect.poll(() => admin.page.getByLabel('Status').inputValue()).toBe('failed');
    await screenshot(admin.page, 'admin-deliveries');
    await failed.getByRole('button', { name: 'Retry' }).click();
    await admin.page.getByText('Delivery queued again').waitFor();
    const sent = await mail.waitFor(before + 1, 15_000);
    expect(sent.at(-1)!.envelopeTo).toEqual([HOST]);
    await expect.poll(hostsEmail, { timeout: 15_000 }).toBe('sent');

    // Users: find Gabriel and disable him; his open session ends at once.
    await admin.page.goto('/admin/users');
    await admin.page.getByRole('searchbox', { name: 'Search' }).fill('gabriel');
    await admin.page.waitForURL(/q=gabriel/);
    const row = admin.page.getByRole('row').filter({ hasText: GUEST2 });
    await row.waitFor();
    await expect.poll(() => admin.page.getByRole('row').count()).toBe(2); // header + Gabriel
    await row.getByRole('button', { name: 'Disable' }).click();
    const confirm = admin.page.getByRole('dialog', { name: /Disable Gabriel Guest/ });
    await confirm.getByLabel('Reason').fill('Reported for spam');
    await confirm.getByRole('button', { name: 'Disable account' }).click();
    await admin.page.getByText('Gabriel Guest is disabled').waitFor();
    await row.getByText('Disabled').waitFor();
    await guest.page.waitForURL('**/login', { timeout: 10_000 });
    await admin.page.getByRole('searchbox', { name: 'Search' }).fill('');
    await admin.page.getByText('Gabriel Guest is disabled').waitFor({ state: 'hidden' });
    await screenshot(admin.page, 'admin-users');

    // Conversations: open Gina's thread for support, with a reason; the audit log has it.
    await admin.page.goto('/admin/conversations');
    await admin.page.getByRole('searchbox', { name: 'Search' }).fill('gina seaside');
    await admin.page.waitForURL(/q=gina/);
    const thread = admin.page.getByRole('row').filter({ hasText: 'Gina Guest' }).filter({
      hasText: 'Seaside Loft',
    });
    await expect.poll(() => thread.count()).toBe(1);
    await thread.getByRole('button', { name: 'Open for support' }).click();
    const ask = admin.page.getByRole('dialog', { name: /Open this conversation for support/ });
    await ask.getByLabel('Reason').fill('Guest asked us to check the check-in instructions');
    await ask.getByRole('button', { name: 'Open conversation' }).click();
    await admin.page.waitForURL(/\/admin\/conversations\/[0-9a-f-]{36}$/);
    await admin.page
      .getByText(/logged/i)
      .first()
      .waitFor();
    const seeded = (await (
      await demoApi(baseURL, GUEST)
    )('/api/messaging/conversations/')) as {
      property: { title: string };
      last_message: { message: string } | null;
    }[];
    const lastWords = seeded.find((c) => c.property.title === 'Seaside Loft')!.last_message!;
    await admin.page.getByText(lastWords.message).first().waitFor();

    await admin.page.goto('/admin/audit-log');
    const entries = admin.page.getByRole('row');
    await entries
      .filter({ hasText: 'Guest asked us to check the check-in instructions' })
      .waitFor();
    await entries.filter({ hasText: 'Reported for spam' }).waitFor();

    // On a phone the console fits the screen: tables turn into cards, nothing scrolls sideways.
    await admin.page.setViewportSize({ width: 375, height: 800 });
    for (const section of ['users', 'deliveries', 'conversations']) {
      await admin.page.goto(`/admin/${section}`);
      await admin.page.getByRole('navigation', { name: 'Pages' }).waitFor();
      const overflow = await admin.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, section).toBeLessThanOrEqual(0);
    }

    expectNoBrowserErrors(admin);
  });
});
