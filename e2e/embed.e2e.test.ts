import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Webhook } from 'standardwebhooks';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectNoBrowserErrors,
  HOST,
  launch,
  open,
  screenshot,
  signInAsDemo,
  type Session,
} from './browser.ts';
import { demoApi, freePort, startDemoServer } from './server.ts';

const ISSUER = 'https://rentals.example';
const AUDIENCE = 'flexbnb-messenger';
const LISTING = 'listing-42';

/** Listens on 127.0.0.1 and answers the URL the server is reached at, on `host`. */
async function serve(server: Server, host: string): Promise<string> {
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://${host}:${port}`;
}

// A rental platform embeds the chat widget on its listing page, on an origin of its own
// (another host name and port than the messenger's), and signs it in with its own tokens,
// which the messenger trusts through the platform's JWKS.
describe('the chat widget on a platform page', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let jwks: Server;
  let platform: Server;
  let platformUrl: string;
  let browser: Browser;
  /** The webhooks the platform received, each verified with its endpoint's secret. */
  const received: { id: string; type: string; data: { message?: string } }[] = [];
  let verifier: Webhook | undefined;
  const sessions: Session[] = [];

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'p1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    const jwksUrl = await serve(jwks, '127.0.0.1');

    // The platform's listing page, and the token its signed-in guest has there.
    platform = createServer((req, res) => {
      if (req.url === '/hooks' && req.method === 'POST') {
        // As a platform's backend does: verify the signature over the raw body, then trust it.
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          try {
            const event = verifier!.verify(
              Buffer.concat(chunks).toString('utf8'),
              req.headers as Record<string, string>,
            ) as { type: string; data: { message?: string } };
            received.push({ id: String(req.headers['webhook-id']), ...event });
            res.statusCode = 204;
          } catch {
            res.statusCode = 400;
          }
          res.end();
        });
        return;
      }
      if (req.url === '/token') {
        void new SignJWT({ email: 'mia.platform@example.test', name: 'Mia Platform' })
          .setProtectedHeader({ alg: 'RS256', kid: 'p1' })
          .setSubject('guest-311')
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(keys.privateKey)
          .then((token) => res.end(token));
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html>
<html lang="en">
  <head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Seaside Loft · Rentals</title></head>
  <body style="font-family: system-ui; margin: 24px">
    <main><h1>Seaside Loft</h1><p>Two bedrooms by the sea, ten minutes from the old town.</p></main>
    <script src="${server.baseURL}/widget.js" data-property="${LISTING}"></script>
    <script>FlexBNB.init({ getToken: () => fetch('/token').then((r) => r.text()) });</script>
  </body>
</html>`);
    });
    platformUrl = await serve(platform, 'localhost');

    server = await startDemoServer('embed', {
      JWT_JWKS_URL: `${jwksUrl}/.well-known/jwks.json`,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
      EMBED_ORIGINS: platformUrl,
      // The platform's webhook receiver is on loopback, as a test's is.
      WEBHOOK_ALLOW_PRIVATE: 'true',
    });
    browser = await launch();

    // The platform syncs its host (the demo host's account, by email) and the listing.
    const admin = await demoApi(server.baseURL, 'admin@demo.flexbnb.test');
    const { key } = await admin('/api/admin/api-keys/', {
      method: 'POST',
      body: { name: 'Rentals', scopes: ['users:write', 'properties:write', 'webhooks:manage'] },
    });
    const call = async (method: string, path: string, body: unknown) => {
      const res = await fetch(`${server.baseURL}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status, `${path}: ${await res.clone().text()}`).toBeLessThan(300);
      return res.json();
    };
    const put = (path: string, body: unknown) => call('PUT', path, body);
    const endpoint = await call('POST', '/api/platform/webhooks/', {
      url: `${platformUrl.replace('localhost', '127.0.0.1')}/hooks`,
      events: ['message.created'],
      description: 'Rentals backend',
    });
    verifier = new Webhook(endpoint.secret);
    await put('/api/platform/users/host-7/', { email: HOST, name: 'Helena Host' });
    await put(`/api/platform/properties/${LISTING}/`, {
      host_external_id: 'host-7',
      title: 'Seaside Loft on the platform',
      address: '12 Rua do Mar, Lisbon',
      timezone: 'Europe/Lisbon',
    });
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    jwks?.close();
    platform?.close();
  });

  it('lets a guest write from the listing page on a phone, and the host answer live', async () => {
    const host = await open(browser, { baseURL: server.baseURL });
    sessions.push(host);
    await signInAsDemo(host, HOST);
    await host.page.goto('/host/messages');

    const guest = await open(browser, {
      baseURL: platformUrl,
      width: 375,
      height: 740,
      mobile: true,
    });
    sessions.push(guest);
    await guest.page.goto('/');
    await guest.page.getByRole('button', { name: 'Message host' }).click();
    const chat = guest.page.frameLocator('iframe[title="Chat with the host"]');
    await chat.getByRole('heading', { name: 'Message Helena' }).waitFor();
    await chat.getByText('About Seaside Loft on the platform').waitFor();
    await screenshot(guest.page, 'widget-start-phone');

    await chat.getByLabel('Message Helena').fill('Hi! Is there parking near the loft?');
    await chat.getByRole('button', { name: 'Contact host' }).click();
    await chat.getByText('Hi! Is there parking near the loft?').waitFor();

    // The host's inbox shows the new thread, live, from the platform's guest.
    await host.page.getByText('Hi! Is there parking near the loft?').first().waitFor();
    await host.page
      .getByRole('link', { name: /Mia Platform/ })
      .first()
      .click();
    await host.page
      .getByRole('textbox', { name: /Message/ })
      .fill('Yes: space 7, behind the building.');
    await host.page.keyboard.press('Enter');

    await chat.getByText('Yes: space 7, behind the building.').waitFor();
    await screenshot(guest.page, 'widget-chat-phone');
    await expectAccessible(guest.page);

    // Closing the panel hands the focus back to the button; the thread is kept when reopened.
    await guest.page.getByRole('button', { name: 'Close the chat' }).click();
    await expect.poll(() => chat.locator('body').isVisible()).toBe(false);
    await guest.page.getByRole('button', { name: 'Message host' }).click();
    await chat.getByText('Yes: space 7, behind the building.').waitFor();

    // The platform's backend heard of both messages, signed.
    await expect
      .poll(() => received.map((r) => `${r.type}: ${r.data.message}`), { timeout: 15_000 })
      .toEqual([
        'message.created: Hi! Is there parking near the loft?',
        'message.created: Yes: space 7, behind the building.',
      ]);

    expectNoBrowserErrors(host, guest);
  });

  it('shows an admin each webhook delivery, and sends one again with the same webhook id', async () => {
    const admin = await open(browser, { baseURL: server.baseURL });
    sessions.push(admin);
    await signInAsDemo(admin, 'admin@demo.flexbnb.test');
    await admin.page.goto('/admin/webhooks');
    const table = admin.page.getByRole('table', { name: 'Webhook deliveries' });
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => table.getByText('Succeeded').count()).toBe(2);
    await screenshot(admin.page, 'admin-webhooks');

    await rows.nth(2).getByRole('link', { name: 'message.created' }).click();
    await admin.page.getByText('HTTP 204').waitFor();
    await admin.page.getByText('Hi! Is there parking near the loft?').first().waitFor();
    const first = received[0]!.id;
    await admin.page.getByRole('button', { name: 'Redeliver' }).click();
    await admin.page.getByRole('dialog').getByRole('button', { name: 'Redeliver' }).click();
    await admin.page.getByText('Sending it again: its answer shows under Attempts').waitFor();
    // The attempt is a job: the page shows its answer once it is in.
    await expect.poll(() => admin.page.getByText('HTTP 204').count(), { timeout: 15_000 }).toBe(2);
    expect(received.map((r) => r.id)).toEqual([first, received[1]!.id, first]);

    expectNoBrowserErrors(admin);
  });

  it('is not framed by a page of another origin than EMBED_ORIGINS names', async () => {
    // The same page from 127.0.0.1 instead of localhost: another origin, not an embedding one.
    const elsewhere = platformUrl.replace('localhost', '127.0.0.1');
    const guest = await open(browser, { baseURL: elsewhere });
    sessions.push(guest);
    await guest.page.goto('/');
    await guest.page.getByRole('button', { name: 'Message host' }).click();
    await expect
      .poll(() => guest.errors.join('\n'), { timeout: 10_000 })
      .toMatch(/frame-ancestors/);
    const chat = guest.page.frameLocator('iframe[title="Chat with the host"]');
    expect(await chat.getByRole('heading').count()).toBe(0);
  });
});
