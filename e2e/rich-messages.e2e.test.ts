import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoBrowserErrors,
  GUEST,
  HOST,
  launch,
  open,
  screenshot,
  signInAsDemo,
  type Session,
} from './browser.ts';
import { demoApi, startDemoServer } from './server.ts';

interface Thread {
  id: string;
  property: { title: string };
  guest: { name: string };
  messages: { id: string; message: string; attachments: { kind: string }[] }[];
}

describe('rich messages in a real browser', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    server = await startDemoServer('rich');
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('a guest sends a photo and a voice message, the host reacts live, the guest edits and unsends, and search opens a thread at a message', async () => {
    const { baseURL } = server;
    const gina = await demoApi(baseURL, GUEST);
    const threads = (await gina('/api/messaging/conversations/')) as Thread[];
    const loft = threads.find((t) => t.property.title === 'Seaside Loft')!;
    expect(loft).toBeDefined();

    const guest = await open(browser, { baseURL });
    const host = await open(browser, { baseURL });
    sessions.push(guest, host);
    await signInAsDemo(guest, GUEST);
    await signInAsDemo(host, HOST);
    await guest.page.goto(`/messages/${loft.id}`);
    await host.page.goto(`/host/messages/${loft.id}`);
    const guestThread = guest.page.getByRole('log', { name: 'Messages' });
    const hostThread = host.page.getByRole('log', { name: 'Messages' });
    await guestThread.waitFor();
    await hostThread.waitFor();

    // A photo from the phone's camera roll: a JPEG that tells where it was taken.
    const photo = await sharp({
      create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: 200 } },
    })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 43/1 0/1' } })
      .toBuffer();
    await guest.page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'front-door.jpg', mimeType: 'image/jpeg', buffer: photo });
    const tray = guest.page.getByRole('list', { name: 'Attachments' });
    await tray.getByRole('listitem', { name: /front-door\.jpg/ }).waitFor();
    await tray.locator('img').first().waitFor(); // the preview before it is sent
    await guest.page.getByLabel('Message', { exact: true }).fill('This is the door we found');
    await expect
      .poll(() => guest.page.getByRole('button', { name: 'Send' }).isEnabled())
      .toBe(true);
    await screenshot(guest.page, 'attachment-preview');
    await guest.page.getByRole('button', { name: 'Send' }).click();

    // The host sees the photo live, as a thumbnail that opens in a lightbox.
    const photoBubble = hostThread.locator('[data-message-id]').filter({
      hasText: 'This is the door we found',
    });
    await photoBubble.locator('img').first().waitFor();
    await photoBubble
      .getByRole('button', { name: /front-door\.jpg/ })
      .first()
      .click();
    const lightbox = host.page.getByRole('dialog');
    await lightbox.locator('img').waitFor();
    await screenshot(host.page, 'attachment-lightbox');
    await host.page.keyboard.press('Escape');
    await lightbox.waitFor({ state: 'hidden' });

    // What the server kept of the photo: re-encoded, with no location in it.
    const sent = await gina(`/api/messaging/conversations/${loft.id}/`);
    const photoMessage = (sent as Thread).messages.find(
      (m) => m.message === 'This is the door we found',
    )!;
    expect(photoMessage.attachments).toMatchObject([{ kind: 'image' }]);

    // A voice message from Chromium's fake microphone, played inline on the other side.
    await guest.page.getByRole('button', { name: 'Record voice message' }).click();
    await guest.page.getByRole('group', { name: 'Recording a voice message' }).waitFor();
    await guest.page.waitForTimeout(1500);
    await guest.page.getByRole('button', { name: 'Stop and send voice message' }).click();
    const voice = hostThread.getByRole('group', { name: /Voice message/ }).last();
    await voice.waitFor({ timeout: 15_000 });
    await voice.getByRole('button', { name: /Play voice message/ }).click();
    await voice.getByRole('button', { name: /Pause voice message/ }).waitFor();
    await screenshot(host.page, 'voice-message');

    // The host reacts to the photo; the guest sees it under the bubble at once.
    await photoBubble.hover();
    await photoBubble.getByRole('button', { name: 'React' }).click();
    await host.page.getByRole('menuitem', { name: 'React with thumbs up' }).click();
    const guestPhoto = guestThread.locator('[data-message-id]').filter({
      hasText: 'This is the door we found',
    });
    await guestPhoto
      .getByRole('list', { name: 'Reactions' })
      .getByRole('button', { name: /👍 1, from Hana/ })
      .waitFor();
    await screenshot(guest.page, 'reaction-live');

    // The guest fixes a typo in a message, and takes another one back.
    await sendText(guest.page, 'Check-in at 3 pn then');
    await sendText(guest.page, 'Oops, wrong thread');
    const typo = guestThread
      .locator('[data-message-id]')
      .filter({ hasText: 'Check-in at 3 pn then' });
    await openMenu(typo);
    await guest.page.getByRole('menuitem', { name: 'Edit' }).click();
    const editor = guest.page.getByRole('textbox', { name: 'Edit message' });
    await editor.fill('Check-in at 3 pm then');
    await editor.press('Enter');
    const edited = hostThread
      .locator('[data-message-id]')
      .filter({ hasText: 'Check-in at 3 pm then' });
    await edited.getByText('edited').waitFor();
    const wrong = guestThread
      .locator('[data-message-id]')
      .filter({ hasText: 'Oops, wrong thread' });
    await openMenu(wrong);
    await guest.page.getByRole('menuitem', { name: 'Unsend' }).click();
    await guest.page
      .getByRole('dialog', { name: 'Unsend this message?' })
      .getByRole('button', { name: 'Unsend' })
      .click();
    await hostThread.getByText('This message was unsent').waitFor();
    await expect.poll(() => hostThread.getByText('Oops, wrong thread').count()).toBe(0);
    await screenshot(host.page, 'edit-unsend');

    // Search: a word from the guest's message, stemmed ("doors" finds "door"); choosing the hit
    // opens the thread at it.
    await host.page.goto('/host/messages');
    const search = host.page.getByRole('combobox', { name: 'Search conversations' });
    await search.fill('doors');
    const hit = host.page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .filter({ hasText: 'This is the door we found' });
    await hit.waitFor();
    await hit.locator('mark').first().waitFor();
    await screenshot(host.page, 'search');
    await hit.click();
    await host.page.waitForURL(new RegExp(`/host/messages/${loft.id}`));
    await host.page
      .getByRole('log', { name: 'Messages' })
      .locator(`[data-message-id="${photoMessage.id}"]`)
      .waitFor();
    await expect
      .poll(() =>
        host.page.locator(`[data-message-id="${photoMessage.id}"]`).evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);

    expectNoBrowserErrors(guest, host);
  });
});

async function sendText(page: Page, text: string) {
  const composer = page.getByLabel('Message', { exact: true });
  await composer.fill(text);
  await composer.press('Enter');
  await page
    .getByRole('log', { name: 'Messages' })
    .locator('[data-message-id]')
    .filter({ hasText: text })
    .waitFor();
}

async function openMenu(bubble: ReturnType<Page['locator']>) {
  await bubble.hover();
  await bubble.getByRole('button', { name: 'More actions' }).click();
}
