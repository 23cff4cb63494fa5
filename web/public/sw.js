// FlexBNB Messenger's service worker: shows Web Push notifications and opens the app where
// they point. Plain JavaScript, served as it is from the site's root (scope `/`).

/* global self, URL */
const sw = self;

// A new version takes over at once: it has no cache to migrate.
sw.addEventListener('install', () => {
  void sw.skipWaiting();
});
sw.addEventListener('activate', (event) => {
  event.waitUntil(sw.clients.claim());
});

/**
 * The payload the server sends: { title, body, url, tag, notification_id }. A push whose data
 * is not that JSON still shows something, as browsers require of `userVisibleOnly` pushes.
 */
function readPayload(event) {
  try {
    const data = event.data ? event.data.json() : {};
    return data && typeof data === 'object' ? data : {};
  } catch {
    return { body: event.data ? event.data.text() : '' };
  }
}

async function windows() {
  return sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
}

sw.addEventListener('push', (event) => {
  const payload = readPayload(event);
  const title = typeof payload.title === 'string' ? payload.title : 'FlexBNB Messenger';
  const url = typeof payload.url === 'string' ? payload.url : '/';
  event.waitUntil(
    (async () => {
      await sw.registration.showNotification(title, {
        body: typeof payload.body === 'string' ? payload.body : '',
        // One notification per thread: a newer message replaces the last one.
        tag: typeof payload.tag === 'string' ? payload.tag : undefined,
        data: { url, notification_id: payload.notification_id ?? null },
        icon: '/favicon.svg',
      });
      // For the open pages (and the end-to-end tests that watch them).
      for (const client of await windows()) {
        client.postMessage({ type: 'push-received', payload });
      }
    })(),
  );
});

sw.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  const url = new URL(typeof data.url === 'string' ? data.url : '/', sw.location.origin);
  if (url.origin !== sw.location.origin) return;
  const target = url.pathname + url.search + url.hash;
  event.waitUntil(
    (async () => {
      // A page of the app (the API docs are on this origin too, and do not route).
      const open = (await windows()).find((client) => {
        const at = new URL(client.url);
        return at.origin === sw.location.origin && !at.pathname.startsWith('/api');
      });
      if (!open) {
        await sw.clients.openWindow(target);
        return;
      }
      await open.focus();
      // The app routes in place, without a reload (see useServiceWorkerNavigation).
      open.postMessage({ type: 'navigate', url: target });
    })(),
  );
});
