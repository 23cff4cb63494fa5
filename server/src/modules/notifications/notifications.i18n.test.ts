import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webmOpus } from '../../../test/audio-fixtures.ts';
import {
  buildConversation,
  buildProperty,
  buildReservation,
  buildUser,
} from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { startMailServer } from '../../../test/mail-server.ts';
import { startPushService } from '../../../test/push-service.ts';
import { ACCOUNT_SID, AUTH_TOKEN, FROM, startTwilio } from '../../../test/twilio-service.ts';
import { upload } from '../../../test/uploads.ts';
import { queryRows } from '../../platform/db/connect.ts';

let t: TestApp;
let dataDir: string;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let twilio: Awaited<ReturnType<typeof startTwilio>>;
let push: Awaited<ReturnType<typeof startPushService>>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-notify-i18n-'));
  [mail, twilio, push] = await Promise.all([startMailServer(), startTwilio(), startPushService()]);
  t = await createTestApp(
    {
      DATA_DIR: dataDir,
      SMTP_URL: mail.url,
      PUBLIC_URL: 'https://messenger.flexbnb.test',
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM: FROM,
      TWILIO_BASE_URL: twilio.baseUrl,
    },
    { httpsAgent: push.agent },
  );
});

afterAll(async () => {
  await t?.close();
  await Promise.all([mail?.close(), twilio?.close(), push?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

const client = () => api(t.app);

// The API's answers as the tests read them.
type Json = any;

async function speaks(user: TestUser, locale: string) {
  const res = await client().call('PATCH', '/api/auth/me/', { as: user, body: { locale } });
  expect(res.statusCode).toBe(200);
}

async function notificationsOf(user: TestUser): Promise<Json[]> {
  const res = await client().get('/api/messaging/notifications/', user);
  expect(res.statusCode).toBe(200);
  return res.data;
}

async function deliveryOf(user: TestUser, notificationId: string, channel: string) {
  const res = await client().get(
    `/api/messaging/notifications/${notificationId}/deliveries/`,
    user,
  );
  return res.data.find((d: Json) => d.channel === channel);
}

/** Sends a notification's email and answers it as received. */
async function emailOf(user: TestUser, notificationId: string) {
  const delivery = await deliveryOf(user, notificationId, 'email');
  const before = mail.received.length;
  await t.app.services.notifications.deliver(delivery.id);
  const [received] = (await mail.waitFor(before + 1)).slice(before);
  return received!.parsed;
}

const storedTexts = (id: string) =>
  queryRows<{ title: string; message: string }>(
    t.database.db,
    sql`select title, message from notifications where id = ${id}`,
  );

describe('a notification in its reader’s language', () => {
  it('lists, syncs and emails a German host’s notifications in German, the record kept in English', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    await speaks(host, 'de-DE');
    const head = await client().get('/api/messaging/sync/', host);
    const property = await buildProperty(t.app, host, { title: 'Loft "Süd" <Mitte> & Co' });
    const stay = await buildReservation(t.app, guest, property.id, {
      check_in: '2027-03-12',
      check_out: '2027-03-15',
    });

    const [request] = await notificationsOf(host);
    expect(request).toMatchObject({
      notification_type: 'booking_request',
      title: 'Neue Buchungsanfrage',
      message:
        'Gina Guest fragt einen Aufenthalt in Loft "Süd" <Mitte> & Co an: 12. März – 15. März 2027',
    });
    // Admins read the record, in English as ever.
    expect(await storedTexts(request.id)).toEqual([
      {
        title: 'New booking request',
        message: 'Gina Guest asks to stay at Loft "Süd" <Mitte> & Co, 12 Mar – 15 Mar 2027',
      },
    ]);
    // The live event is the same notification, in German too.
    const synced = await client().get(`/api/messaging/sync/?since=${head.data.cursor}`, host);
    const created = synced.data.events.find((e: Json) => e.type === 'notification.created');
    expect(created.notification).toMatchObject({ id: request.id, title: 'Neue Buchungsanfrage' });

    const email = await emailOf(host, request.id);
    expect(email.subject).toBe('Neue Buchungsanfrage');
    expect(email.text).toContain('Hallo Hana Host,');
    expect(email.text).toContain(
      'In FlexBNB Messenger öffnen: https://messenger.flexbnb.test/host/messages',
    );
    expect(email.text).toContain(
      'Du bekommst diese E-Mail, weil ein Gast eine deiner Unterkünfte buchen möchte.',
    );
    expect(email.text).toMatch(
      /\nAbmelden: https:\/\/messenger\.flexbnb\.test\/unsubscribe\?token=[^\s]+&lang=de\n/,
    );
    const html = email.html as string;
    expect(html).toMatch(/^<!doctype html>\s*<html lang="de"/i);
    // What a user wrote is escaped in the HTML, never markup.
    expect(html).toContain('Loft &quot;Süd&quot; &lt;Mitte&gt; &amp; Co');
    expect(html).not.toContain('<Mitte>');
    expect(html).toContain('>Abmelden</a>');

    // The guest cancels: the host is told in German who did.
    const cancelled = await client().post(`/api/reservations/${stay.id}/cancel/`, {}, guest);
    expect(cancelled.statusCode).toBe(200);
    const [cancellation] = await notificationsOf(host);
    expect(cancellation).toMatchObject({
      title: 'Buchung storniert',
      message:
        'Gina Guest hat den Aufenthalt in Loft "Süd" <Mitte> & Co, 12. März – 15. März 2027, storniert',
    });

    // A new message's title is German; its text is the sender's own.
    const chat = await buildConversation(t.app, 'Is the pool heated?');
    await speaks(chat.host, 'de');
    const [message] = await notificationsOf(chat.host);
    expect(message).toMatchObject({
      title: 'Neue Nachricht von Gina Guest',
      message: 'Is the pool heated?',
    });
  });

  it('texts and pushes a Portuguese host in Portuguese', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hi');
    await client().post(`/api/messaging/conversations/${conversation.id}/mark-all-read/`, {}, host);
    await speaks(host, 'pt-BR');
    const settings = await client().call('PUT', '/api/messaging/notification-settings/', {
      as: host,
      body: { phone: '+5511912345678', types: { new_message: { sms: true } } },
    });
    expect(settings.statusCode).toBe(200);
    const key = await client().get('/api/messaging/push/vapid-public-key/', host);
    const browser = push.subscribe({ applicationServerKey: key.data.public_key });
    await client().post(
      '/api/messaging/push-subscriptions/',
      { endpoint: browser.endpoint, expirationTime: null, keys: browser.keys },
      host,
    );
    const voice = await upload(t.app, guest, webmOpus(2000), { filename: 'voice.webm' });
    const sent = await client().post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, attachment_ids: [voice.data.id] },
      guest,
    );
    expect(sent.statusCode).toBe(201);

    const [notification] = await notificationsOf(host);
    expect(notification).toMatchObject({
      title: 'Nova mensagem de Gina Guest',
      message: 'Enviou uma mensagem de voz',
    });
    expect(await storedTexts(notification.id)).toEqual([
      { title: 'New message from Gina Guest', message: 'Sent a voice message' },
    ]);

    const sms = await deliveryOf(host, notification.id, 'sms');
    await t.app.services.notifications.deliver(sms.id);
    expect(twilio.violations).toEqual([]);
    expect(twilio.received.at(-1)!.body).toBe(
      `FlexBNB: Nova mensagem de Gina Guest: Enviou uma mensagem de voz https://messenger.flexbnb.test/host/messages/${conversation.id}`,
    );

    const pushDelivery = await deliveryOf(host, notification.id, 'push');
    const before = push.received.length;
    await t.app.services.notifications.deliver(pushDelivery.id);
    const [received] = push.received.slice(before);
    expect(JSON.parse(received!.payload!)).toMatchObject({
      title: 'Nova mensagem de Gina Guest',
      body: 'Enviou uma mensagem de voz',
    });
  });

  it('follows the language detected in a user’s messages when they chose no locale', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    await t.database.db.execute(
      sql`update users set locale = null, detected_language = 'es' where id = ${host.id}`,
    );
    const property = await buildProperty(t.app, host, { title: 'Harbour Flat' });
    await buildReservation(t.app, guest, property.id, {
      check_in: '2027-03-12',
      check_out: '2027-03-15',
    });
    const [request] = await notificationsOf(host);
    expect(request).toMatchObject({
      title: 'Nueva solicitud de reserva',
      message: 'Gina Guest quiere alojarse en Harbour Flat, 12 mar – 15 mar 2027',
    });
  });

  it('unsubscribes a French reader from the page their French email links to', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    await speaks(host, 'fr-FR');
    const property = await buildProperty(t.app, host, { title: 'Harbour Flat' });
    await buildReservation(t.app, guest, property.id, {
      check_in: '2027-03-12',
      check_out: '2027-03-15',
    });
    const [request] = await notificationsOf(host);
    expect(request.title).toBe('Nouvelle demande de réservation');
    const email = await emailOf(host, request.id);
    expect(email.subject).toBe('Nouvelle demande de réservation');
    expect(email.text).toContain('Bonjour Hana Host,');
    expect(email.text).toContain(
      'Gina Guest demande à séjourner à Harbour Flat, 12 mars – 15 mars 2027',
    );
    expect(email.html).toMatch(/<html lang="fr"/);
    // The footer's link opens the unsubscribe page in French.
    const match = /<a href="([^"]+)"[^>]*>Se désabonner<\/a>/.exec(email.html as string);
    expect(match).not.toBeNull();
    const page = new URL(match![1]!.replace(/&amp;/g, '&'));
    expect(page.pathname).toBe('/unsubscribe');
    expect(page.searchParams.get('lang')).toBe('fr');
    const token = page.searchParams.get('token')!;
    // The page confirms with the token, as the web app does.
    const off = await client().call(
      'POST',
      `/api/messaging/notifications/unsubscribe/?token=${encodeURIComponent(token)}`,
    );
    expect(off.statusCode).toBe(200);
    expect(off.data).toEqual({ notification_type: 'booking_request', email: false });
    const mine = await client().get('/api/messaging/notification-settings/', host);
    expect(mine.data.types.booking_request.email).toBe(false);
  });
});
