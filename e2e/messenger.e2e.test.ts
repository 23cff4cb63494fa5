import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
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

/** What the signed-in browser's API sees, through its own token. */
async function apiAs(page: Page, path: string): Promise<any> {
  return page.evaluate(async (url) => {
    const session = JSON.parse(localStorage.getItem('flexbnb.session') ?? 'null');
    const res = await fetch(url, { headers: { authorization: `Bearer ${session.access_token}` } });
    return res.json();
  }, path);
}

/** Signs in over the API from the test itself, for the other side of a conversation. */
async function apiClient(email: string) {
  const base = inject('baseUrl');
  const login = await fetch(`${base}/api/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return res.json();
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
  };
}

/**
 * Routes the page's socket through a switch: connected to the server, or refused while cut
 * (the app then shows "Reconnecting…" and keeps retrying).
 */
async function switchableSocket(session: Session) {
  let down = false;
  let live: { close: () => Promise<void> } | undefined;
  await session.context.routeWebSocket(/\/api\/messaging\/socket/, (ws) => {
    if (down) {
      void ws.close({ code: 1011, reason: 'test: socket down' });
      return;
    }
    ws.connectToServer();
    live = ws;
  });
  return {
    connected: () => live !== undefined,
    cut: async () => {
      down = true;
      await live?.close();
    },
    restore: () => {
      down = false;
    },
  };
}

describe('the messenger in a real browser', () => {
  let browser: Browser;
  const sessions: Session[] = [];
  const session = async (options?: Parameters<typeof open>[1]) => {
    const s = await open(browser, options);
    sessions.push(s);
    return s;
  };

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('guest contacts the host, who gets it live and answers with a quick reply; the guest sees it, the host sees "Seen"', async () => {
    const host = await session();
    const guest = await session();
    // One socket per signed-in page, kept across every navigation inside the app.
    const sockets = { host: 0, guest: 0 };
    host.page.on('websocket', () => (sockets.host += 1));
    guest.page.on('websocket', () => (sockets.guest += 1));

    await host.page.goto('/login');
    await host.page.getByRole('heading', { name: 'Try a demo account' }).waitFor();
    await screenshot(host.page, 'login');
    await signInAsDemo(host, HOST);
    await host.page.waitForURL('**/host/messages');
    const inboxLink = host.page.getByRole('link', { name: /^Inbox/ });
    const badge = inboxLink.getByTestId('unread-badge');
    const unreadBefore = async () =>
      (await badge.count()) ? Number(await badge.textContent()) : 0;
    await host.page
      .getByRole('list', { name: 'Conversations' })
      .getByRole('link')
      .first()
      .waitFor();
    const badgeBefore = await unreadBefore();

    // The host writes a template first, with placeholders, on the quick replies page.
    await host.page.getByRole('link', { name: 'Quick replies' }).click();
    await host.page.getByRole('button', { name: 'New quick reply' }).click();
    const form = host.page.getByRole('form', { name: 'New quick reply' });
    await form.getByLabel('Title').fill('Parking spot');
    await form.getByLabel('Category').selectOption('directions');
    await form
      .getByLabel('Message')
      .fill('Hi {guest_first_name}! Free parking right in front of {property_name}.');
    await form.getByRole('button', { name: 'Create' }).click();
    await host.page.getByText('Quick reply created').waitFor();
    await host.page.getByRole('heading', { name: 'Directions' }).waitFor();
    await screenshot(host.page, 'quick-replies');
    await host.page.getByRole('link', { name: /^Inbox/ }).click();

    // The guest finds the loft and writes to its host.
    await signInAsDemo(guest, GUEST2);
    await guest.page.getByRole('link', { name: 'Explore' }).click();
    await guest.page.getByRole('link', { name: /Seaside Loft/ }).click();
    await guest.page.getByLabel('Message Hana').fill('Hello Hana! Is there parking near the loft?');
    await guest.page.getByRole('button', { name: 'Contact host' }).click();
    await guest.page.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
    const thread = guest.page.getByRole('log', { name: 'Messages' });
    await thread.getByText('Hello Hana! Is there parking near the loft?').waitFor();

    // The host gets a toast and a higher badge without reloading.
    await host.page
      .getByRole('listitem')
      .filter({ hasText: 'Is there parking near the loft?' })
      .first()
      .waitFor();
    await host.page.getByText('Gabriel Guest · Seaside Loft').waitFor();
    await expect.poll(unreadBefore).toBe(badgeBefore + 1);
    await expect.poll(() => host.page.title()).toMatch(/^\(\d+\) FlexBNB Messenger$/);
    await host.page.waitForTimeout(500); // the toast's slide-in
    await screenshot(host.page, 'host-toast');

    // The guest's typing shows on the host's side once the host opens the thread.
    await host.page.getByRole('link', { name: /Gabriel Guest, Seaside Loft/ }).click();
    const hostThread = host.page.getByRole('log', { name: 'Messages' });
    await hostThread.getByText('Hello Hana! Is there parking near the loft?').waitFor();
    await host.page.getByRole('complementary', { name: 'Reservation details' }).waitFor();
    await guest.page.getByLabel('Message', { exact: true }).fill('Also, ');
    await host.page.getByText('Gabriel is typing…').waitFor();
    await guest.page.getByLabel('Message', { exact: true }).fill('');

    // The host answers with the quick reply: `/`, search, Enter, edit, Enter.
    const composer = host.page.getByLabel('Message', { exact: true });
    await composer.focus();
    await host.page.keyboard.press('/');
    const search = host.page.getByRole('combobox', { name: 'Search quick replies' });
    await search.fill('parking spot');
    await host.page.getByRole('option', { name: /Parking spot/ }).waitFor();
    // The picture shows the picker, not the "Quick reply created" toast fading over it.
    await expect
      .poll(() => host.page.locator('[data-sonner-toast]').count(), { timeout: 10_000 })
      .toBe(0);
    await screenshot(host.page, 'quick-reply-picker');
    await search.press('Enter');
    await expect
      .poll(() => composer.inputValue())
      .toBe('Hi Gabriel! Free parking right in front of Seaside Loft.');
    await composer.press('End');
    await composer.pressSequentially(' See you soon!');
    await composer.press('Enter');
    const reply = 'Hi Gabriel! Free parking right in front of Seaside Loft. See you soon!';
    await hostThread.getByText(reply).waitFor();

    // The guest sees it in the open thread, which marks it read; the host then sees "Seen".
    await thread.getByText(reply).waitFor();
    await hostThread.getByText('Seen', { exact: true }).waitFor();
    await screenshot(host.page, 'host-inbox');
    await screenshot(guest.page, 'guest-thread');

    const detail = await apiAs(
      host.page,
      `/api/messaging/conversations/${host.page.url().split('/').pop()}/`,
    );
    const sent = detail.messages.find((m: any) => m.message === reply);
    expect(sent).toMatchObject({ is_quick_reply: true, is_read: true });
    const templates = await apiAs(host.page, '/api/messaging/quick-replies/');
    expect(templates.find((t: any) => t.title === 'Parking spot').usage_count).toBe(1);
    expect(sockets).toEqual({ host: 1, guest: 1 });

    expectNoBrowserErrors(host, guest);
    await host.context.close();
    await guest.context.close();
  });

  it('archives, filters, searches and narrows the inbox by property', async () => {
    const host = await session();
    await signInAsDemo(host, HOST);
    await host.page.waitForURL('**/host/messages');
    const list = host.page.getByRole('list', { name: 'Conversations' });
    const filter = (name: string) =>
      host.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name });

    await list.getByRole('link', { name: /Gabriel Guest, Pine Cabin/ }).click();
    const all = await list.getByRole('link').count();
    await host.page.getByRole('button', { name: 'Archive' }).click();
    await host.page.getByText('Conversation archived').waitFor();

    // "All", the inbox as it opens, leaves archived threads out.
    await expect.poll(() => list.getByRole('link').count()).toBe(all - 1);
    await expect(
      list.getByRole('link', { name: /Gabriel Guest, Pine Cabin/ }).count(),
    ).resolves.toBe(0);

    await filter('Archived').click();
    await expect.poll(() => list.getByRole('link').count()).toBe(1);
    await list.getByRole('link', { name: /Gabriel Guest, Pine Cabin/ }).waitFor();
    await screenshot(host.page, 'archived-filter');
    await host.page.getByRole('button', { name: 'Unarchive' }).click();
    await host.page.getByText('Moved back to the inbox').waitFor();
    await expect.poll(() => list.getByRole('link').count()).toBe(0);
    await host.page.getByText('No archived conversations').waitFor();

    // The toast's Undo takes an archive back.
    await filter('All').click();
    await expect.poll(() => list.getByRole('link').count()).toBe(all);
    // The first archive's toast (and its Undo) must have gone, or the new toast stacks over
    // it and the older Undo underneath is the one a click would aim at.
    await expect
      .poll(() => host.page.getByRole('button', { name: 'Undo' }).count(), { timeout: 15_000 })
      .toBe(0);
    await host.page.getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => list.getByRole('link').count()).toBe(all - 1);
    await host.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.getByRole('link').count()).toBe(all);

    await filter('Unread').click();
    // The demo's unread threads are those a guest wrote last in (Gina's about the loft).
    await list.getByRole('link', { name: /Gina Guest, Seaside Loft, \d+ unread/ }).waitFor();
    // Each row reads "<name>, <property>, <n> unread: <last message>, <when>".
    for (const summary of await list.getByRole('link').locator('.sr-only').allTextContents()) {
      expect(summary).toMatch(/, \d+ unread: /);
    }

    await filter('All').click();
    await host.page.getByLabel('Search conversations').fill('dog');
    await expect.poll(() => list.getByRole('link').count()).toBe(1);
    await list.getByRole('link', { name: /Gabriel Guest, Pine Cabin/ }).waitFor();
    await host.page.getByLabel('Search conversations').fill('');

    await host.page
      .getByRole('combobox', { name: 'Property' })
      .selectOption({ label: 'Seaside Loft' });
    await expect.poll(() => list.getByRole('link').count()).toBe(2);
    for (const title of await list.getByRole('link').allTextContents()) {
      expect(title).toContain('Seaside Loft');
    }

    await filter('Unread').click();
    await host.page
      .getByRole('combobox', { name: 'Property' })
      .selectOption({ label: 'All properties' });
    await host.page.getByRole('button', { name: 'Mark all read' }).click();
    await host.page.getByText('Everything is marked as read').waitFor();
    await expect.poll(() => list.getByRole('link').count()).toBe(0);
    await expect
      .poll(() =>
        host.page
          .getByRole('link', { name: /^Inbox/ })
          .getByTestId('unread-badge')
          .count(),
      )
      .toBe(0);

    expectNoBrowserErrors(host);
    await host.context.close();
  });

  it('retries a failed send without storing the message twice', async () => {
    const guest = await session();
    await signInAsDemo(guest, GUEST);
    await guest.page.getByRole('link', { name: /Hana Host, Seaside Loft/ }).click();
    const thread = guest.page.getByRole('log', { name: 'Messages' });
    await thread.getByText('Is there parking nearby?').waitFor();
    const composer = guest.page.getByLabel('Message', { exact: true });
    const id = guest.page.url().split('/').pop();
    const stored = async (text: string) =>
      (await apiAs(guest.page, `/api/messaging/conversations/${id}/`)).messages.filter(
        (m: any) => m.message === text,
      );

    // The network drops the first attempt: the bubble says so, and Retry sends it once.
    let attempts = 0;
    await guest.page.route('**/api/messaging/messages/send/', async (route) => {
      if (attempts++ === 0) await route.abort('connectionreset');
      else await route.continue();
    });
    const text = 'We land at 11 — can we drop our bags early?';
    await composer.fill(text);
    await composer.press('Enter');
    await guest.page.getByRole('alert').filter({ hasText: 'Not sent' }).waitFor();
    await screenshot(guest.page, 'failed-send');
    await guest.page.getByRole('button', { name: 'Retry' }).click();
    await guest.page.locator('[data-status="sent"]').filter({ hasText: text }).waitFor();
    await expect.poll(() => guest.page.getByRole('alert').count()).toBe(0);
    expect(attempts).toBe(2);
    expect(await stored(text)).toHaveLength(1);
    await guest.page.unroute('**/api/messaging/messages/send/');

    // The request reaches the server but its answer is lost: the same client_message_id means
    // the thread settles on the one stored message, never two.
    let lost = 0;
    await guest.page.route('**/api/messaging/messages/send/', async (route) => {
      if (lost++ === 0) {
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    const second = 'And is there a supermarket close by?';
    await composer.fill(second);
    await composer.press('Enter');
    await guest.page.locator('[data-status="sent"]').filter({ hasText: second }).waitFor();
    const retry = guest.page.getByRole('button', { name: 'Retry' });
    if (await retry.count()) await retry.click();
    await expect.poll(() => thread.getByText(second).count()).toBe(1);
    await expect.poll(() => guest.page.getByRole('alert').count()).toBe(0);
    expect(await stored(second)).toHaveLength(1);

    // Chromium logs each dropped request; those two are the ones this test caused.
    const dropped = guest.errors.filter((e) => /ERR_CONNECTION_RESET/.test(e));
    expect(dropped.length).toBeLessThanOrEqual(2);
    guest.errors.splice(
      0,
      guest.errors.length,
      ...guest.errors.filter((e) => !dropped.includes(e)),
    );
    expectNoBrowserErrors(guest);
    await guest.context.close();
  });

  it('works with the keyboard alone', async () => {
    const guest = await session();
    const { page } = guest;
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Try a demo account' }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return '';
        return el.getAttribute('aria-label') ?? el.textContent ?? '';
      });
    const tabTo = async (pattern: RegExp) => {
      for (let i = 0; i < 40; i++) {
        if (pattern.test(await focused())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${pattern}`);
    };
    await tabTo(/Gina Guest/);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().waitFor();

    await tabTo(/^Hana Host, Pine Cabin/);
    await page.keyboard.press('Enter');
    await page.getByRole('log', { name: 'Messages' }).getByText('Book soon').waitFor();
    await tabTo(/^Message$/);
    await page.keyboard.type('Typed without a mouse');
    await page.keyboard.press('Enter');
    await page
      .locator('[data-status="sent"]')
      .filter({ hasText: 'Typed without a mouse' })
      .waitFor();

    expectNoBrowserErrors(guest);
    await guest.context.close();
  });

  it('polls every 10 s while the socket is down, and catches up through sync on reconnect', async () => {
    const guest = await session();
    const { page } = guest;
    const socket = await switchableSocket(guest);
    await signInAsDemo(guest, GUEST);
    await page.getByRole('link', { name: /Hana Host, Seaside Loft/ }).click();
    const thread = page.getByRole('log', { name: 'Messages' });
    await thread.getByText('Is there parking nearby?').waitFor();
    await expect.poll(() => socket.connected()).toBe(true);

    const host = await apiClient(HOST);
    const [conversation] = (await host.get('/api/messaging/conversations/?q=Gina')).filter(
      (c: any) => c.property.title === 'Seaside Loft',
    );
    await socket.cut();
    await page.getByText('Reconnecting…').waitFor();

    // Without the socket the thread still fills in, from the 10-second poll.
    await host.post('/api/messaging/messages/send/', {
      conversation_id: conversation.id,
      message: 'Polled: the parking is behind the building.',
    });
    await thread
      .getByText('Polled: the parking is behind the building.')
      .waitFor({ timeout: 15_000 });

    // Back up: the app asks the sync endpoint for what it missed since its cursor.
    const synced = page.waitForRequest(/\/api\/messaging\/sync\/\?since=\d+/, {
      timeout: 45_000,
    });
    socket.restore();
    await synced;
    await expect.poll(() => page.getByText('Reconnecting…').count(), { timeout: 5_000 }).toBe(0);
    await host.post('/api/messaging/messages/send/', {
      conversation_id: conversation.id,
      message: 'Live again!',
    });
    await thread.getByText('Live again!').waitFor({ timeout: 3_000 });

    expectNoBrowserErrors(guest);
    await guest.context.close();
  });

  it('reloads its state when the events it missed were pruned while it was away', async () => {
    const guest = await session();
    const { page } = guest;
    const socket = await switchableSocket(guest);
    await signInAsDemo(guest, GUEST2);
    await page.getByRole('link', { name: /Hana Host, Pine Cabin/ }).click();
    const thread = page.getByRole('log', { name: 'Messages' });
    await thread.getByText('Is the cabin pet-friendly?', { exact: false }).waitFor();
    await expect.poll(() => socket.connected()).toBe(true);

    const host = await apiClient(HOST);
    const [conversation] = (await host.get('/api/messaging/conversations/?q=Gabriel')).filter(
      (c: any) => c.property.title === 'Pine Cabin',
    );
    await socket.cut();
    await page.getByText('Reconnecting…').waitFor();

    // More events than the server keeps per user (CHANGE_EVENTS_KEEP_PER_USER is 100 here,
    // pruned every second; a message is one event for its receiver): the guest's cursor falls
    // off the feed.
    for (let i = 1; i <= 110; i++) {
      await host.post('/api/messaging/messages/send/', {
        conversation_id: conversation.id,
        message: `While you were away, note ${i}`,
      });
    }
    const expired = page.waitForResponse(
      (r) => /\/api\/messaging\/sync\/\?since=\d+/.test(r.url()) && r.status() === 410,
      { timeout: 45_000 },
    );
    await new Promise((r) => setTimeout(r, 2_500));
    socket.restore();
    await expired;
    await thread.getByText('While you were away, note 110').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByText('Reconnecting…').count(), { timeout: 5_000 }).toBe(0);

    // Back on the current cursor, live events apply again.
    await host.post('/api/messaging/messages/send/', {
      conversation_id: conversation.id,
      message: 'And now, live.',
    });
    await thread.getByText('And now, live.').waitFor({ timeout: 3_000 });

    // The 410 is the server's documented answer, which the browser logs as a failed load; the
    // app itself logged nothing.
    const gone =
      /^(http 410: GET \S+\/api\/messaging\/sync\/\?since=\d+|console: Failed to load resource: .* 410)/;
    expect(guest.errors.filter((e) => !gone.test(e))).toEqual([]);
    expect(guest.errors.some((e) => e.startsWith('http 410'))).toBe(true);
    await guest.context.close();
  });

  it('on a phone shows the list or the thread, one at a time', async () => {
    const guest = await session({ width: 375, height: 812, mobile: true });
    await signInAsDemo(guest, GUEST);
    const list = guest.page.getByRole('list', { name: 'Conversations' });
    await list.getByRole('link').first().waitFor();
    await expect(
      guest.page.getByRole('heading', { name: 'Pick a conversation' }).isVisible(),
    ).resolves.toBe(false);
    // Nothing pokes out sideways: every element ends inside the 375 px screen.
    const scrollWidth = () =>
      guest.page.evaluate(() =>
        Math.max(
          document.documentElement.scrollWidth,
          ...[...document.querySelectorAll('#main *')].map((e) =>
            Math.ceil(e.getBoundingClientRect().right),
          ),
        ),
      );
    expect(await scrollWidth()).toBeLessThanOrEqual(375);
    await screenshot(guest.page, 'phone-list');

    await list.getByRole('link', { name: /Hana Host, Seaside Loft/ }).click();
    await guest.page
      .getByRole('log', { name: 'Messages' })
      .getByText('Is there parking nearby?')
      .waitFor();
    await expect(list.isVisible()).resolves.toBe(false);
    expect(await scrollWidth()).toBeLessThanOrEqual(375);
    await screenshot(guest.page, 'phone-thread');

    await guest.page.getByRole('link', { name: 'Back to conversations' }).click();
    await list.waitFor();
    await expect(guest.page.getByRole('log', { name: 'Messages' }).count()).resolves.toBe(0);

    expectNoBrowserErrors(guest);
    await guest.context.close();
  });
});
