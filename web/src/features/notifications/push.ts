import { routes, type RouteBody } from '@flexbnb/contracts';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';

/**
 * Web Push in this browser: the service worker at `/sw.js` shows what the server pushes.
 * `enabled`: subscribed, and the server knows the subscription; `off`: not (yet); `blocked`:
 * the user refused notifications to this site; `unsupported`: no service worker or Push API
 * (or a page not served over HTTPS).
 */
export type PushState = 'unsupported' | 'blocked' | 'off' | 'enabled';

const STORAGE_KEY = 'flexbnb.push-subscription';
const SW_URL = '/sw.js';

interface StoredSubscription {
  /** The server's id of the subscription, to delete it later. */
  id: string;
  endpoint: string;
}

function readStored(): StoredSubscription | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const value = raw ? (JSON.parse(raw) as Partial<StoredSubscription>) : null;
    return value?.id && value.endpoint ? { id: value.id, endpoint: value.endpoint } : null;
  } catch {
    return null;
  }
}

export function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

async function existingSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration('/');
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Where this browser stands; reads nothing from the server. */
export async function currentPushState(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  if (Notification.permission !== 'granted') return 'off';
  const [subscription, stored] = [await existingSubscription(), readStored()];
  return subscription && stored?.endpoint === subscription.endpoint ? 'enabled' : 'off';
}

/** The VAPID key as bytes: `applicationServerKey` (the server sends it base64url-encoded). */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameBytes(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false;
  const view = new Uint8Array(a);
  return view.every((byte, i) => byte === b[i]);
}

/** `PushSubscription.toJSON()` as the API takes it; it always has these parts in a browser. */
function subscriptionBody(
  json: PushSubscriptionJSON,
): RouteBody<typeof routes.createPushSubscription> {
  const { endpoint, expirationTime, keys } = json;
  if (!endpoint || !keys?.p256dh || !keys.auth) {
    throw new Error(i18n.t('push.noKeys', { ns: 'notifications' }));
  }
  return { endpoint, expirationTime, keys: { p256dh: keys.p256dh, auth: keys.auth } };
}

/**
 * Asks for permission, registers the service worker, subscribes this browser with the
 * server's VAPID key and registers the subscription with the server. Call from a click:
 * browsers only ask for permission in answer to one.
 * @throws ApiError when the server refuses the subscription; the browser's own errors as they are
 */
export async function enablePush(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  // First, while the click still counts as the user's gesture.
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return 'blocked';
  if (permission !== 'granted') return 'off';
  await navigator.serviceWorker.register(SW_URL, { scope: '/' });
  const [registration, vapid] = await Promise.all([
    navigator.serviceWorker.ready,
    api(routes.getVapidPublicKey),
  ]);
  const applicationServerKey = keyBytes(vapid.public_key);
  let subscription = await registration.pushManager.getSubscription();
  // A subscription made for another server key cannot be used with this one.
  if (subscription && !sameBytes(subscription.options.applicationServerKey, applicationServerKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey,
  });
  const saved = await api(routes.createPushSubscription, {
    body: subscriptionBody(subscription.toJSON()),
  });
  const stored: StoredSubscription = { id: saved.id, endpoint: subscription.endpoint };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  return 'enabled';
}

/**
 * Tells the server to forget this browser's subscription and unsubscribes it. A subscription
 * the server no longer has (404) is forgotten all the same.
 */
export async function disablePush(signal?: AbortSignal): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  const stored = readStored();
  if (stored) {
    try {
      await api(routes.deletePushSubscription, { params: { id: stored.id }, signal });
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 404)) throw err;
    }
    localStorage.removeItem(STORAGE_KEY);
  }
  await (await existingSubscription())?.unsubscribe();
  return currentPushState();
}

/**
 * On sign-out: this browser stops getting the pushes of the person leaving it. Best effort and
 * quick (the sign-out does not wait on a slow server); nothing to do when push was never on.
 */
export async function forgetPushOnSignOut(): Promise<void> {
  if (!readStored() || !pushSupported()) return;
  await disablePush(AbortSignal.timeout(3_000)).catch(() => undefined);
}

/**
 * A click on a push notification focuses an open page of the app and asks it, through the
 * service worker, to show the notification's page: routed in place, without a reload.
 */
export function useServiceWorkerNavigation() {
  const navigate = useNavigate();
  useEffect(() => {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown; url?: unknown } | null;
      if (data?.type === 'navigate' && typeof data.url === 'string' && /^\/(?!\/)/.test(data.url)) {
        void navigate(data.url);
      }
    };
    container.addEventListener('message', onMessage);
    return () => container.removeEventListener('message', onMessage);
  }, [navigate]);
}
