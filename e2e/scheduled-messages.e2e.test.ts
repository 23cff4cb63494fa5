import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoBrowserErrors,
  GUEST2,
  HOST,
  launch,
  open,
  screenshot,
  signInAsDemo,
  type Session,
} from './browser.ts';
import { demoApi, startDemoServer } from './server.ts';

/** `YYYY-MM-DD`, `days` from today. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('an automation in a real browser', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let baseURL: string;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    // A server of this file's own: the automation applies to every stay of the demo host.
    server = await startDemoServer('automation', { JOBS_POLL_MS: '200' });
    baseURL = server.baseURL;
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('the host creates an automation, confirms a booking, sees the forecast and sends it now; the guest gets it live', async () => {
    const host = await open(browser, { baseURL });
    const guest = await open(browser, { baseURL });
    sessions.push(host, guest);

    await signInAsDemo(host, HOST);
    await host.page.waitForURL('**/host/messages');
    await host.page.getByRole('link', { name: 'Automations' }).click();
    await host.page.waitForURL('**/host/automations');
    await host.page.getByRole('button', { name: 'New automation' }).click();
    const form = host.page.getByRole('form', { name: 'New automation' });
    await form.getByLabel('Name').fill('Check-in instructions');
    await form.getByLabel('Write a message').check();
    await form
      .getByLabel('Message text')
      .fill('Hi {guest_first_name}! Check-in at {property_name} is at {check_in_time}.');
    await form.getByLabel('Trigger').selectOption({ label: 'Before check-in' });
    await form.getByLabel('Offset').fill('2');
    await form.getByLabel('Unit').selectOption('days');
    await form.getByText('Goes out: 2 days before check-in').waitFor();
    await form.getByRole('button', { name: 'Create automation' }).click();
    const list = host.page.getByRole('list', { name: 'Your automations' });
    const card = list.getByRole('listitem').filter({ hasText: 'Check-in instructions' });
    await card.getByText('2 days before check-in').waitFor();
    await card.getByRole('checkbox', { name: 'Active Check-in instructions' }).waitFor();
    await host.page.getByText('Automation created').waitFor({ state: 'hidden' });
    await screenshot(host.page, 'automations');

    // The guest books and writes over the API, as a platform's booking page would.
    const guestApi = await demoApi(baseURL, GUEST2);
    const properties = (await guestApi('/api/properties/')) as { id: string; title: string }[];
    const cabin = properties.find((p) => p.title === 'Pine Cabin')!;
    const booked = await guestApi('/api/reservations/', {
      method: 'POST',
      body: { property_id: cabin.id, check_in: day(50), check_out: day(53), guests: 2 },
    });
    await guestApi('/api/messaging/conversations/create/', {
      method: 'POST',
      body: {
        property_id: cabin.id,
        reservation_id: booked.id,
        message: 'Looking forward to the cabin!',
      },
    });

    await signInAsDemo(guest, GUEST2);
    await guest.page.waitForURL('**/messages');
    await guest.page
      .getByRole('list', { name: 'Conversations' })
      .getByRole('link')
      .filter({ hasText: 'Looking forward to the cabin!' })
      .click();
    const guestThread = guest.page.getByRole('log', { name: 'Messages' });
    await guestThread.getByText('Looking forward to the cabin!').waitFor();

    await host.page.getByRole('link', { name: /^Inbox/ }).click();
    // The conversation, not the toast that announced it.
    await host.page
      .getByRole('list', { name: 'Conversations' })
      .getByRole('link')
      .filter({ hasText: 'Looking forward to the cabin!' })
      .click();
    const panel = host.page.getByRole('complementary', { name: 'Reservation details' });
    await panel.getByRole('button', { name: 'Confirm' }).click();
    await panel.getByText('Confirmed').waitFor();
    const forecast = panel.getByRole('region', { name: 'Scheduled messages' });
    const planned = forecast.getByRole('listitem').filter({ hasText: 'Check-in instructions' });
    await planned.getByText('Hi Gabriel! Check-in at Pine Cabin is at 4:00 PM.').waitFor();
    await planned.getByText('Scheduled', { exact: true }).waitFor();
    // The toasts of the booking and the message would cover the panel.
    for (const close of await host.page.getByRole('button', { name: 'Close toast' }).all()) {
      await close.click().catch(() => undefined);
    }
    await forecast.scrollIntoViewIfNeeded();
    await screenshot(host.page, 'stay-timeline');

    await planned.getByRole('button', { name: 'Send now Check-in instructions' }).click();
    await planned.getByText('Sent', { exact: true }).waitFor();
    // Live on the guest's side, from the host, after the system line of the confirmation.
    await guestThread.getByText('Hi Gabriel! Check-in at Pine Cabin is at 4:00 PM.').waitFor();
    await guestThread.getByRole('note').filter({ hasText: 'Reservation confirmed' }).waitFor();
    const bubbles = await guestThread.locator('[data-bubble-text]').allInnerTexts();
    expect(bubbles.at(-1)).toBe('Hi Gabriel! Check-in at Pine Cabin is at 4:00 PM.');
    expectNoBrowserErrors(guest, host);
  });
});
