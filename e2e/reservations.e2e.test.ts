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

describe('a booking in a real browser', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let baseURL: string;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    // A server of this file's own: the booking adds to the demo host's inbox.
    server = await startDemoServer('booking', { JOBS_POLL_MS: '200' });
    baseURL = server.baseURL;
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('the guest books and writes; the host confirms from the inbox panel; the guest sees it live with the reminders', async () => {
    // Booking from the guest's side of the web app comes with the web-experience issue: the
    // request is made over the API, as a platform's booking page would.
    const guestApi = await demoApi(baseURL, GUEST2);
    const properties = (await guestApi('/api/properties/')) as {
      id: string;
      title: string;
    }[];
    const cabin = properties.find((p) => p.title === 'Pine Cabin')!;
    const booked = await guestApi('/api/reservations/', {
      method: 'POST',
      body: {
        property_id: cabin.id,
        check_in: day(40),
        check_out: day(43),
        guests: 2,
        total_price: '540.00',
        payment_due_at: `${day(30)}T12:00:00.000Z`,
      },
    });
    expect(booked.status).toBe('pending');

    const guest = await open(browser, { baseURL });
    const host = await open(browser, { baseURL });
    sessions.push(guest, host);
    await signInAsDemo(guest, GUEST2);
    await guest.page.getByRole('link', { name: 'Trips' }).click();
    await guest.page.waitForURL('**/trips');
    const trip = guest.page
      .getByRole('listitem')
      .filter({ hasText: 'Pine Cabin' })
      .filter({ hasText: 'Pending' });
    await trip.waitFor();
    // "Message host" opens the stay's conversation; the guest writes there.
    await trip.getByRole('button', { name: 'Message host' }).click();
    await guest.page.waitForURL('**/messages/*');
    const composer = guest.page.getByLabel('Message', { exact: true });
    await composer.fill('We booked the cabin for the three of us — is there parking?');
    await composer.press('Enter');
    await guest.page
      .getByRole('log', { name: 'Messages' })
      .getByText('is there parking?')
      .waitFor();

    await signInAsDemo(host, HOST);
    await host.page.waitForURL('**/host/messages');
    await host.page.getByRole('listitem').filter({ hasText: 'is there parking?' }).first().click();
    const panel = host.page.getByRole('complementary', { name: 'Reservation details' });
    await panel.getByText('Pending').waitFor();
    await panel.getByRole('region', { name: 'Reminders' }).getByText('Check-in').first().waitFor();

    // The guest waits on the trips page, reached inside the app: no reload from here on.
    await guest.page.getByRole('link', { name: 'Trips' }).click();
    await guest.page.waitForURL('**/trips');
    const guestTrip = guest.page.getByRole('listitem').filter({ hasText: 'Pine Cabin' });
    await guestTrip.getByText('Pending').waitFor();

    await panel.getByRole('button', { name: 'Confirm' }).click();
    await panel.getByText('Confirmed').waitFor();
    await expect.poll(() => panel.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
    // The thread tells of it as a line of its own, in the dates' format of the rest of the app.
    const hostThread = host.page.getByRole('log', { name: 'Messages' });
    await hostThread.getByRole('note').filter({ hasText: 'Reservation confirmed' }).waitFor();
    await host.page.getByRole('listitem').filter({ hasText: 'Reservation confirmed' }).waitFor();
    await screenshot(host.page, 'reservation-panel');

    // Live on the guest's side: the status, then the reminders of the stay.
    // Exactly the status: the notification's toast ("Booking confirmed") shows too.
    await guestTrip.getByText('Confirmed', { exact: true }).waitFor();
    await guestTrip.getByRole('button', { name: 'Reminders' }).click();
    const reminders = guestTrip.getByRole('region', { name: 'Reminders' });
    await reminders.getByText('Payment due').first().waitFor();
    const rows = reminders.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(6);
    const labels = await rows.allInnerTexts();
    expect(labels.filter((l) => /Check-in/.test(l))).toHaveLength(2);
    expect(labels.filter((l) => /Check-out/.test(l))).toHaveLength(2);
    expect(labels.every((l) => /scheduled/i.test(l))).toBe(true);
    // In the cabin's zone, not the browser's (Lisbon): check-in is at 16:00 in New York.
    await reminders.getByText('Times are the property’s (America/New_York).').waitFor();
    const twoHours = labels.find((l) => /Check-in/.test(l) && /2 hours before/.test(l));
    expect(twoHours).toMatch(/02:00\sPM/);
    await screenshot(guest.page, 'trip-reminders');

    const reminderApi = (await guestApi(`/api/reservations/${booked.id}/reminders/`)) as {
      status: string;
    }[];
    expect(reminderApi.map((r) => r.status)).toEqual(Array(6).fill('scheduled'));

    // The guest's thread got the line too, after their message, and it is not unread.
    await guest.page.getByRole('link', { name: /^Messages/ }).click();
    await guest.page.getByRole('listitem').filter({ hasText: 'Reservation confirmed' }).click();
    const guestThread = guest.page.getByRole('log', { name: 'Messages' });
    const line = guestThread.getByRole('note');
    await line.filter({ hasText: 'Reservation confirmed' }).waitFor();
    expect(await line.count()).toBe(1);
    const bubbles = await guestThread.locator('[data-bubble-text]').allInnerTexts();
    expect(bubbles.at(-1)).toMatch(/is there parking\?/);
    expectNoBrowserErrors(guest, host);
  });
});
