import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildConversation,
  buildProperty,
  buildReservation,
  buildUser,
} from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { startMailServer } from '../../../test/mail-server.ts';
import { queryRows } from '../../platform/db/connect.ts';
import { createJobRunner } from '../../platform/jobs/index.ts';

let t: TestApp;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let admin: TestUser;

beforeAll(async () => {
  mail = await startMailServer();
  t = await createTestApp({
    SMTP_URL: mail.url,
    EMAIL_FROM: 'FlexBNB <no-reply@flexbnb.test>',
    // Two attempts: a delivery refused twice has used them all.
    NOTIFY_MAX_ATTEMPTS: '2',
    NOTIFY_RETRY_BASE_SECONDS: '60',
  });
  admin = await buildAdmin(t.app);
});

afterAll(async () => {
  await t?.close();
  await mail?.close();
});

// The API's answers as the tests read them: JSON, checked field by field below.
type Json = any;

const client = () => api(t.app);
const db = () => t.database.db;

/** GET as the admin, expecting 200; with the page's total and the next page's URL. */
async function list(url: string): Promise<{ items: Json[]; total: number; next?: string }> {
  const res = await client().get(url, admin);
  expect(res.statusCode, res.body).toBe(200);
  const link = res.headers.link as string | undefined;
  return {
    items: res.data,
    total: Number(res.headers['x-total-count']),
    next: link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : undefined,
  };
}

async function dashboard(): Promise<Json> {
  const res = await client().get('/api/admin/dashboard', admin);
  expect(res.statusCode, res.body).toBe(200);
  return res.data;
}

/** The host's notifications, newest first, each with its deliveries by channel. */
async function notificationsOf(user: TestUser): Promise<Json[]> {
  return (await list(`/api/admin/notifications/?user_id=${user.id}`)).items;
}

const deliveryOf = (notification: Json, channel: string) =>
  notification.deliveries.find((d: Json) => d.channel === channel);

/** Marks a delivery as an attempt would have left it. */
async function setDelivery(id: string, status: 'sent' | 'failed' | 'deferred', attempts = 1) {
  await db().execute(sql`
    update notification_deliveries set status = ${status}, attempts = ${attempts},
      sent_at = case when ${status} = 'sent' then now() end,
      next_attempt_at = case when ${status} = 'deferred' then now() + interval '1 hour' end,
      last_error = case when ${status} = 'failed' then 'refused by the test' end
    where id = ${id}`);
}

async function auditRows(action: string) {
  return queryRows<{
    actor_id: string | null;
    target_type: string;
    target_id: string | null;
    reason: string | null;
    details: Record<string, unknown>;
  }>(
    db(),
    sql`select actor_id, target_type, target_id, reason, details from audit_log
        where action = ${action} order by created_at, id`,
  );
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('the dashboard', () => {
  it('counts users, messages per day, notifications, deliveries, reminders, jobs and live nodes', async () => {
    const before = await dashboard();
    const today = new Date().toISOString().slice(0, 10);
    expect(before.messages_per_day).toHaveLength(30);

    const { host, guest, conversation } = await buildConversation(t.app, 'First');
    const sent = await client().post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Second' },
      guest,
    );
    expect(sent.statusCode).toBe(201);
    // The first message, three days back: a day of the series other than today.
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await db()
      .execute(sql`update messages set created_at = ${threeDaysAgo.toISOString()}::timestamptz
      where id = ${conversation.messages[0]!.id}`);
    const property = await buildProperty(t.app, host, { title: 'Dashboard Flat' });
    const reservation = await buildReservation(t.app, guest, property.id, {
      check_in: '2027-07-10',
      check_out: '2027-07-14',
    });
    // Four reminders scheduled: one brought into the past, one failed.
    const reminders = await queryRows<{ id: string }>(
      db(),
      sql`select id from automated_reminders where reservation_id = ${reservation.id}
          order by scheduled_for`,
    );
    expect(reminders).toHaveLength(4);
    await db().execute(sql`update automated_reminders
      set scheduled_for = now() - interval '1 hour' where id = ${reminders[0]!.id}`);
    await db().execute(sql`update automated_reminders set status = 'failed'
      where id = ${reminders[3]!.id}`);

    // The host's new-message email went out; the booking request's failed.
    const [booking, message] = await notificationsOf(host);
    expect(booking.notification_type).toBe('booking_request');
    expect(message.notification_type).toBe('new_message');
    await setDelivery(deliveryOf(message, 'email').id, 'sent');
    await setDelivery(deliveryOf(booking, 'email').id, 'failed');

    // A pending job an hour late, and a failed one (counted from here: the stay above gave
    // its reminders and notifications their jobs).
    const jobsBefore = (await dashboard()).jobs;
    const lateJob = randomUUID();
    await db().execute(sql`insert into jobs (id, kind, idempotency_key, payload, run_at)
      values (${lateJob}, 'admin-test.late', ${lateJob}, '{}', now() - interval '1 hour')`);
    await db().execute(sql`insert into jobs (kind, idempotency_key, payload, state, attempts,
        max_attempts, last_error, finished_at)
      values ('admin-test.failed', ${randomUUID()}, '{}', 'failed', 1, 1, 'boom', now())`);

    // A node that wrote its heartbeat just now and one silent for two minutes.
    const alive = randomUUID();
    const gone = randomUUID();
    await db().execute(sql`insert into server_nodes
        (id, hostname, pid, roles, sockets, started_at, last_seen_at)
      values (${alive}, 'node-a', 101, '{api,worker}', 7, now() - interval '1 hour', now()),
             (${gone}, 'node-b', 102, '{worker}', 0, now() - interval '1 hour',
              now() - interval '2 minutes')`);

    let after: Json;
    try {
      after = await dashboard();
    } finally {
      await db().execute(sql`delete from jobs where id = ${lateJob}`);
    }

    expect(Date.parse(after.generated_at)).toBeGreaterThan(Date.parse(before.generated_at) - 1);
    const grew = (key: string) => after.totals[key] - before.totals[key];
    expect({
      users: grew('users'),
      admins: grew('admins'),
      disabled_users: grew('disabled_users'),
      properties: grew('properties'),
      reservations: grew('reservations'),
      conversations: grew('conversations'),
      messages: grew('messages'),
    }).toEqual({
      users: 2,
      admins: 0,
      disabled_users: 0,
      properties: 2,
      reservations: 1,
      conversations: 1,
      messages: 2,
    });
    expect(after.totals.admins).toBeGreaterThanOrEqual(1);

    // 30 days, oldest first, today last, each day once, zeros filled in.
    const days = after.messages_per_day.map((d: Json) => d.date);
    expect(days).toHaveLength(30);
    expect(days[29]).toBe(today);
    expect(days[0]).toBe(new Date(Date.parse(today) - 29 * 86_400_000).toISOString().slice(0, 10));
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(30);
    const dayDelta = (i: number) =>
      after.messages_per_day[i].count - (before.messages_per_day[i]?.count ?? 0);
    expect(after.messages_today - before.messages_today).toBe(1);
    expect(after.messages_today).toBe(after.messages_per_day[29].count);
    expect(dayDelta(26)).toBe(1);
    expect(after.messages_per_day.reduce((sum: number, d: Json) => sum + d.count, 0)).toBe(
      before.messages_per_day.reduce((sum: number, d: Json) => sum + d.count, 0) + 2,
    );

    const byChannel = (d: Json, channel: string, status: string) =>
      d.notifications_by_channel.find((n: Json) => n.channel === channel && n.status === status)
        ?.count;
    const channelDelta = (channel: string, status: string) =>
      byChannel(after, channel, status) - byChannel(before, channel, status);
    // Every channel and status is listed, zeros included.
    expect(after.notifications_by_channel).toHaveLength(2 + 3 * 6);
    expect({
      unread: channelDelta('in_app', 'unread'),
      read: channelDelta('in_app', 'read'),
      email_sent: channelDelta('email', 'sent'),
      email_failed: channelDelta('email', 'failed'),
      email_pending: channelDelta('email', 'pending'),
      push_pending: channelDelta('push', 'pending'),
      sms_pending: channelDelta('sms', 'pending'),
    }).toEqual({
      unread: 2,
      read: 0,
      email_sent: 1,
      email_failed: 1,
      email_pending: 0,
      push_pending: 1,
      sms_pending: 1,
    });

    const success = Object.fromEntries(after.delivery_success.map((s: Json) => [s.channel, s]));
    const was = Object.fromEntries(before.delivery_success.map((s: Json) => [s.channel, s]));
    expect(success.email.sent - was.email.sent).toBe(1);
    expect(success.email.failed - was.email.failed).toBe(1);
    expect(success.email.rate).toBeCloseTo(
      success.email.sent / (success.email.sent + success.email.failed),
    );
    // No SMS has gone out or failed here (SMS is not configured): no rate, rather than 0.
    expect(success.sms).toEqual({ channel: 'sms', sent: 0, failed: 0, rate: null });

    expect({
      scheduled: after.reminders.scheduled - before.reminders.scheduled,
      overdue: after.reminders.overdue - before.reminders.overdue,
      failed: after.reminders.failed - before.reminders.failed,
    }).toEqual({ scheduled: 3, overdue: 1, failed: 1 });

    expect(after.jobs.pending - jobsBefore.pending).toBe(1);
    expect(after.jobs.failed - jobsBefore.failed).toBe(1);
    expect(after.jobs.oldest_due_age_seconds).toBeGreaterThanOrEqual(3600);
    expect(after.jobs.oldest_due_age_seconds).toBeLessThan(3700);

    const nodeIds = after.nodes.map((n: Json) => n.id);
    expect(nodeIds).toContain(alive);
    expect(nodeIds).not.toContain(gone);
    expect(after.nodes.find((n: Json) => n.id === alive)).toMatchObject({
      hostname: 'node-a',
      pid: 101,
      roles: ['api', 'worker'],
      sockets: 7,
    });
  });
});

describe('notifications and deliveries', () => {
  it('lists notifications by user, type, channel and status, paged, each with its deliveries', async () => {
    const { host, guest, property } = await buildConversation(t.app, 'Hello');
    await buildReservation(t.app, guest, property.id, {
      check_in: '2027-08-01',
      check_out: '2027-08-03',
    });
    await buildReservation(t.app, guest, property.id, {
      check_in: '2027-09-01',
      check_out: '2027-09-03',
    });
    const all = await list(`/api/admin/notifications/?user_id=${host.id}`);
    expect(all.total).toBe(3);
    expect(all.next).toBeUndefined();
    expect(all.items.map((n) => n.notification_type)).toEqual([
      'booking_request',
      'booking_request',
      'new_message',
    ]);
    const [newest, , message] = all.items;
    expect(message).toMatchObject({
      user: { id: host.id, name: host.name, email: host.email },
      title: 'New message from Gina Guest',
      message: 'Hello',
      is_read: false,
      reservation_id: null,
    });
    expect(message.deliveries.map((d: Json) => [d.channel, d.status, d.attempts])).toEqual([
      ['email', 'pending', 0],
      ['push', 'pending', 0],
    ]);
    expect(newest.deliveries.map((d: Json) => d.channel)).toEqual(['email', 'sms']);

    // Paged: two, then the last one by the Link header.
    const first = await list(`/api/admin/notifications/?user_id=${host.id}&limit=2`);
    expect(first.total).toBe(3);
    expect(first.items.map((n) => n.id)).toEqual(all.items.slice(0, 2).map((n) => n.id));
    expect(first.next).toMatch(/^\/api\/admin\/notifications\/\?/);
    const second = await list(first.next!);
    expect(second.items.map((n) => n.id)).toEqual([message.id]);
    expect(second.total).toBe(3);
    expect(second.next).toBeUndefined();
    const oldestFirst = await list(`/api/admin/notifications/?user_id=${host.id}&sort=created_at`);
    expect(oldestFirst.items.map((n) => n.id)).toEqual(all.items.map((n) => n.id).reverse());

    const ids = async (query: string) =>
      (await list(`/api/admin/notifications/?user_id=${host.id}&${query}`)).items.map((n) => n.id);
    expect(await ids('type=booking_request')).toHaveLength(2);
    expect(await ids('type=new_message')).toEqual([message.id]);
    expect(await ids('channel=push')).toEqual([message.id]);
    expect(await ids('channel=sms')).toHaveLength(2);
    await setDelivery(deliveryOf(newest, 'email').id, 'failed');
    expect(await ids('status=failed')).toEqual([newest.id]);
    expect(await ids('channel=email&status=failed')).toEqual([newest.id]);
    // Channel and status name one delivery: the failed one is an email, not an SMS.
    expect(await ids('channel=sms&status=failed')).toEqual([]);

    const bad = await client().get('/api/admin/notifications/?cursor=nonsense', admin);
    expect(bad.statusCode).toBe(400);
    const badSort = await client().get('/api/admin/notifications/?sort=title', admin);
    expect(badSort.statusCode).toBe(400);
  });

  it('lists deliveries by status, channel, type and user, sorted and paged', async () => {
    const { host, guest, property } = await buildConversation(t.app, 'Hi');
    await buildReservation(t.app, guest, property.id, {
      check_in: '2027-10-01',
      check_out: '2027-10-03',
    });
    const [booking, message] = await notificationsOf(host);
    await setDelivery(deliveryOf(booking, 'email').id, 'failed', 2);
    await setDelivery(deliveryOf(message, 'email').id, 'sent', 1);

    const base = `/api/admin/deliveries/?user_id=${host.id}`;
    const all = await list(base);
    expect(all.total).toBe(4);
    expect(all.items[0]).toMatchObject({
      notification: { id: expect.any(String), notification_type: expect.any(String) },
      user: { id: host.id, email: host.email, name: host.name },
    });
    const failed = await list(`${base}&status=failed`);
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]).toMatchObject({
      id: deliveryOf(booking, 'email').id,
      channel: 'email',
      status: 'failed',
      attempts: 2,
      last_error: 'refused by the test',
      sent_at: null,
      notification: { id: booking.id, notification_type: 'booking_request', title: booking.title },
    });
    expect((await list(`${base}&channel=email`)).total).toBe(2);
    expect((await list(`${base}&channel=email&status=sent`)).items[0].sent_at).toEqual(
      expect.any(String),
    );
    expect((await list(`${base}&type=new_message`)).items.map((d) => d.channel)).toEqual(
      expect.arrayContaining(['email', 'push']),
    );
    expect((await list(`${base}&type=new_message`)).total).toBe(2);

    // Most attempts first; equal ones in id order, the same on every page.
    const byAttempts = await list(`${base}&sort=-attempts`);
    expect(byAttempts.items.map((d) => d.attempts)).toEqual([2, 1, 0, 0]);
    const zeros = byAttempts.items.slice(2).map((d) => d.id);
    expect(zeros).toEqual([...zeros].sort().reverse());
    const page1 = await list(`${base}&sort=-attempts&limit=3`);
    expect(page1.total).toBe(4);
    const page2 = await list(page1.next!);
    expect([...page1.items, ...page2.items].map((d) => d.id)).toEqual(
      byAttempts.items.map((d) => d.id),
    );
    expect(page2.next).toBeUndefined();
  });

  it('shows a delivery with every attempt, and retries a failed one until it really goes out', async () => {
    const { host } = await buildConversation(t.app, 'Retry me');
    const [notification] = await notificationsOf(host);
    const email = deliveryOf(notification, 'email');
    mail.refuse(451, 'try again later');
    try {
      // Both attempts refused: NOTIFY_MAX_ATTEMPTS (2) reached, the delivery failed.
      await t.app.services.notifications.deliver(email.id);
      await t.app.services.notifications.deliver(email.id);
    } finally {
      mail.accept();
    }
    const detail = await client().get(`/api/admin/deliveries/${email.id}`, admin);
    expect(detail.statusCode).toBe(200);
    expect(detail.data).toMatchObject({
      id: email.id,
      channel: 'email',
      status: 'failed',
      attempts: 2,
      next_attempt_at: null,
      last_error: expect.stringMatching(/451|try again/),
      notification: { id: notification.id, notification_type: 'new_message' },
      user: { id: host.id },
    });
    expect(detail.data.history.map((h: Json) => [h.outcome, h.response_code])).toEqual([
      ['failed', '451'],
      ['failed', '451'],
    ]);
    const times = detail.data.history.map((h: Json) => Date.parse(h.attempted_at));
    expect(times[0]).toBeLessThanOrEqual(times[1]);

    const retried = await client().call('POST', `/api/admin/deliveries/${email.id}/retry/`, {
      as: admin,
      body: { reason: 'SMTP fixed' },
    });
    expect(retried.statusCode, retried.body).toBe(202);
    expect(retried.data).toMatchObject({ id: email.id, status: 'pending', attempts: 2 });
    expect(Math.abs(Date.parse(retried.data.next_attempt_at) - Date.now())).toBeLessThan(5_000);
    expect(retried.data.history).toHaveLength(2);
    const jobs = await queryRows<{ idempotency_key: string; state: string }>(
      db(),
      sql`select idempotency_key, state from jobs
          where kind = 'notifications.deliver' and payload->>'delivery_id' = ${email.id}
            and idempotency_key = ${`${email.id}:3`}`,
    );
    expect(jobs).toEqual([{ idempotency_key: `${email.id}:3`, state: 'pending' }]);
    const [audit] = (await auditRows('delivery.retried')).filter((a) => a.target_id === email.id);
    expect(audit).toMatchObject({
      actor_id: admin.id,
      target_type: 'delivery',
      reason: 'SMTP fixed',
      details: { attempts: 2 },
    });

    // A worker takes the job: a third attempt, past the limit, and it goes out.
    const received = mail.received.length;
    const runner = createJobRunner({
      database: t.database,
      jobs: t.app.services.jobs,
      log: silent,
    });
    await runner.drain();
    await runner.stop();
    const after = (await client().get(`/api/admin/deliveries/${email.id}`, admin)).data;
    expect(after).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(after.history.map((h: Json) => h.outcome)).toEqual(['failed', 'failed', 'sent']);
    const mails = (await mail.waitFor(received + 1)).slice(received);
    expect(mails.some((m) => m.envelopeTo.includes(host.email))).toBe(true);

    // Only a failed one can be retried.
    const again = await client().call('POST', `/api/admin/deliveries/${email.id}/retry`, {
      as: admin,
      body: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.data.error.code).toBe('conflict');
    const absent = randomUUID();
    expect(
      (
        await client().call('POST', `/api/admin/deliveries/${absent}/retry`, {
          as: admin,
          body: {},
        })
      ).statusCode,
    ).toBe(404);
    expect((await client().get(`/api/admin/deliveries/${absent}`, admin)).statusCode).toBe(404);
    expect((await client().get(`/api/admin/deliveries/not-a-uuid`, admin)).statusCode).toBe(400);
  });

  it('retries a delivery once when two admins click at once', async () => {
    const { host } = await buildConversation(t.app, 'Twice');
    const [notification] = await notificationsOf(host);
    const email = deliveryOf(notification, 'email');
    await setDelivery(email.id, 'failed', 1);
    const other = await buildAdmin(t.app);
    const answers = await Promise.all(
      [admin, other].map((as) =>
        client().call('POST', `/api/admin/deliveries/${email.id}/retry`, { as, body: {} }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([202, 409]);
    const jobs = await queryRows<{ idempotency_key: string }>(
      db(),
      sql`select idempotency_key from jobs
          where kind = 'notifications.deliver' and payload->>'delivery_id' = ${email.id}
            and idempotency_key <> ${`${email.id}:1`}`,
    );
    expect(jobs).toEqual([{ idempotency_key: `${email.id}:2` }]);
    expect(
      (await auditRows('delivery.retried')).filter((a) => a.target_id === email.id),
    ).toHaveLength(1);
  });

  it('retries every failed delivery, or those of one channel, and says how many', async () => {
    // Whatever earlier tests left failed goes back first, so the counts below are ours.
    const clear = await client().post('/api/admin/deliveries/retry-failed', {}, admin);
    expect(clear.statusCode).toBe(202);

    const a = await buildConversation(t.app, 'One');
    const b = await buildConversation(t.app, 'Two');
    const [first] = await notificationsOf(a.host);
    const [second] = await notificationsOf(b.host);
    await setDelivery(deliveryOf(first, 'email').id, 'failed');
    await setDelivery(deliveryOf(second, 'email').id, 'failed');
    await setDelivery(deliveryOf(second, 'push').id, 'failed');

    const push = await client().post(
      '/api/admin/deliveries/retry-failed/',
      { channel: 'push' },
      admin,
    );
    expect(push.statusCode).toBe(202);
    expect(push.data).toEqual({ retried: 1 });
    expect(
      (await list(`/api/admin/deliveries/?user_id=${b.host.id}&channel=push`)).items[0],
    ).toMatchObject({ status: 'pending', attempts: 1 });
    const rest = await client().post('/api/admin/deliveries/retry-failed', {}, admin);
    expect(rest.data).toEqual({ retried: 2 });
    const none = await client().post('/api/admin/deliveries/retry-failed', {}, admin);
    expect(none.data).toEqual({ retried: 0 });
    expect((await list('/api/admin/deliveries/?status=failed')).total).toBe(0);
    // Each back in the queue has the job of its next attempt.
    const keys = await queryRows<{ idempotency_key: string }>(
      db(),
      sql`select idempotency_key from jobs where kind = 'notifications.deliver'
          and idempotency_key = any(${sql.param([
            `${deliveryOf(first, 'email').id}:2`,
            `${deliveryOf(second, 'email').id}:2`,
            `${deliveryOf(second, 'push').id}:2`,
          ])}::text[])`,
    );
    expect(keys).toHaveLength(3);

    const audits = (await auditRows('deliveries.retried')).slice(-4);
    expect(audits.map((r) => [r.actor_id, r.target_type, r.details])).toEqual([
      [admin.id, 'delivery', { retried: clear.data.retried, channel: null }],
      [admin.id, 'delivery', { retried: 1, channel: 'push' }],
      [admin.id, 'delivery', { retried: 2, channel: null }],
      [admin.id, 'delivery', { retried: 0, channel: null }],
    ]);
  });

  it('shows the queue per channel: pending, due, deferred, failed, and the oldest due', async () => {
    const queue = async () => {
      const res = await client().get('/api/admin/deliveries/queue', admin);
      expect(res.statusCode).toBe(200);
      return Object.fromEntries(res.data.map((q: Json) => [q.channel, q]));
    };
    const before = await queue();
    expect(Object.keys(before)).toEqual(['email', 'sms', 'push']);

    const a = await buildConversation(t.app, 'Queue one');
    const b = await buildConversation(t.app, 'Queue two');
    const [first] = await notificationsOf(a.host);
    const [second] = await notificationsOf(b.host);
    // Due ten days ago: older than anything else waiting.
    const longAgo = new Date(Date.now() - 10 * 86_400_000);
    await db().execute(sql`update notification_deliveries
      set next_attempt_at = ${longAgo.toISOString()}::timestamptz
      where id = ${deliveryOf(first, 'push').id}`);
    await setDelivery(deliveryOf(second, 'push').id, 'deferred');
    await setDelivery(deliveryOf(second, 'email').id, 'failed');

    const after = await queue();
    const delta = (channel: string, key: string) => after[channel][key] - before[channel][key];
    expect({
      email: ['pending', 'due', 'deferred', 'failed'].map((k) => delta('email', k)),
      push: ['pending', 'due', 'deferred', 'failed'].map((k) => delta('push', k)),
      sms: ['pending', 'due', 'deferred', 'failed'].map((k) => delta('sms', k)),
    }).toEqual({ email: [1, 0, 0, 1], push: [1, 1, 1, 0], sms: [0, 0, 0, 0] });
    expect(after.push.oldest_due_at).toBe(longAgo.toISOString());
    expect(after.push.oldest_due_age_seconds).toBeGreaterThanOrEqual(10 * 86_400);
    expect(after.push.oldest_due_age_seconds).toBeLessThan(10 * 86_400 + 60);
  });
});

describe('reminders', () => {
  /** A New York stay, 10–14 July 2027 (EDT, UTC−4): check-in 16:00, check-out 11:00. */
  async function newYorkStay() {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const property = await buildProperty(t.app, host, {
      title: 'Brooklyn Loft',
      timezone: 'America/New_York',
      check_in_time: '16:00',
      check_out_time: '11:00',
    });
    const reservation = await buildReservation(t.app, guest, property.id, {
      check_in: '2027-07-10',
      check_out: '2027-07-14',
      payment_due_at: '2027-07-01T12:00:00Z',
      total_price: '480.00',
    });
    return { host, guest, property, reservation };
  }

  it('lists them with times in the property’s zone, filtered, sorted and paged', async () => {
    const { guest, property, reservation } = await newYorkStay();
    const all = await list(`/api/admin/reminders/?reservation_id=${reservation.id}`);
    expect(all.total).toBe(6);
    expect(
      all.items.map((r) => [
        r.reminder_type,
        r.offset_minutes,
        r.scheduled_for,
        r.scheduled_for_local,
      ]),
    ).toEqual([
      ['payment_due_reminder', 4320, '2027-06-28T12:00:00.000Z', '2027-06-28T08:00:00.000-04:00'],
      ['payment_due_reminder', 1440, '2027-06-30T12:00:00.000Z', '2027-06-30T08:00:00.000-04:00'],
      ['check_in_reminder', 1440, '2027-07-09T20:00:00.000Z', '2027-07-09T16:00:00.000-04:00'],
      ['check_in_reminder', 120, '2027-07-10T18:00:00.000Z', '2027-07-10T14:00:00.000-04:00'],
      ['check_out_reminder', 1440, '2027-07-13T15:00:00.000Z', '2027-07-13T11:00:00.000-04:00'],
      ['check_out_reminder', 120, '2027-07-14T13:00:00.000Z', '2027-07-14T09:00:00.000-04:00'],
    ]);
    expect(all.items[0]).toMatchObject({
      status: 'scheduled',
      sent_at: null,
      sent_at_local: null,
      timezone: 'America/New_York',
      reservation: {
        id: reservation.id,
        status: 'pending',
        check_in: '2027-07-10',
        check_out: '2027-07-14',
      },
      property: { id: property.id, title: 'Brooklyn Loft' },
      guest: { id: guest.id, name: guest.name, email: guest.email },
    });

    const page1 = await list(`/api/admin/reminders/?reservation_id=${reservation.id}&limit=4`);
    expect(page1.items).toHaveLength(4);
    const page2 = await list(page1.next!);
    expect(page2.items.map((r) => r.id)).toEqual(all.items.slice(4).map((r) => r.id));
    expect(page2.next).toBeUndefined();
    const latestFirst = await list(
      `/api/admin/reminders/?reservation_id=${reservation.id}&sort=-scheduled_for`,
    );
    expect(latestFirst.items.map((r) => r.id)).toEqual(all.items.map((r) => r.id).reverse());
    const checkIns = await list(
      `/api/admin/reminders/?property_id=${property.id}&reminder_type=check_in_reminder`,
    );
    expect(checkIns.items.map((r) => r.offset_minutes)).toEqual([1440, 120]);
    expect(
      (await list(`/api/admin/reminders/?reservation_id=${reservation.id}&status=sent`)).total,
    ).toBe(0);
  });

  it('sends the due ones now, answers how many, and audits it', async () => {
    // What earlier tests left due is sent first, so the counts below are ours.
    await t.app.services.reminders.sendDue();
    const { guest, reservation } = await newYorkStay();
    const reminders = (await list(`/api/admin/reminders/?reservation_id=${reservation.id}`)).items;
    // The first payment reminder and the day-before check-in one, due a minute ago; the stay
    // is not confirmed, so the check-in one is skipped.
    const [payment, , checkIn] = reminders;
    await db().execute(sql`update automated_reminders
      set scheduled_for = now() - interval '1 minute'
      where id = any(${sql.param([payment.id, checkIn.id])}::uuid[])`);

    const res = await client().post(
      '/api/admin/reminders/run-due/',
      { reason: 'ops check' },
      admin,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toEqual({ sent: 1, skipped: 1 });

    const sent = await list(`/api/admin/reminders/?reservation_id=${reservation.id}&status=sent`);
    expect(sent.items.map((r) => r.id)).toEqual([payment.id]);
    const [row] = sent.items;
    expect(Date.parse(row.sent_at)).not.toBeNaN();
    // The same instant on New York's clock.
    expect(Date.parse(row.sent_at_local)).toBe(Date.parse(row.sent_at));
    expect(row.sent_at_local).toMatch(/-0[45]:00$/);
    const skipped = await list(
      `/api/admin/reminders/?reservation_id=${reservation.id}&status=skipped`,
    );
    expect(skipped.items.map((r) => r.id)).toEqual([checkIn.id]);
    const notifications = await client().get('/api/messaging/notifications/', guest);
    expect(notifications.data.map((n: Json) => n.notification_type)).toContain(
      'payment_due_reminder',
    );

    const [audit] = (await auditRows('reminders.run')).slice(-1);
    expect(audit).toMatchObject({
      actor_id: admin.id,
      target_type: 'reminder',
      target_id: null,
      reason: 'ops check',
      details: { sent: 1, skipped: 1 },
    });
  });
});

describe('jobs', () => {
  it('lists background jobs by state and kind, sorted and paged', async () => {
    const kind = `admin-test.${randomUUID().slice(0, 8)}`;
    // Due days ahead, so no worker of another test takes them.
    await db().execute(sql`insert into jobs (kind, idempotency_key, payload, run_at, state,
        attempts, max_attempts, last_error, locked_until, finished_at)
      values (${kind}, 'p1', '{}', now() + interval '1 day', 'pending', 0, 3, null, null, null),
             (${kind}, 'p2', '{}', now() + interval '3 days', 'pending', 0, 3, null, null, null),
             (${kind}, 'p3', '{}', now() + interval '2 days', 'pending', 0, 3, null, null, null),
             (${kind}, 'r1', '{}', now() - interval '1 minute', 'running', 1, 3, null,
              now() + interval '1 hour', null),
             (${kind}, 'f1', '{}', now() - interval '1 hour', 'failed', 3, 3, 'it broke', null,
              now()),
             (${kind}, 'c1', '{}', now() - interval '2 hours', 'completed', 1, 3, null, null,
              now())`);
    const all = await list(`/api/admin/jobs/?kind=${kind}`);
    expect(all.total).toBe(6);
    // Earliest run first by default.
    const runAts = all.items.map((j) => Date.parse(j.run_at));
    expect(runAts).toEqual([...runAts].sort((x, y) => x - y));
    expect(all.items.map((j) => j.state)).toEqual([
      'completed',
      'failed',
      'running',
      'pending',
      'pending',
      'pending',
    ]);
    const failed = await list(`/api/admin/jobs/?kind=${kind}&state=failed`);
    expect(failed.items).toEqual([
      {
        id: expect.any(String),
        kind,
        state: 'failed',
        attempts: 3,
        max_attempts: 3,
        run_at: expect.any(String),
        last_error: 'it broke',
        created_at: expect.any(String),
        finished_at: expect.any(String),
      },
    ]);
    const pending = await list(`/api/admin/jobs/?kind=${kind}&state=pending&sort=-run_at&limit=2`);
    expect(pending.total).toBe(3);
    const rest = await list(pending.next!);
    const order = [...pending.items, ...rest.items].map((j) => Date.parse(j.run_at));
    expect(order).toEqual([...order].sort((x, y) => y - x));
    expect(rest.next).toBeUndefined();
    expect((await list(`/api/admin/jobs/?kind=${kind}&sort=created_at`)).total).toBe(6);
    expect((await list(`/api/admin/jobs/?kind=no-such-kind`)).items).toEqual([]);
    expect((await client().get(`/api/admin/jobs/?state=lost`, admin)).statusCode).toBe(400);
  });
});

describe('access', () => {
  it('refuses every operations endpoint to a user who is not an admin', async () => {
    const user = await buildUser(t.app, 'Norm User');
    const id = randomUUID();
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/admin/dashboard'],
      ['GET', '/api/admin/notifications'],
      ['GET', '/api/admin/deliveries'],
      ['GET', '/api/admin/deliveries/queue'],
      ['GET', `/api/admin/deliveries/${id}`],
      ['POST', `/api/admin/deliveries/${id}/retry`, {}],
      ['POST', '/api/admin/deliveries/retry-failed', {}],
      ['GET', '/api/admin/reminders'],
      ['POST', '/api/admin/reminders/run-due', {}],
      ['GET', '/api/admin/jobs'],
    ];
    for (const [method, url, body] of calls) {
      const res = await client().call(method as 'GET' | 'POST', url, { as: user, body });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      const anonymous = await client().call(method as 'GET' | 'POST', url, { body });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
    }
  });
});
