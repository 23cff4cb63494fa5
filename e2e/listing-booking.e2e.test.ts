import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectNoBrowserErrors,
  launch,
  open,
  screenshot,
  type Session,
} from './browser.ts';
import { emailedToken } from '../server/test/outbox.ts';
import { startDemoServer } from './server.ts';

/** `YYYY-MM-DD`, `days` from today. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Signs a new person up through the registration page and the link it emails (the server has
 * no SMTP server: the email is a file in its outbox).
 */
async function signUp(page: Page, dataDir: string, name: string) {
  const email = `${name.split(' ')[0]!.toLowerCase()}-${Date.now()}@example.test`;
  await page.goto('/register');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  const token = await emailedToken(dataDir, email, 'confirm-registration');
  await page.goto(`/confirm-registration?token=${token}`);
  await page.getByRole('link', { name: 'FlexBNB Messenger, home' }).waitFor();
}

describe('listing a place and booking it in a real browser', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let baseURL: string;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    // A server of this file's own: the new host and guest add to the demo data.
    server = await startDemoServer('listing', { JOBS_POLL_MS: '200' });
    baseURL = server.baseURL;
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('a new host lists a place with a photo, a second user books it, the host confirms from the reservations page, and both see it in the thread', async () => {
    const host = await open(browser, { baseURL });
    const guest = await open(browser, { baseURL });
    sessions.push(host, guest);

    // Sign up, and find no listing yet: the empty state's one action.
    await signUp(host.page, server.dataDir, 'Lena Lister');
    await host.page.goto('/host/properties');
    await host.page.getByRole('heading', { name: 'Your listings' }).waitFor();
    // The top bar has its own "List your place": this is the empty state's, in the page.
    await host.page.getByRole('main').getByRole('link', { name: 'List your place' }).click();
    await host.page.waitForURL('**/host/properties/new');

    // The form speaks plainly as one types: a title typed and cleared asks for one.
    const title = host.page.getByLabel('Title', { exact: true });
    await title.fill('Sunny flat');
    await title.fill('');
    await host.page.getByText('Give your place a name').waitFor();
    await title.fill('Sunny flat in Madrid');
    await expect.poll(() => host.page.getByText('Give your place a name').count()).toBe(0);
    await host.page.getByLabel('Address').fill('Calle de Cervantes 12, Madrid, Spain');
    // The zone: the browser's (Lisbon) to start with, then the one the address suggests.
    await host.page.getByRole('button', { name: 'Use it' }).click();
    await expect
      .poll(() => host.page.getByRole('combobox', { name: 'Time zone' }).inputValue())
      .toBe('Europe / Madrid');
    await host.page.getByLabel('Check-in from').fill('16:00');
    await host.page.getByLabel('Nightly rate').fill('120');
    await host.page.getByLabel('Currency').selectOption('EUR');
    await host.page.getByLabel('Wifi name').fill('Cervantes-Guest');
    await host.page.getByLabel('Door or key box code').fill('2580');

    const photo = await sharp({
      create: { width: 900, height: 600, channels: 3, background: { r: 210, g: 120, b: 60 } },
    })
      .jpeg()
      .toBuffer();
    await host.page
      .getByLabel('Add photos')
      .setInputFiles({ name: 'living-room.jpg', mimeType: 'image/jpeg', buffer: photo });
    await host.page.getByText('Cover photo').waitFor();
    await expect.poll(() => host.page.locator('progress').count()).toBe(0);
    await expectAccessible(host.page);
    await screenshot(host.page, 'listing-form');
    await host.page.getByRole('button', { name: 'Publish listing' }).click();
    await host.page.waitForURL('**/host/properties');
    const card = host.page.getByRole('listitem').filter({ hasText: 'Sunny flat in Madrid' });
    await card.locator('img').waitFor();
    await card.getByRole('link', { name: 'Edit Sunny flat in Madrid' }).waitFor();
    await screenshot(host.page, 'host-listings');

    // A second user finds it on Explore, with its photo, and books three nights.
    await signUp(guest.page, server.dataDir, 'Boris Booker');
    await guest.page.goto('/properties');
    const explore = guest.page.getByRole('listitem').filter({ hasText: 'Sunny flat in Madrid' });
    await explore.locator('img').waitFor();
    await explore.getByRole('link', { name: 'Sunny flat in Madrid' }).click();
    await guest.page.waitForURL('**/properties/*');
    await guest.page.getByText(/Local time \d{2}:\d{2}/).waitFor();
    expect(await guest.page.getByText('Europe/Madrid').count()).toBe(0);
    const box = guest.page.getByRole('complementary', { name: 'Book this place' });
    await box.getByLabel('Check-in', { exact: true }).fill(day(30));
    await box.getByLabel('Check-out', { exact: true }).fill(day(33));
    await box.getByLabel('Guests').fill('2');
    await box.getByText('€120.00 × 3 nights').waitFor();
    await box.getByText('€360.00').waitFor();
    await box.getByLabel('Message to Lena (optional)').fill('Hi Lena! Two of us, by train.');
    await expectAccessible(guest.page);
    await screenshot(guest.page, 'property-booking');
    await box.getByRole('button', { name: 'Request to book' }).click();
    await box.getByRole('heading', { name: 'Request sent' }).waitFor();
    await box.getByRole('link', { name: 'See your trips' }).click();
    await guest.page.waitForURL('**/trips');
    const trip = guest.page.getByRole('listitem').filter({ hasText: 'Sunny flat in Madrid' });
    await trip.getByText('Pending').waitFor();
    await trip.getByText('Hosted by Lena Lister').waitFor();

    // The host answers from the reservations page: the request waits under Pending.
    await host.page.goto('/host/reservations');
    await host.page.getByRole('tab', { name: 'Pending' }).click();
    const request = host.page
      .getByRole('tabpanel')
      .getByRole('listitem')
      .filter({ hasText: 'Boris Booker' });
    await request.getByText('€360.00', { exact: false }).waitFor();
    await expectAccessible(host.page);
    await request.getByRole('button', { name: 'Confirm' }).click();
    await host.page.getByRole('tab', { name: 'Upcoming' }).click();
    const stay = host.page
      .getByRole('tabpanel')
      .getByRole('listitem')
      .filter({ hasText: 'Boris Booker' });
    await stay.getByText('Confirmed', { exact: true }).waitFor();
    await screenshot(host.page, 'host-reservations');

    // Live on the guest's trips page, without a reload.
    await trip.getByText('Confirmed', { exact: true }).waitFor();

    // Both see the confirmation in the stay's thread, under the guest's first message.
    await stay.getByRole('link', { name: 'Open conversation' }).click();
    await host.page.waitForURL('**/host/messages/*');
    const hostThread = host.page.getByRole('log', { name: 'Messages' });
    await hostThread.getByText('Hi Lena! Two of us, by train.').waitFor();
    await hostThread.getByRole('note').filter({ hasText: 'Reservation confirmed' }).waitFor();

    await trip.getByRole('link', { name: 'Message host' }).click();
    await guest.page.waitForURL('**/messages/*');
    const guestThread = guest.page.getByRole('log', { name: 'Messages' });
    await guestThread.getByRole('note').filter({ hasText: 'Reservation confirmed' }).waitFor();
    await guestThread.getByText('Hi Lena! Two of us, by train.').waitFor();
    expectNoBrowserErrors(host, guest);
  });

  it('the host’s reservations page works on a 375 px phone and by keyboard alone', async () => {
    const phone = await open(browser, { baseURL, width: 375, height: 740, mobile: true });
    sessions.push(phone);
    await signUp(phone.page, server.dataDir, 'Petra Phone');
    await phone.page.goto('/host/reservations');
    // No listing yet: the page says what to do first.
    await phone.page.getByRole('main').getByRole('link', { name: 'List your place' }).waitFor();
    await phone.page.goto('/host/properties/new');
    await phone.page.getByLabel('Title', { exact: true }).fill('Studio by the river');
    await phone.page.getByLabel('Address').fill('1 Quay Street, Porto, Portugal');
    await phone.page.getByRole('button', { name: 'Publish listing' }).click();
    await phone.page.waitForURL('**/host/properties');
    await phone.page.goto('/host/reservations');
    const tabs = phone.page.getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(4);
    // Arrow keys move between the tabs; the page does not scroll sideways.
    await phone.page.getByRole('tab', { name: 'Upcoming' }).focus();
    await phone.page.keyboard.press('ArrowRight');
    await expect
      .poll(() => phone.page.getByRole('tab', { name: 'Pending' }).getAttribute('aria-selected'))
      .toBe('true');
    await phone.page.getByText('No requests waiting for your answer.').waitFor();
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(phone.page);
    await screenshot(phone.page, 'host-reservations-phone');
    expectNoBrowserErrors(phone);
  });
});
