import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPushService, type PushServiceStandIn } from '../server/test/push-service.ts';
import { spawnServer, type ServerProcess } from '../server/test/server-process.ts';
import {
  expectNoBrowserErrors,
  GUEST2,
  HOST,
  launch,
  open,
  openPersistent,
  screenshot,
  signInAsDemo,
  type Session,
} from './browser.ts';
import { demoApi, demoServerEnv, freePort, waitReady } from './server.ts';

declare global {
  interface Window {
    /** What the service worker posted to the page as `push-received`, oldest first. */
    e2ePushesReceived?: unknown[];
    /** The `options` of each `PushManager.subscribe` call the app made. */
    e2eSubscribeCalls?: { userVisibleOnly: boolean; applicationServerKey: string }[];
  }
}

/** The stand-in subscription as the init script gets it (JSON, so plain data only). */
interface StubSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  applicationServerKey: string;
}

/**
 * Runs in the host's page before the app: the browser's push service (FCM, out of reach
 * here) is replaced by the test's stand-in. `PushManager.subscribe` hands out the stand-in's
 * subscription, made for the app's VAPID key, as a `PushSubscription`-like object;
 * `getSubscription` finds it again while the page's storage says it is subscribed.
 */
function stubPushManager(stub: StubSubscription) {
  const FLAG = 'e2e.stand-in-push-subscribed';
  const bytes = (base64url: string) => {
    const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  };
  const base64url = (data: BufferSource) => {
    const view =
      data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return btoa(String.fromCharCode(...view))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  };
  const json = () => ({
    endpoint: stub.endpoint,
    expirationTime: null,
    keys: { p256dh: stub.keys.p256dh, auth: stub.keys.auth },
  });
  const subscription = {
    endpoint: stub.endpoint,
    expirationTime: null,
    options: {
      applicationServerKey: bytes(stub.applicationServerKey).buffer,
      userVisibleOnly: true,
    },
    getKey: (name: string) =>
      name === 'p256dh' || name === 'auth' ? bytes(stub.keys[name]).buffer : null,
    toJSON: json,
    unsubscribe: () => {
      localStorage.removeItem(FLAG);
      return Promise.resolve(true);
    },
  };
  window.e2eSubscribeCalls = [];
  PushManager.prototype.subscribe = function (options?: PushSubscriptionOptionsInit) {
    const key = options?.applicationServerKey;
    const given = typeof key === 'string' ? key : key ? base64url(key) : '';
    window.e2eSubscribeCalls?.push({
      userVisibleOnly: options?.userVisibleOnly ?? false,
      applicationServerKey: given,
    });
    // As a browser does: a push service takes only user-visible pushes with a server key.
    if (!options?.userVisibleOnly || given !== stub.applicationServerKey) {
      return Promise.reject(new DOMException('stand-in: unexpected options', 'NotAllowedError'));
    }
    localStorage.setItem(FLAG, '1');
    return Promise.resolve(subscription as unknown as PushSubscription);
  };
  PushManager.prototype.getSubscription = function () {
    const found = localStorage.getItem(FLAG) ? subscription : null;
    return Promise.resolve(found as unknown as PushSubscription | null);
  };
}

const TOASTS = '[data-sonner-toast]';

/** Waits for the toast that says `text`, closes it, and waits until it has gone. */
async function closeToast(page: Page, text: string) {
  const toast = page.locator(TOASTS).filter({ hasText: text });
  await toast.waitFor();
  // On a slow machine it may time out by itself first: gone either way.
  await toast
    .getByRole('button', { name: 'Close toast' })
    .click({ timeout: 2_000 })
    .catch(() => undefined);
  await toast.waitFor({ state: 'detached' });
}

/** `promise`, or an error naming `what` after `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The whole page, though only its `#main` scrolls: the viewport grown to fit it for the shot. */
async function screenshotWhole(page: Page, name: string) {
  const size = page.viewportSize()!;
  const height = await page
    .locator('#main')
    .evaluate((main) => main.getBoundingClientRect().top + main.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.ceil(height) });
  await screenshot(page, name);
  await page.setViewportSize(size);
}

describe('notifications in a real browser', () => {
  let pushService: PushServiceStandIn;
  let server: ServerProcess;
  let baseURL: string;
  let browser: Browser;
  const dirs: string[] = [];
  const sessions: Session[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    pushService = await startPushService();
    // A server of this file's own: pushes go out at once, to a push service it trusts.
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    server = spawnServer({
      ...demoServerEnv(baseURL, tempDir('flexbnb-e2e-notify-')),
      NOTIFY_PUSH_DELAY_SECONDS: '0',
      NOTIFY_EMAIL_DELAY_SECONDS: '3600',
      NOTIFY_SMS_DELAY_SECONDS: '3600',
      JOBS_POLL_MS: '200',
      NODE_EXTRA_CA_CERTS: pushService.caPath,
    });
    // Not `server.ready`: with PUBLIC_URL set it announces that URL, not localhost's port.
    await waitReady(baseURL, server.child, () => server.output());
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    await pushService?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    if (process.env.E2E_SERVER_LOG) console.log(server?.output());
  });

  it('the host turns on browser notifications; the guest writes; the push reaches the service worker, the centre updates live, and settings save', async () => {
    const hostApi = await demoApi(baseURL, HOST);
    const { public_key: vapidKey } = (await hostApi('/api/messaging/push/vapid-public-key/')) as {
      public_key: string;
    };
    // What the host's browser would get from its push service, for the app's server key.
    const subscription = pushService.subscribe({ applicationServerKey: vapidKey });

    const host = await openPersistent(tempDir('flexbnb-e2e-profile-'), { baseURL });
    sessions.push(host);
    const { page, context } = host;
    await context.addInitScript(stubPushManager, {
      endpoint: subscription.endpoint,
      keys: subscription.keys,
      applicationServerKey: vapidKey,
    } satisfies StubSubscription);
    await context.grantPermissions(['notifications'], { origin: baseURL });

    await signInAsDemo(host, HOST);
    await page.waitForURL('**/host/messages');
    const bell = page.getByRole('button', { name: /^Notifications/ });
    const bellName = async () => (await bell.getAttribute('aria-label')) ?? '';
    await expect.poll(bellName).toMatch(/^Notifications, \d+ unread$/);
    const unreadBefore = Number(/(\d+) unread/.exec(await bellName())![1]);

    // Settings, reached inside the app (no reload from here on until the settings are saved).
    await page.getByRole('button', { name: /^Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Notification settings' }).click();
    await page.waitForURL('**/settings/notifications');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const pushState = page.getByRole('status').filter({ hasText: 'Browser notifications' });
    await pushState.getByText('Browser notifications are off for this browser.').waitFor();
    const registered = page.waitForResponse(
      (r) =>
        r.request().method() === 'POST' && /\/api\/messaging\/push-subscriptions/.test(r.url()),
    );
    await page.getByRole('button', { name: 'Enable browser notifications' }).click();
    const saved = await registered;
    expect(saved.status()).toBe(201);
    expect(await saved.json()).toMatchObject({ endpoint: subscription.endpoint });
    expect(saved.request().postDataJSON()).toEqual({
      endpoint: subscription.endpoint,
      expirationTime: null,
      keys: subscription.keys,
    });
    await pushState.getByText('Browser notifications are on for this browser.').waitFor();
    await page.getByRole('button', { name: 'Turn off' }).waitFor();
    await closeToast(page, 'Browser notifications are on for this browser.');
    expect(await page.evaluate(() => window.e2eSubscribeCalls)).toEqual([
      { userVisibleOnly: true, applicationServerKey: vapidKey },
    ]);
    expect(await page.evaluate(() => Notification.permission)).toBe('granted');

    // The app registered its service worker at the root; DevTools names its registration.
    const origin = new URL(baseURL).origin;
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    await page.evaluate(() => {
      window.e2ePushesReceived = [];
      navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: string; payload?: unknown } | null;
        if (data?.type === 'push-received') window.e2ePushesReceived?.push(data.payload);
      });
    });

    // The guest finds the loft and writes to its host: a new conversation.
    const guest = await open(browser, { baseURL });
    sessions.push(guest);
    await signInAsDemo(guest, GUEST2);
    await guest.page.getByRole('link', { name: 'Explore' }).click();
    await guest.page.getByRole('link', { name: /Seaside Loft/ }).click();
    const text = 'Hi Hana! Could we bring our bikes inside the loft?';
    await guest.page.getByLabel('Message Hana').fill(text);
    await guest.page.getByRole('button', { name: 'Contact host' }).click();
    await guest.page.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
    await guest.page.getByRole('log', { name: 'Messages' }).getByText(text).waitFor();
    const conversationId = guest.page.url().split('/').pop()!;

    // The host's bell counts it without a reload; the message's toast shows too.
    await expect.poll(bellName).toBe(`Notifications, ${unreadBefore + 1} unread`);
    await page
      .locator(TOASTS)
      .filter({ hasText: 'Gabriel Guest · Seaside Loft' })
      .getByText(text)
      .waitFor();

    // The server's worker sent a real Web Push (VAPID, aes128gcm) to the browser's push service.
    const [push] = await pushService.waitForPushes(1, { subscription, timeoutMs: 20_000 });
    expect(pushService.rejected).toEqual([]);
    expect(push!.headers['content-encoding']).toBe('aes128gcm');
    expect(push!.vapid.publicKey).toBe(vapidKey);
    expect(push!.vapid.claims.aud).toBe(pushService.origin);
    const payload = JSON.parse(push!.payload!) as Record<string, unknown>;
    expect(payload).toEqual({
      title: 'New message from Gabriel Guest',
      body: text,
      url: `/host/messages/${conversationId}`,
      tag: conversationId,
      notification_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });

    // The server recorded it as sent; the email waits its escalation delay.
    const deliveries = async () =>
      Object.fromEntries(
        (
          (await hostApi(
            `/api/messaging/notifications/${String(payload.notification_id)}/deliveries/`,
          )) as { channel: string; status: string }[]
        ).map((d) => [d.channel, d.status]),
      );
    await expect.poll(deliveries).toEqual({ push: 'sent', email: 'pending' });

    // The push service hands it to the browser, which wakes the service worker with it.
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin,
      registrationId: await within(registrationId, 10_000, 'the service worker registration'),
      data: push!.payload!,
    });
    await expect.poll(() => page.evaluate(() => window.e2ePushesReceived)).toEqual([payload]);
    const shown = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      return (await registration!.getNotifications()).map((n) => ({
        title: n.title,
        body: n.body,
        tag: n.tag,
        data: n.data as unknown,
      }));
    });
    expect(shown).toEqual([
      {
        title: 'New message from Gabriel Guest',
        body: text,
        tag: conversationId,
        data: { url: `/host/messages/${conversationId}`, notification_id: payload.notification_id },
      },
    ]);

    // The notification centre lists it, newest first, still unread (the toast, which would
    // cover the panel's corner, closed first).
    await closeToast(page, 'Gabriel Guest · Seaside Loft');
    await expect.poll(() => page.locator(TOASTS).count()).toBe(0);
    await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    const newest = panel.getByRole('listitem').first();
    await newest.getByText('New message from Gabriel Guest').waitFor();
    await newest.getByText(text).waitFor();
    await expect(newest.getByText('Unread:').count()).resolves.toBe(1);
    await screenshot(page, 'notification-centre');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // Settings save: booking requests no longer by SMS, and a reload shows it so.
    const smsForBookings = page.getByRole('checkbox', { name: 'Booking requests: SMS' });
    await expect(smsForBookings.isChecked()).resolves.toBe(true);
    await smsForBookings.uncheck();
    await page.getByText('Unsaved changes').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Notification settings saved').waitFor();
    await page.reload();
    await smsForBookings.waitFor();
    await expect(smsForBookings.isChecked()).resolves.toBe(false);
    await expect(
      page.getByRole('checkbox', { name: 'Booking requests: Email' }).isChecked(),
    ).resolves.toBe(true);
    const settings = await hostApi('/api/messaging/notification-settings/');
    expect(settings.types.booking_request).toEqual({
      in_app: true,
      email: true,
      sms: false,
      push: false,
    });
    // This browser is still subscribed after the reload.
    await pushState.getByText('Browser notifications are on for this browser.').waitFor();
    await screenshotWhole(page, 'notification-settings');

    expectNoBrowserErrors(host, guest);
  }, 120_000);
});
