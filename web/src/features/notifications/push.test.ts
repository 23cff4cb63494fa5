import { routes } from '@flexbnb/contracts';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { api, ApiError, setSession } from '../../lib/api.ts';
import { currentPushState, disablePush, enablePush, keyBytes } from './push.ts';
import { signUp } from '../../test/sign-up.ts';

const base64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * The browser's side of Web Push, as far as the app uses it: permission, a service worker
 * registration and its push manager. A subscription carries a real P-256 key, as a browser's.
 */
async function fakeBrowser(permission: NotificationPermission) {
  const keys = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
  const p256dh = base64url(await crypto.subtle.exportKey('raw', keys.publicKey));
  const auth = base64url(crypto.getRandomValues(new Uint8Array(16)).buffer);
  const state = {
    permission,
    registered: [] as string[],
    subscribed: [] as PushSubscriptionOptionsInit[],
    current: null as PushSubscription | null,
  };
  const subscription = (options: PushSubscriptionOptionsInit) => {
    const key = options.applicationServerKey as Uint8Array;
    const endpoint = `https://push.example.test/send/${crypto.randomUUID()}`;
    return {
      endpoint,
      options: { applicationServerKey: key.slice().buffer, userVisibleOnly: true },
      toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh, auth } }),
      unsubscribe: () => {
        state.current = null;
        return Promise.resolve(true);
      },
    } as unknown as PushSubscription;
  };
  const registration = {
    pushManager: {
      getSubscription: () => Promise.resolve(state.current),
      subscribe: (options: PushSubscriptionOptionsInit) => {
        state.subscribed.push(options);
        state.current = subscription(options);
        return Promise.resolve(state.current);
      },
    },
  };
  const define = (target: object, key: string, value: unknown) =>
    Object.defineProperty(target, key, { value, configurable: true, writable: true });
  define(window, 'isSecureContext', true);
  define(window, 'PushManager', function PushManager() {});
  define(window, 'Notification', {
    get permission() {
      return state.permission;
    },
    requestPermission: () => Promise.resolve(state.permission),
  });
  define(navigator, 'serviceWorker', {
    register: (url: string) => {
      state.registered.push(url);
      return Promise.resolve(registration);
    },
    ready: Promise.resolve(registration),
    getRegistration: () => Promise.resolve(state.registered.length ? registration : undefined),
  });
  return state;
}

describe('browser notifications against the real API', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  beforeEach(async () => {
    setSession(
      await signUp({
        email: `push-${crypto.randomUUID()}@example.test`,
        password: 'a long enough password',
        name: 'Pat Push',
      }),
    );
  });
  afterEach(() => {
    for (const key of ['PushManager', 'Notification'] as const) Reflect.deleteProperty(window, key);
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('is unsupported without a service worker and the Push API', async () => {
    expect(await currentPushState()).toBe('unsupported');
    expect(await enablePush()).toBe('unsupported');
  });

  it('subscribes with the VAPID key, registers the subscription, and turns it off again', async () => {
    const browser = await fakeBrowser('granted');
    expect(await currentPushState()).toBe('off');
    expect(await enablePush()).toBe('enabled');
    expect(browser.registered).toEqual(['/sw.js']);
    const { public_key } = await api(routes.getVapidPublicKey);
    expect(browser.subscribed).toEqual([
      { userVisibleOnly: true, applicationServerKey: keyBytes(public_key) },
    ]);
    const stored = JSON.parse(localStorage.getItem('flexbnb.push-subscription') ?? 'null');
    expect(stored).toMatchObject({ endpoint: browser.current?.endpoint });
    expect(await currentPushState()).toBe('enabled');

    // Enabling again reuses the browser's subscription; the server answers the same one.
    expect(await enablePush()).toBe('enabled');
    expect(browser.subscribed).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem('flexbnb.push-subscription')!).id).toBe(stored.id);

    expect(await disablePush()).toBe('off');
    expect(browser.current).toBeNull();
    expect(localStorage.getItem('flexbnb.push-subscription')).toBeNull();
    const again = await api(routes.deletePushSubscription, { params: { id: stored.id } }).catch(
      (err: unknown) => err,
    );
    expect(again).toBeInstanceOf(ApiError);
    expect(again).toMatchObject({ status: 404 });
  });

  it('says "blocked" when the user refused notifications, and subscribes nothing', async () => {
    const browser = await fakeBrowser('denied');
    expect(await currentPushState()).toBe('blocked');
    expect(await enablePush()).toBe('blocked');
    expect(browser.subscribed).toEqual([]);
  });
});
