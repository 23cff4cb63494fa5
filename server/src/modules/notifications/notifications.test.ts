import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { queryRows } from '../../platform/db/connect.ts';
import * as repo from './notifications.repo.ts';

let t: TestApp;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let twilio: Awaited<ReturnType<typeof startTwilio>>;
let push: Awaited<ReturnType<typeof startPushService>>;

beforeAll(async () => {
  [mail, twilio, push] = await Promise.all([startMailServer(), startTwilio(), startPushService()]);
  t = await createTestApp(
    {
      SMTP_URL: mail.url,
      EMAIL_FROM: 'FlexBNB <no-reply@flexbnb.test>',
      PUBLIC_URL: 'https://messenger.flexbnb.test',
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM: FROM,
      TWILIO_BASE_URL: twilio.baseUrl,
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_RETRY_BASE_SECONDS: '60',
      // The quiet-hours tests move the clock a day ahead.
      ACCESS_TOKEN_TTL_SECONDS: String(7 * 86_400),
    },
    { httpsAgent: push.agent },
  );
});

afterAll(async () => {
  await t?.close();
  await Promise.all([mail?.close(), twilio?.close(), push?.close()]);
});

const client = () => api(t.app);

// The API's answers as the tests read them: JSON, checked field by field below.
type Json = any;

async function notificationsOf(user: TestUser, query = ''): Promise<Json[]> {
  const res = await client().get(`/api/messaging/notifications/${query}`, user);
  expect(res.statusCode).toBe(200);
  return res.data;
}

async function deliveriesOf(user: TestUser, notificationId: string): Promise<Json[]> {
  const res = await client().get(
    `/api/messaging/notifications/${notificationId}/deliveries/`,
    user,
  );
  expect(res.statusCode).toBe(200);
  return res.data;
}

/** Runs a delivery's due attempt as its job would. */
const deliver = (deliveryId: string) => t.app.services.notifications.deliver(deliveryId);

async function send(user: TestUser, conversationId: string, message: string) {
  const res = await client().post(
    '/api/messaging/messages/send/',
    { conversation_id: conversationId, message },
    user,
  );
  expect(res.statusCode).toBe(201);
  return res.data;
}

async function settings(user: TestUser, body: unknown) {
  return client().call('PUT', '/api/messaging/notification-settings/', { as: user, body });
}

describe('new messages', () => {
  it('raise one notification per thread until it is read, with a push and an email to escalate', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Is the loft free?');
    await send(guest, conversation.id, 'We would arrive on Friday.');
    const [notification, ...others] = await notificationsOf(host);
    expect(others).toEqual([]);
    expect(notification).toMatchObject({
      notification_type: 'new_message',
      title: 'New message from Gina Guest',
      message: 'Is the loft free?',
      conversation_id: conversation.id,
      delivery_method: 'in_app,push,email',
      is_read: false,
      email_sent: false,
      push_sent: false,
      sms_sent: false,
    });
    const count = await client().get('/api/messaging/unread-count/', host);
    expect(count.data).toEqual({ messages: 2, conversations: 1, notifications: 1 });

    const deliveries = await deliveriesOf(host, notification.id);
    expect(deliveries.map((d) => [d.channel, d.status, d.attempts])).toEqual(
      [
        ['email', 'pending', 0],
        ['push', 'pending', 0],
      ].sort(),
    );
    // Escalation: push after NOTIFY_PUSH_DELAY_SECONDS (30), email after 300.
    const created = Date.parse(notification.created_at);
    const due = Object.fromEntries(
      deliveries.map((d) => [d.channel, Date.parse(d.next_attempt_at) - created]),
    );
    expect(due).toEqual({ push: 30_000, email: 300_000 });
    // Not due yet: the send wrote no job for them; the sweep gives each its job once due.
    const jobsOf = () =>
      queryRows<{ idempotency_key: string; run_at: Date }>(
        t.database.db,
        sql`select idempotency_key, run_at from jobs
            where kind = 'notifications.deliver' and payload->>'delivery_id' = any(${sql.param(
              deliveries.map((d) => d.id),
            )}::text[]) order by run_at`,
      );
    expect(await jobsOf()).toEqual([]);
    await t.app.services.notifications.enqueueDue();
    expect(await jobsOf()).toEqual([]);
    await t.database.db.execute(
      sql`update notification_deliveries set next_attempt_at = now() - interval '1 second'
          where notification_id = ${notification.id} and channel = 'push'`,
    );
    expect(await t.app.services.notifications.enqueueDue()).toBeGreaterThanOrEqual(1);
    const push = deliveries.find((d) => d.channel === 'push');
    expect((await jobsOf()).map((j) => j.idempotency_key)).toEqual([`${push.id}:1`]);
    // A second sweep finds it has its job.
    await t.app.services.notifications.enqueueDue();
    expect(await jobsOf()).toHaveLength(1);
  });

  it('are cancelled when the receiver reads the thread first', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hello there');
    const [notification] = await notificationsOf(host);
    await client().post(`/api/messaging/conversations/${conversation.id}/mark-all-read/`, {}, host);
    const [after] = await notificationsOf(host);
    expect(after).toMatchObject({ id: notification.id, is_read: true });
    const deliveries = await deliveriesOf(host, notification.id);
    expect(deliveries.map((d) => d.status)).toEqual(['cancelled', 'cancelled']);
    expect(deliveries[0].history).toEqual([
      expect.objectContaining({ outcome: 'cancelled', error: 'read in the app' }),
    ]);
    const before = mail.received.length;
    for (const d of deliveries) await deliver(d.id);
    expect(mail.received.length).toBe(before);
    // The next message starts a new notification.
    await send(guest, conversation.id, 'Are you there?');
    const unread = await notificationsOf(host, '?unread=true');
    expect(unread.map((n) => n.message)).toEqual(['Are you there?']);
  });

  it('email a digest of every unread message of the thread, with an unsubscribe link', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'First <b>question</b>');
    await send(guest, conversation.id, 'Second: "><img src=x onerror=alert(1)>');
    const [notification] = await notificationsOf(host);
    const email = (await deliveriesOf(host, notification.id)).find((d) => d.channel === 'email');
    const before = mail.received.length;
    await deliver(email.id);
    const [received] = (await mail.waitFor(before + 1)).slice(before);
    expect(received!.envelopeTo).toEqual([host.email]);
    const parsed = received!.parsed;
    expect(parsed.subject).toBe('2 new messages from Gina Guest');
    expect(parsed.text).toContain('First <b>question</b>');
    expect(parsed.text).toContain('Second: "><img src=x onerror=alert(1)>');
    expect(parsed.html).toContain('First &lt;b&gt;question&lt;/b&gt;');
    expect(parsed.html).not.toContain('<img src=x');
    expect(parsed.html).toContain(
      `https://messenger.flexbnb.test/host/messages/${conversation.id}`,
    );
    const unsubscribe =
      parsed.headerLines
        .find((h) => h.key === 'list-unsubscribe')
        ?.line.replace(/^[^:]+:\s*/, '') ?? '';
    // Mail clients POST one-click to the API; the footer links to the page that does it.
    expect(unsubscribe).toMatch(
      /^<https:\/\/messenger\.flexbnb\.test\/api\/messaging\/notifications\/unsubscribe\?token=/,
    );
    expect(parsed.text).toContain('https://messenger.flexbnb.test/unsubscribe?token=');

    const [sent] = await deliveriesOf(host, notification.id).then((ds) =>
      ds.filter((d) => d.channel === 'email'),
    );
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });
    expect(sent.history).toEqual([
      expect.objectContaining({ outcome: 'sent', response_code: '250' }),
    ]);
    const [flagged] = await notificationsOf(host);
    expect(flagged).toMatchObject({ email_sent: true });
    expect(Date.parse(flagged.email_sent_at)).not.toBeNaN();

    // The sender sees how the receiver was told, never the address.
    const seen = await client().get(
      `/api/messaging/messages/${conversation.messages[0]!.id}/deliveries/`,
      guest,
    );
    expect(seen.statusCode).toBe(200);
    expect(seen.data.read_at).toBeNull();
    expect(seen.data.deliveries.find((d: any) => d.channel === 'email')).toMatchObject({
      status: 'sent',
    });
    expect(JSON.stringify(seen.data)).not.toContain(host.email);
    const notSender = await client().get(
      `/api/messaging/messages/${conversation.messages[0]!.id}/deliveries/`,
      host,
    );
    expect(notSender.statusCode).toBe(404);

    // The link in the email turns that type's email off, without signing in.
    const token = new URL(unsubscribe.replace(/^<|>$/g, '')).searchParams.get('token')!;
    const off = await client().call(
      'POST',
      `/api/messaging/notifications/unsubscribe/?token=${encodeURIComponent(token)}`,
      {
        body: undefined,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    );
    expect(off.statusCode).toBe(200);
    expect(off.data).toEqual({ notification_type: 'new_message', email: false });
    const mine = await client().get('/api/messaging/notification-settings/', host);
    expect(mine.data.types.new_message).toEqual({
      in_app: true,
      email: false,
      sms: false,
      push: true,
    });
    const forged = await client().call(
      'POST',
      `/api/messaging/notifications/unsubscribe/?token=${token.slice(0, -4)}abcd`,
    );
    expect(forged.statusCode).toBe(400);
  });

  it('write the digest times on the clock the receiver set in their profile', async () => {
    const { host } = await buildConversation(t.app, 'Is the pool heated?');
    const profile = await client().call('PATCH', '/api/auth/me/', {
      as: host,
      body: { locale: 'pt-PT', time_zone: 'Asia/Tokyo' },
    });
    expect(profile.statusCode).toBe(200);
    const [notification] = await notificationsOf(host);
    // Raised by the send's own statement: the same moment as the message.
    const sentAt = new Date(notification.created_at);
    const email = (await deliveriesOf(host, notification.id)).find((d) => d.channel === 'email');
    const before = mail.received.length;
    await deliver(email.id);
    const [received] = (await mail.waitFor(before + 1)).slice(before);
    const tokyo = new Intl.DateTimeFormat('pt-PT', {
      timeZone: 'Asia/Tokyo',
      hour: '2-digit',
      minute: '2-digit',
    }).format(sentAt);
    expect(received!.parsed.text).toMatch(new RegExp(`Gina Guest · [^\\n]*${tokyo}`));
    expect(received!.parsed.text).not.toContain(' UTC');
  });

  it('skip a channel turned off in the settings, and push without a subscribed browser', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hi');
    const off = await settings(host, { types: { new_message: { email: false } } });
    expect(off.statusCode).toBe(200);
    expect(off.data.types.new_message).toEqual({
      in_app: true,
      email: false,
      sms: false,
      push: true,
    });
    const [notification] = await notificationsOf(host);
    for (const d of await deliveriesOf(host, notification.id)) await deliver(d.id);
    const after = await deliveriesOf(host, notification.id);
    expect(
      Object.fromEntries(after.map((d) => [d.channel, [d.status, d.history[0].error]])),
    ).toEqual({
      email: ['skipped', 'turned off in the notification settings'],
      push: ['skipped', 'no browser subscribed to push'],
    });
    // A thread raised after the change is not meant for email at all.
    await send(guest, conversation.id, 'still there?');
    await client().post(`/api/messaging/conversations/${conversation.id}/mark-all-read/`, {}, host);
    await send(guest, conversation.id, 'a new question');
    const [latest] = await notificationsOf(host, '?unread=true');
    expect(latest.delivery_method).toBe('in_app,push');
  });

  it('retry a temporary SMTP failure with back-off, and fail on a permanent one', async () => {
    const { host } = await buildConversation(t.app, 'Retry me');
    const [notification] = await notificationsOf(host);
    const email = (await deliveriesOf(host, notification.id)).find((d) => d.channel === 'email');
    mail.refuse(451, 'try again later');
    try {
      const before = Date.now() + t.clock.offsetMs;
      await deliver(email.id);
      let [row] = (await deliveriesOf(host, notification.id)).filter((d) => d.channel === 'email');
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row.last_error).toMatch(/451|try again/);
      // Equal jitter over a 60 s base: the first retry comes 30–60 s later.
      const wait = Date.parse(row.next_attempt_at) - before;
      expect(wait).toBeGreaterThanOrEqual(29_000);
      expect(wait).toBeLessThanOrEqual(61_000);
      // The retry is a job of its own, due when the delivery says.
      const jobs = await queryRows<{ idempotency_key: string; run_at: Date }>(
        t.database.db,
        sql`select idempotency_key, run_at from jobs
            where kind = 'notifications.deliver' and idempotency_key like ${`${email.id}:%`}
            order by idempotency_key`,
      );
      // (The first attempt ran here directly, as its job would have when due.)
      expect(jobs.map((j) => j.idempotency_key)).toEqual([`${email.id}:2`]);
      expect(new Date(jobs[0]!.run_at).toISOString()).toBe(row.next_attempt_at);
      mail.refuse(550, 'no such mailbox');
      await deliver(email.id);
      [row] = (await deliveriesOf(host, notification.id)).filter((d) => d.channel === 'email');
      expect(row).toMatchObject({ status: 'failed', attempts: 2, next_attempt_at: null });
      expect(row.history.map((h: any) => [h.outcome, h.response_code])).toEqual([
        ['failed', '451'],
        ['failed', '550'],
      ]);
    } finally {
      mail.accept();
    }
  });
});

describe('recording attempts', () => {
  it('records a batch in one statement: each delivery, its timeline, its flag and its retry', async () => {
    const { host } = await buildConversation(t.app, 'Both at once');
    const [notification] = await notificationsOf(host);
    const deliveries = await deliveriesOf(host, notification.id);
    const email = deliveries.find((d) => d.channel === 'email');
    const push = deliveries.find((d) => d.channel === 'push');
    const other = await buildConversation(t.app, 'Try me again');
    const [failing] = await notificationsOf(other.host);
    const retried = (await deliveriesOf(other.host, failing.id)).find((d) => d.channel === 'email');
    const at = new Date(Date.now() + t.clock.offsetMs);
    const next = new Date(at.getTime() + 60_000);
    const sent = (id: string, providerMessageId: string) => ({
      id,
      status: 'sent' as const,
      attempts: 1,
      at,
      sentAt: at,
      nextAttemptAt: null,
      lastError: null,
      providerMessageId,
      outcome: 'sent' as const,
      responseCode: '201',
      error: null,
      retryKey: null,
    });
    // The email and the push of one notification, which must both be flagged on it.
    await repo.recordAttempts(t.database.db, [
      sent(email.id, 'mail-1'),
      sent(push.id, 'push-1'),
      {
        id: retried.id,
        status: 'pending',
        attempts: 1,
        at,
        sentAt: null,
        nextAttemptAt: next,
        lastError: 'try again later',
        providerMessageId: null,
        outcome: 'failed',
        responseCode: '451',
        error: 'try again later',
        retryKey: `${retried.id}:2`,
      },
    ]);

    const [flagged] = await notificationsOf(host);
    expect(flagged).toMatchObject({
      email_sent: true,
      email_sent_at: at.toISOString(),
      push_sent: true,
      push_sent_at: at.toISOString(),
      sms_sent: false,
      sms_sent_at: null,
    });
    const after = await deliveriesOf(host, notification.id);
    expect(after.map((d) => [d.channel, d.status, d.attempts, d.history.length])).toEqual([
      ['email', 'sent', 1, 1],
      ['push', 'sent', 1, 1],
    ]);
    const [pending] = (await deliveriesOf(other.host, failing.id)).filter(
      (d) => d.channel === 'email',
    );
    expect(pending).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'try again later',
      next_attempt_at: next.toISOString(),
    });
    expect(pending.history).toEqual([
      expect.objectContaining({ outcome: 'failed', response_code: '451' }),
    ]);
    const [unflagged] = await notificationsOf(other.host);
    expect(unflagged).toMatchObject({ email_sent: false, email_sent_at: null });
    const jobs = await queryRows<{ idempotency_key: string; run_at: Date }>(
      t.database.db,
      sql`select idempotency_key, run_at from jobs
          where kind = 'notifications.deliver' and idempotency_key like ${`${retried.id}:%`}`,
    );
    expect(jobs.map((j) => [j.idempotency_key, new Date(j.run_at).toISOString()])).toEqual([
      [`${retried.id}:2`, next.toISOString()],
    ]);
  });
});

describe('push', () => {
  it('reaches every browser the user subscribed, and forgets one the push service calls gone', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Is the loft free?');
    const key = await client().get('/api/messaging/push/vapid-public-key/', host);
    expect(key.data.public_key).toMatch(/^[A-Za-z0-9_-]{87}$/);
    const laptop = push.subscribe({ applicationServerKey: key.data.public_key });
    const phone = push.subscribe({ applicationServerKey: key.data.public_key });
    const ids: string[] = [];
    for (const browser of [laptop, phone]) {
      const body = { endpoint: browser.endpoint, expirationTime: null, keys: browser.keys };
      const res = await client().post('/api/messaging/push-subscriptions/', body, host);
      expect(res.statusCode).toBe(201);
      ids.push(res.data.id);
      const again = await client().post('/api/messaging/push-subscriptions/', body, host);
      expect(again.statusCode).toBe(200);
      expect(again.data.id).toBe(res.data.id);
    }
    await send(guest, conversation.id, 'We land at 9.');
    const [notification] = await notificationsOf(host);
    const pushDelivery = (await deliveriesOf(host, notification.id)).find(
      (d) => d.channel === 'push',
    );
    push.respondWith(phone, 410);
    const before = push.received.length;
    await deliver(pushDelivery.id);
    const [received] = push.received.slice(before).filter((p) => p.status === 201);
    expect(push.rejected).toEqual([]);
    expect(received!.subscriptionId).toBe(laptop.id);
    expect(JSON.parse(received!.payload!)).toEqual({
      title: 'New message from Gina Guest',
      body: 'We land at 9.',
      url: `/host/messages/${conversation.id}`,
      tag: conversation.id,
      notification_id: notification.id,
    });
    expect(received!.vapid.publicKey).toBe(key.data.public_key);
    const [sent] = (await deliveriesOf(host, notification.id)).filter((d) => d.channel === 'push');
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });
    // The gone one is forgotten: deleting it now finds nothing; the other one is still there.
    const gone = await client().call('DELETE', `/api/messaging/push-subscriptions/${ids[1]}/`, {
      as: host,
    });
    expect(gone.statusCode).toBe(404);
    const outsider = await buildUser(t.app);
    const notMine = await client().call('DELETE', `/api/messaging/push-subscriptions/${ids[0]}/`, {
      as: outsider,
    });
    expect(notMine.statusCode).toBe(404);
    const mine = await client().call('DELETE', `/api/messaging/push-subscriptions/${ids[0]}/`, {
      as: host,
    });
    expect(mine.statusCode).toBe(204);
  });
});

describe('bookings', () => {
  it('tell the host of a request and the guest of the confirmation, by SMS where a phone is known', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const phone = await settings(host, { phone: '+351912345678' });
    expect(phone.data.phone).toBe('+351912345678');
    const property = await buildProperty(t.app, host, { title: 'Harbour Flat' });
    const stay = await buildReservation(t.app, guest, property.id, {
      check_in: '2027-03-12',
      check_out: '2027-03-15',
    });
    const [request] = await notificationsOf(host);
    expect(request).toMatchObject({
      notification_type: 'booking_request',
      title: 'New booking request',
      message: 'Gina Guest asks to stay at Harbour Flat, 12 Mar – 15 Mar 2027',
      reservation_id: stay.id,
      conversation_id: null,
      delivery_method: 'in_app,email,sms',
    });
    const deliveries = await deliveriesOf(host, request.id);
    // Bookings go out at once.
    for (const d of deliveries)
      expect(Date.parse(d.next_attempt_at)).toBe(Date.parse(request.created_at));
    const sms = deliveries.find((d) => d.channel === 'sms');
    await deliver(sms.id);
    expect(twilio.violations).toEqual([]);
    expect(twilio.received.at(-1)).toEqual({
      to: '+351912345678',
      from: '+15005550006',
      body: expect.stringMatching(
        /^FlexBNB: New booking request: Gina Guest asks to stay at Harbour Flat.* https:\/\/messenger\.flexbnb\.test\/host\/messages$/,
      ),
    });
    const [sent] = (await deliveriesOf(host, request.id)).filter((d) => d.channel === 'sms');
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });

    const byGuest = await client().post(`/api/reservations/${stay.id}/confirm/`, {}, guest);
    expect(byGuest.statusCode).toBe(403);
    const outsider = await buildUser(t.app);
    expect(
      (await client().post(`/api/reservations/${stay.id}/confirm/`, {}, outsider)).statusCode,
    ).toBe(404);
    const confirmed = await client().post(`/api/reservations/${stay.id}/confirm/`, {}, host);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.data.status).toBe('confirmed');
    const again = await client().post(`/api/reservations/${stay.id}/confirm/`, {}, host);
    expect(again.data.status).toBe('confirmed');
    const guestNotes = await notificationsOf(guest);
    expect(guestNotes.map((n) => [n.notification_type, n.message])).toEqual([
      ['booking_confirmed', 'Your stay at Harbour Flat is confirmed: 12 Mar – 15 Mar 2027'],
    ]);
    // The guest has no phone: the SMS is skipped, the email goes.
    const guestDeliveries = await deliveriesOf(guest, guestNotes[0].id);
    for (const d of guestDeliveries) await deliver(d.id);
    expect(
      Object.fromEntries(
        (await deliveriesOf(guest, guestNotes[0].id)).map((d) => [d.channel, d.status]),
      ),
    ).toEqual({ email: 'sent', sms: 'skipped' });
  });
});

describe('quiet hours', () => {
  /** The clock moved to 23:30 UTC of the next day. */
  function lateTonight() {
    const target = new Date();
    target.setUTCDate(target.getUTCDate() + 1);
    target.setUTCHours(23, 30, 0, 0);
    t.clock.offsetMs = target.getTime() - Date.now();
    return target;
  }

  it('defer a delivery to the end of the window, and let a guest close to the stay through', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const quiet = await settings(host, {
      quiet_hours: { start: '22:00', end: '07:00', timezone: 'UTC' },
    });
    expect(quiet.statusCode).toBe(200);
    const property = await buildProperty(t.app, host, { timezone: 'UTC', check_in_time: '15:00' });
    try {
      const tonight = lateTonight();
      const day = tonight.toISOString().slice(0, 10);
      const later = new Date(tonight.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
      // A thread about no stay: deferred to 07:00.
      const loose = await client().post(
        '/api/messaging/conversations/create/',
        { property_id: property.id, message: 'Just asking' },
        guest,
      );
      expect(loose.statusCode).toBe(201);
      const [looseNote] = await notificationsOf(host);
      const email = (await deliveriesOf(host, looseNote.id)).find((d) => d.channel === 'email');
      await deliver(email.id);
      const [deferred] = (await deliveriesOf(host, looseNote.id)).filter(
        (d) => d.channel === 'email',
      );
      const seven = new Date(tonight.getTime() + 7.5 * 3600_000).toISOString();
      expect(deferred).toMatchObject({ status: 'deferred', attempts: 0, next_attempt_at: seven });
      expect(deferred.history).toEqual([
        expect.objectContaining({ outcome: 'deferred', error: 'quiet hours until 07:00 (UTC)' }),
      ]);
      // At 07:00 it goes, as one digest.
      t.clock.offsetMs += 7.5 * 3600_000;
      await deliver(email.id);
      const [sent] = (await deliveriesOf(host, looseNote.id)).filter((d) => d.channel === 'email');
      expect(sent).toMatchObject({ status: 'sent', attempts: 1 });

      // A guest whose stay starts today (check-in 15:00) reaches the host at 23:30.
      t.clock.offsetMs -= 7.5 * 3600_000;
      const stay = await buildReservation(t.app, guest, property.id, {
        check_in: day,
        check_out: later,
      });
      const thread = await client().post(
        '/api/messaging/conversations/create/',
        { property_id: property.id, reservation_id: stay.id, message: 'Locked out!' },
        guest,
      );
      expect(thread.statusCode).toBe(201);
      const urgent = (await notificationsOf(host, '?unread=true')).find(
        (n) => n.conversation_id === thread.data.id,
      );
      const urgentEmail = (await deliveriesOf(host, urgent.id)).find((d) => d.channel === 'email');
      await deliver(urgentEmail.id);
      const [through] = (await deliveriesOf(host, urgent.id)).filter((d) => d.channel === 'email');
      expect(through).toMatchObject({ status: 'sent' });
    } finally {
      t.clock.offsetMs = 0;
    }
  });
});

describe('the notification centre', () => {
  it('lists, pages, marks read one or all, and keeps other users out', async () => {
    const { host, guest } = await buildConversation(t.app, 'one');
    for (const text of ['two', 'three']) {
      const other = await buildProperty(t.app, host, { title: `Place ${text}` });
      await client().post(
        '/api/messaging/conversations/create/',
        { property_id: other.id, message: text },
        guest,
      );
    }
    const all = await notificationsOf(host);
    expect(all.map((n) => n.message)).toEqual(['three', 'two', 'one']);
    const first = await client().get('/api/messaging/notifications/?limit=2', host);
    expect(first.data).toHaveLength(2);
    const next = /<([^>]+)>; rel="next"/.exec(String(first.headers.link))![1]!;
    const second = await client().get(
      new URL(next, 'http://x').pathname + new URL(next, 'http://x').search,
      host,
    );
    expect(second.data.map((n: any) => n.message)).toEqual(['one']);

    const outsider = await buildUser(t.app);
    expect(
      (await client().post(`/api/messaging/notifications/${all[0].id}/read/`, {}, outsider))
        .statusCode,
    ).toBe(404);
    expect(
      (await client().get(`/api/messaging/notifications/${all[0].id}/deliveries/`, outsider))
        .statusCode,
    ).toBe(404);

    const one = await client().post(`/api/messaging/notifications/${all[0].id}/read/`, {}, host);
    expect(one.statusCode).toBe(200);
    expect(one.data).toMatchObject({ id: all[0].id, is_read: true });
    expect((await deliveriesOf(host, all[0].id)).map((d) => d.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    expect((await client().get('/api/messaging/unread-count/', host)).data.notifications).toBe(2);
    const rest = await client().post('/api/messaging/notifications/mark-all-read/', {}, host);
    expect(rest.data).toEqual({ marked: 2 });
    expect((await client().get('/api/messaging/unread-count/', host)).data.notifications).toBe(0);
    expect(await notificationsOf(host, '?unread=true')).toEqual([]);
    // The feed told the host's devices: the badge is in sync's events.
    const synced = await client().get('/api/messaging/sync/?since=0', host);
    const types = synced.data.events.map((e: any) => e.type);
    expect(types.filter((x: string) => x === 'notification.created')).toHaveLength(3);
    expect(synced.data.events.at(-1)).toMatchObject({ type: 'unread.changed', notifications: 0 });
  });
});

describe('bad input', () => {
  it('answers 400 naming the field', async () => {
    const user = await buildUser(t.app);
    const cases: [string, string, unknown, string][] = [
      [
        'PUT',
        '/api/messaging/notification-settings/',
        { types: { fax: { email: true } } },
        'types',
      ],
      [
        'PUT',
        '/api/messaging/notification-settings/',
        { types: { new_message: { pager: true } } },
        'types',
      ],
      [
        'PUT',
        '/api/messaging/notification-settings/',
        { types: { new_message: { in_app: false } } },
        'types',
      ],
      [
        'PUT',
        '/api/messaging/notification-settings/',
        { quiet_hours: { start: '25:00', end: '07:00', timezone: 'UTC' } },
        'quiet_hours',
      ],
      [
        'PUT',
        '/api/messaging/notification-settings/',
        { quiet_hours: { start: '22:00', end: '07:00', timezone: 'Mars/Olympus' } },
        'quiet_hours',
      ],
      ['PUT', '/api/messaging/notification-settings/', { phone: '912 345 678' }, 'phone'],
      [
        'POST',
        '/api/messaging/push-subscriptions/',
        { endpoint: 'http://push.example/x', keys: { p256dh: 'x', auth: 'y' } },
        'endpoint',
      ],
      [
        'POST',
        '/api/messaging/push-subscriptions/',
        {
          endpoint: 'https://push.example/x',
          keys: { p256dh: 'short', auth: 'tBHItJI5svbpez7KI4CCXg' },
        },
        'keys',
      ],
    ];
    for (const [method, url, body, field] of cases) {
      const res = await client().call(method as 'PUT', url, { as: user, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.data.error.code).toBe('validation_failed');
      expect(JSON.stringify(res.data.error.details)).toContain(field);
    }
    const unsubscribe = await client().call(
      'POST',
      '/api/messaging/notifications/unsubscribe/?token=not-a-real-token',
    );
    expect(unsubscribe.statusCode).toBe(400);
  });
});
