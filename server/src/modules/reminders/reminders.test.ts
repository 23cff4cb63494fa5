import { waitFor } from '../../../test/wait.ts';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildProperty, buildReservation, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { queryRows } from '../../platform/db/connect.ts';
import { createJobRunner, enqueueSql } from '../../platform/jobs/index.ts';
import { sendJobsSql } from './reminders.repo.ts';

let t: TestApp;

beforeAll(async () => {
  // The tests move the clock by weeks.
  t = await createTestApp({ ACCESS_TOKEN_TTL_SECONDS: String(365 * 86_400) });
});

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  t.clock.offsetMs = 0;
});

const client = () => api(t.app);
const setClock = (iso: string) => {
  t.clock.offsetMs = Date.parse(iso) - Date.now();
};

// The API's answers as the tests read them: JSON, checked field by field below.
type Json = any;

/**
 * A stay at a Lisbon property (check-in 16:00, check-out 11:00): 10–14 May 2027, UTC+1 then,
 * so check-in is 15:00Z on the 10th and check-out 10:00Z on the 14th.
 */
async function lisbonStay(overrides: Record<string, unknown> = {}) {
  const host = await buildUser(t.app, 'Hana Host');
  const guest = await buildUser(t.app, 'Gina Guest');
  const property = await buildProperty(t.app, host, {
    title: 'Alfama Loft',
    address: 'Rua da Saudade 5, Lisbon',
    timezone: 'Europe/Lisbon',
    check_in_time: '16:00',
    check_out_time: '11:00',
  });
  const reservation = await buildReservation(t.app, guest, property.id, {
    check_in: '2027-05-10',
    check_out: '2027-05-14',
    payment_due_at: '2027-05-01T12:00:00Z',
    total_price: '480.00',
    ...overrides,
  });
  return { host, guest, property, reservation };
}

async function remindersOf(user: TestUser, reservationId: string): Promise<Json[]> {
  const res = await client().get(`/api/reservations/${reservationId}/reminders/`, user);
  expect(res.statusCode).toBe(200);
  return res.data;
}

const summary = (reminders: Json[]) =>
  reminders.map((r) => [r.reminder_type, r.offset_minutes, r.scheduled_for, r.status]);

/** The send jobs due at these instants (one per instant, whatever its reminders). */
async function jobsAt(instants: string[]) {
  const rows = await queryRows<{ idempotency_key: string; run_at: Date }>(
    t.database.db,
    sql`select idempotency_key, run_at from jobs
        where kind = 'reminders.send' and run_at = any(${sql.param(instants)}::timestamptz[])
        order by run_at`,
  );
  return rows.map((j) => [j.idempotency_key, new Date(j.run_at).toISOString()]);
}
const jobOf = (instant: string) => [`at:${Date.parse(instant)}`, instant];

async function notificationsOf(user: TestUser): Promise<Json[]> {
  return (await client().get('/api/messaging/notifications/', user)).data;
}

describe('scheduling', () => {
  it('schedules the six reminders in the property’s zone, each with its job', async () => {
    setClock('2027-04-01T09:00:00Z');
    const { guest, host, reservation } = await lisbonStay();
    const reminders = await remindersOf(guest, reservation.id);
    expect(summary(reminders)).toEqual([
      ['payment_due_reminder', 4320, '2027-04-28T12:00:00.000Z', 'scheduled'],
      ['payment_due_reminder', 1440, '2027-04-30T12:00:00.000Z', 'scheduled'],
      ['check_in_reminder', 1440, '2027-05-09T15:00:00.000Z', 'scheduled'],
      ['check_in_reminder', 120, '2027-05-10T13:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 1440, '2027-05-13T10:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 120, '2027-05-14T08:00:00.000Z', 'scheduled'],
    ]);
    expect(reminders[3]).toMatchObject({
      scheduled_for_local: '2027-05-10T14:00:00.000+01:00',
      timezone: 'Europe/Lisbon',
      is_sent: false,
      sent_at: null,
      notification_id: null,
    });
    expect(await remindersOf(host, reservation.id)).toEqual(reminders);
    const instants = reminders.map((r) => r.scheduled_for);
    expect(await jobsAt(instants)).toEqual(instants.map(jobOf));
    const stranger = await buildUser(t.app, 'Sam Stranger');
    const hidden = await client().get(`/api/reservations/${reservation.id}/reminders/`, stranger);
    expect(hidden.statusCode).toBe(404);
  });

  it('records a reminder whose time has passed as skipped: a booking 10 hours ahead gets the 2-hour one', async () => {
    setClock('2027-05-10T05:00:00Z');
    const { guest, reservation } = await lisbonStay({ payment_due_at: undefined });
    expect(summary(await remindersOf(guest, reservation.id))).toEqual([
      ['check_in_reminder', 1440, '2027-05-09T15:00:00.000Z', 'skipped'],
      ['check_in_reminder', 120, '2027-05-10T13:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 1440, '2027-05-13T10:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 120, '2027-05-14T08:00:00.000Z', 'scheduled'],
    ]);
  });

  it('moves the reminders not yet sent when the dates change, and drops payment ones with the due time', async () => {
    setClock('2027-04-01T09:00:00Z');
    const { guest, host, reservation } = await lisbonStay();
    const before = await remindersOf(guest, reservation.id);
    await client().post(`/api/reservations/${reservation.id}/confirm/`, {}, host);
    const moved = await client().call('PATCH', `/api/reservations/${reservation.id}/`, {
      as: host,
      body: { check_in: '2027-05-11', check_out: '2027-05-15', payment_due_at: null },
    });
    expect(moved.statusCode).toBe(200);
    const after = await remindersOf(guest, reservation.id);
    expect(summary(after)).toEqual([
      ['payment_due_reminder', 4320, '2027-04-28T12:00:00.000Z', 'cancelled'],
      ['payment_due_reminder', 1440, '2027-04-30T12:00:00.000Z', 'cancelled'],
      ['check_in_reminder', 1440, '2027-05-10T15:00:00.000Z', 'scheduled'],
      ['check_in_reminder', 120, '2027-05-11T13:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 1440, '2027-05-14T10:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 120, '2027-05-15T08:00:00.000Z', 'scheduled'],
    ]);
    // The same rows, each with a job at its new time; the old time's job stays…
    expect(new Set(after.map((r) => r.id))).toEqual(new Set(before.map((r) => r.id)));
    const checkIn = after.find((r) => r.reminder_type === 'check_in_reminder')!;
    const moves = ['2027-05-09T15:00:00.000Z', '2027-05-10T15:00:00.000Z'];
    expect(await jobsAt(moves)).toEqual(moves.map(jobOf));
    // …and, run at the old time, sends nothing of this stay.
    setClock('2027-05-09T15:00:01Z');
    await t.app.services.reminders.sendDue();
    expect(
      (await remindersOf(guest, reservation.id)).find((r) => r.id === checkIn.id),
    ).toMatchObject({ status: 'scheduled', is_sent: false });
    expect((await notificationsOf(guest)).map((n) => n.notification_type)).toEqual([
      'booking_confirmed',
    ]);
  });

  it('cancels what was not sent when the reservation is cancelled or declined', async () => {
    setClock('2027-04-01T09:00:00Z');
    const cancelled = await lisbonStay();
    await client().post(
      `/api/reservations/${cancelled.reservation.id}/cancel/`,
      {},
      cancelled.guest,
    );
    const declined = await lisbonStay();
    await client().post(`/api/reservations/${declined.reservation.id}/decline/`, {}, declined.host);
    for (const { guest, reservation } of [cancelled, declined]) {
      const reminders = await remindersOf(guest, reservation.id);
      expect(reminders.map((r) => r.status)).toEqual(Array(6).fill('cancelled'));
      setClock('2027-05-20T00:00:00Z');
      await t.app.services.reminders.sendDue();
      expect((await remindersOf(guest, reservation.id)).map((r) => r.status)).toEqual(
        Array(6).fill('cancelled'),
      );
      setClock('2027-04-01T09:00:00Z');
    }
  });
});

describe('sending', () => {
  it('tells the guest and the host once, in the property’s time, and names the guest’s notification', async () => {
    setClock('2027-04-01T09:00:00Z');
    const { guest, host, reservation } = await lisbonStay();
    await client().post(`/api/reservations/${reservation.id}/confirm/`, {}, host);
    const reminders = await remindersOf(guest, reservation.id);
    const dayBefore = reminders.find((r) => r.reminder_type === 'check_in_reminder')!;
    const twoHours = reminders.find(
      (r) => r.reminder_type === 'check_in_reminder' && r.offset_minutes === 120,
    )!;
    // Not due yet: nothing.
    await t.app.services.reminders.sendDue();
    expect((await remindersOf(guest, reservation.id)).every((r) => r.status === 'scheduled')).toBe(
      true,
    );

    setClock('2027-05-09T15:00:00.500Z');
    await Promise.all([t.app.services.reminders.sendDue(), t.app.services.reminders.sendDue()]);
    await t.app.services.reminders.sendDue();
    const sent = (await remindersOf(guest, reservation.id)).find((r) => r.id === dayBefore.id)!;
    expect(sent).toMatchObject({
      status: 'sent',
      is_sent: true,
      sent_at: '2027-05-09T15:00:00.500Z',
    });
    const guestReminders = (await notificationsOf(guest)).filter(
      (n) => n.notification_type === 'check_in_reminder',
    );
    expect(guestReminders).toHaveLength(1);
    expect(guestReminders[0]).toMatchObject({
      id: sent.notification_id,
      title: 'Check-in in 1 day · Alfama Loft',
      message:
        'Your check-in at Alfama Loft is on 10 May at 16:00 (Europe/Lisbon time). ' +
        'Address: Rua da Saudade 5, Lisbon.',
      reservation_id: reservation.id,
    });
    const hostReminders = (await notificationsOf(host)).filter(
      (n) => n.notification_type === 'check_in_reminder',
    );
    expect(hostReminders.map((n) => n.message)).toEqual([
      'Gina Guest checks in at Alfama Loft on 10 May at 16:00 (Europe/Lisbon time).',
    ]);

    // The 2-hour one goes through quiet hours.
    setClock('2027-05-10T13:00:00Z');
    await t.app.services.reminders.sendDue();
    expect(
      (await remindersOf(guest, reservation.id)).find((r) => r.id === twoHours.id),
    ).toMatchObject({ status: 'sent', sent_at: '2027-05-10T13:00:00.000Z' });
    const urgent = await queryRows<{ user_id: string; urgent: boolean; title: string }>(
      t.database.db,
      sql`select user_id, urgent, title from notifications
          where reservation_id = ${reservation.id} and notification_type = 'check_in_reminder'
          order by created_at, user_id`,
    );
    expect(urgent.filter((n) => n.title.startsWith('Check-in in 2 hours'))).toHaveLength(2);
    expect(urgent.map((n) => [n.title.startsWith('Check-in in 2 hours'), n.urgent])).toEqual(
      expect.arrayContaining([
        [true, true],
        [false, false],
      ]),
    );
  });

  it('skips check-in and check-out reminders of a stay still pending, and sends its payment ones to the guest only', async () => {
    setClock('2027-04-01T09:00:00Z');
    const { guest, host, reservation } = await lisbonStay();
    setClock('2027-04-28T12:00:00Z');
    await t.app.services.reminders.sendDue();
    setClock('2027-05-09T15:00:00Z');
    await t.app.services.reminders.sendDue();
    expect(summary(await remindersOf(guest, reservation.id)).map((r) => r[3])).toEqual([
      'sent',
      'sent',
      'skipped',
      'scheduled',
      'scheduled',
      'scheduled',
    ]);
    const payments = (await notificationsOf(guest)).filter(
      (n) => n.notification_type === 'payment_due_reminder',
    );
    const due =
      'The payment for your stay at Alfama Loft is due on 1 May at 13:00 (Europe/Lisbon time): 480.00.';
    expect(payments.map((n) => [n.title, n.message])).toEqual([
      ['Payment due in 1 day · Alfama Loft', due],
      ['Payment due in 3 days · Alfama Loft', due],
    ]);
    expect(
      (await notificationsOf(host)).filter((n) => n.notification_type === 'payment_due_reminder'),
    ).toEqual([]);
  });

  it('sends everything due in one pass of the management command, and nothing on the next; late, only the closer of two of a kind', async () => {
    setClock('2027-04-01T09:00:00Z');
    const stays = await Promise.all([lisbonStay(), lisbonStay(), lisbonStay()]);
    for (const { host, reservation } of stays) {
      await client().post(`/api/reservations/${reservation.id}/confirm/`, {}, host);
    }
    // Sent late, as after an outage: both payment reminders and the check-in one a day ahead
    // are due by now.
    setClock('2027-05-09T16:00:00Z');
    const ours = new Set(stays.map((s) => s.reservation.id));
    const due = (await t.app.services.reminders.due()).filter((r) => ours.has(r.reservation_id));
    expect(due).toHaveLength(9);
    const first = await t.app.services.reminders.sendDue();
    const sentOfOurs = first.sent.filter((r) => ours.has(r.reservation_id));
    expect(sentOfOurs.map((r) => r.reminder_id).sort()).toEqual(
      due
        .filter((r) => !(r.reminder_type === 'payment_due_reminder' && r.offset_minutes === 4320))
        .map((r) => r.id)
        .sort(),
    );
    expect(await t.app.services.reminders.sendDue()).toEqual({ sent: [], skipped: 0 });
    for (const { guest, reservation } of stays) {
      const statuses = (await remindersOf(guest, reservation.id)).map((r) => r.status);
      expect(statuses).toEqual(['skipped', 'sent', 'sent', 'scheduled', 'scheduled', 'scheduled']);
      const kinds = (await notificationsOf(guest)).map((n) => n.notification_type).sort();
      expect(kinds).toEqual(['booking_confirmed', 'check_in_reminder', 'payment_due_reminder']);
    }
  });
});

describe('on time', () => {
  it('is sent within 2 seconds of its time by a running worker', async () => {
    const { guest, host, reservation } = await lisbonStay();
    await client().post(`/api/reservations/${reservation.id}/confirm/`, {}, host);
    const [reminder] = await remindersOf(guest, reservation.id);
    // Brought forward to 1.5 s from now, with its instant's job, as scheduling would write it.
    const dueAt = new Date(Date.now() + 1_500);
    await t.database.db.execute(sql`
      with moved as (
        update automated_reminders set scheduled_for = ${dueAt.toISOString()}::timestamptz
        where id = ${reminder!.id} returning scheduled_for)
      ${enqueueSql(sendJobsSql(sql`moved`))}`);
    const runner = createJobRunner({
      database: t.database,
      jobs: t.app.services.jobs,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    await runner.start();
    try {
      const sentAt = await waitFor(async () => {
        const now = await remindersOf(guest, reservation.id);
        return now.find((r) => r.id === reminder!.id && r.status === 'sent')?.sent_at;
      }, 5_000);
      const late = Date.parse(sentAt) - dueAt.getTime();
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(2_000);
    } finally {
      await runner.stop();
    }
  });
});
