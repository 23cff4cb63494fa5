import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildProperty, buildReservation, buildUser } from '../../../test/factories.ts';
import {
  api,
  createTestApp,
  dbKind,
  openTestDatabase,
  type TestApp,
  type TestUser,
} from '../../../test/harness.ts';
import { waitFor } from '../../../test/wait.ts';
import { queryRows, type Database } from '../../platform/db/connect.ts';
import { createJobRunner, enqueueSql } from '../../platform/jobs/index.ts';
import { SEND_JOB, sendJobsSql } from './reminders.repo.ts';

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
/**
 * Sent when the clock was set to `iso`: the moved clock goes on ticking with real time, so
 * the send is that instant or the few milliseconds the test took to get there.
 */
const expectSentAt = (sentAt: string, iso: string) => {
  const late = Date.parse(sentAt) - Date.parse(iso);
  expect(late).toBeGreaterThanOrEqual(0);
  expect(late).toBeLessThan(1_000);
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
    expect(sent).toMatchObject({ status: 'sent', is_sent: true });
    expectSentAt(sent.sent_at, '2027-05-09T15:00:00.500Z');
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
    const urgentSent = (await remindersOf(guest, reservation.id)).find(
      (r) => r.id === twoHours.id,
    )!;
    expect(urgentSent.status).toBe('sent');
    expectSentAt(urgentSent.sent_at, '2027-05-10T13:00:00.000Z');
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

  it('words each reader’s reminders in their language, and keeps the record in English', async () => {
    setClock('2027-04-01T09:00:00Z');
    const { guest, host, reservation } = await lisbonStay();
    for (const [user, locale] of [
      [guest, 'de-DE'],
      [host, 'fr'],
    ] as const) {
      const res = await client().call('PATCH', '/api/auth/me/', { as: user, body: { locale } });
      expect(res.statusCode).toBe(200);
    }
    await client().post(`/api/reservations/${reservation.id}/confirm/`, {}, host);
    setClock('2027-05-09T15:00:00.500Z');
    await t.app.services.reminders.sendDue();
    const ofType = async (user: TestUser, type: string) =>
      (await notificationsOf(user)).filter((n) => n.notification_type === type);
    const [checkIn] = await ofType(guest, 'check_in_reminder');
    expect(checkIn).toMatchObject({
      title: 'Check-in in 1 Tag · Alfama Loft',
      message:
        'Dein Check-in in Alfama Loft ist am 10. Mai um 16:00 Uhr (Zeitzone Europe/Lisbon). ' +
        'Adresse: Rua da Saudade 5, Lisbon.',
    });
    expect((await ofType(guest, 'payment_due_reminder')).map((n) => [n.title, n.message])).toEqual([
      [
        'Zahlung fällig in 1 Tag · Alfama Loft',
        'Die Zahlung für deinen Aufenthalt in Alfama Loft ist am 1. Mai um 13:00 Uhr ' +
          '(Zeitzone Europe/Lisbon) fällig: 480,00.',
      ],
    ]);
    expect((await ofType(host, 'check_in_reminder')).map((n) => [n.title, n.message])).toEqual([
      [
        'Arrivée dans 1 jour · Alfama Loft',
        'Gina Guest arrive à Alfama Loft le 10 mai à 16:00 (heure de Europe/Lisbon).',
      ],
    ]);
    const [record] = await queryRows<{ title: string; message: string }>(
      t.database.db,
      sql`select title, message from notifications where id = ${checkIn.id}`,
    );
    expect(record).toEqual({
      title: 'Check-in in 1 day · Alfama Loft',
      message:
        'Your check-in at Alfama Loft is on 10 May at 16:00 (Europe/Lisbon time). ' +
        'Address: Rua da Saudade 5, Lisbon.',
    });
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

// Three OS processes — two worker nodes running the reminders' jobs and one pass of the
// management command (`process-reminders`), each with its own pool — work through 10,000
// due reminders, and one worker is killed with SIGKILL mid-run. The jobs it had claimed come
// back when their lease runs out (30 s, the send job's own) and the surviving worker takes
// them. Every reminder must go out exactly once, with its notifications. PostgreSQL only: PGlite
// cannot be opened by several processes.

const REMINDERS = 10_000;
// They fall due at this many instants, as stays share check-in times: one send job each,
// SPREAD_MS apart, so the three processes meet while they come due (8 s).
const INSTANTS = 100;
const SPREAD_MS = 80;
// Hosts have several properties, so that senders of different reminders meet on a host's
// counters (the notification feed); each stay has its own property and guest.
const HOSTS = 1_000;
// The worker to be killed first sends this many, so that it dies in the middle of its work.
const KILL_AFTER_SENT = 500;
const JOBS_CONCURRENCY = 32;
const serverDir = path.resolve(import.meta.dirname, '../../..');

interface Node {
  name: string;
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  errors: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

// Several OS processes on one database: PostgreSQL only (PGlite is one process's).
if (dbKind === 'postgres') {
  describe('reminders raced by three processes', () => {
    let database: Database & { url?: string };
    const nodes: Node[] = [];

    beforeAll(async () => {
      database = await openTestDatabase();
    });

    afterAll(async () => {
      for (const node of nodes) {
        if (node.child.exitCode === null && node.child.signalCode === null) {
          node.child.kill('SIGKILL');
          await node.exited;
        }
      }
      await database?.close();
    });

    /** Starts `test/reminder-worker.ts` as `name` (its application_name in the database). */
    function start(name: string, mode: 'worker' | 'command'): Node {
      const url = new URL(database.url!);
      url.searchParams.set('application_name', name);
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/reminder-worker.ts'], {
        cwd: serverDir,
        env: {
          ...process.env,
          DATABASE_URL: url.toString(),
          JOBS_CONCURRENCY: String(JOBS_CONCURRENCY),
          MODE: mode,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      let errors = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
        (resolve) => child.once('exit', (code, signal) => resolve({ code, signal })),
      );
      const node = { name, child, output: () => output, errors: () => errors, exited };
      nodes.push(node);
      return node;
    }

    /** Polls `probe` (see waitFor); on a timeout, names `what` with every process's output. */
    const until = <T>(
      what: string,
      probe: () => Promise<T | undefined> | T | undefined,
      ms: number,
    ) =>
      waitFor(probe, ms, {
        everyMs: 20,
        failure: () =>
          `Not ${what} within ${ms} ms\n` +
          nodes.map((n) => `--- ${n.name}:\n${n.output()}${n.errors()}`).join('\n'),
      });

    const sentBy = async () => {
      const rows = await queryRows<{ sender: string; sent: number }>(
        database.db,
        sql`select sender, count(*)::int as sent from race_reminder_sends group by sender`,
      );
      return new Map(rows.map((r) => [r.sender, r.sent]));
    };

    it('sends each of 10,000 due reminders exactly once while a worker is killed', async () => {
      const timings: Record<string, number> = {};
      const began = Date.now();
      const lap = (name: string) => (timings[name] = Date.now() - began);
      await seed(database);
      lap('seeded');

      const a = start('worker-a', 'worker');
      const b = start('worker-b', 'worker');
      const command = start('command', 'command');
      const ready = (node: Node, line: string) => node.output().includes(line);
      await until(
        'the three processes ready',
        () =>
          ready(a, 'worker ready') && ready(b, 'worker ready') && ready(command, 'command ready')
            ? true
            : undefined,
        30_000,
      );
      lap('ready');

      // The reminders fall due over the next seconds: the workers' jobs start at each instant,
      // the command runs a pass every 100 ms as a tight cron would, and worker-a is killed once
      // it has sent a part, while they are still coming due.
      await fallDue(database.db);
      command.child.stdin.end('go\n');
      lap('falling due');
      // Killed in the middle of a send (a statement of its under way), so a job of its is held.
      const atKill = await until(
        'worker-a sending',
        async () => {
          const sent = await sentBy();
          if ((sent.get('worker-a') ?? 0) < KILL_AFTER_SENT) return undefined;
          const [busy] = await queryRows<{ n: number }>(
            database.db,
            sql`select count(*)::int as n from pg_stat_activity
                where application_name = 'worker-a' and state = 'active'
                  and query like '%reminders_due%'`,
          );
          return busy!.n > 0 ? sent : undefined;
        },
        30_000,
      );
      a.child.kill('SIGKILL');
      expect(await a.exited).toEqual({ code: null, signal: 'SIGKILL' });
      lap('worker-a killed');
      const sentAtKill = [...atKill.values()].reduce((sum, n) => sum + n, 0);
      expect(sentAtKill).toBeLessThan(REMINDERS);

      expect(await command.exited).toEqual({ code: 0, signal: null });
      lap('command done');
      // The killed worker's jobs run out their lease, and worker-b takes them.
      await until(
        'every reminder sent and every job finished',
        async () => {
          const [row] = await queryRows<{ unsent: number; unfinished: number }>(
            database.db,
            sql`select (select count(*)::int from automated_reminders where status <> 'sent') as unsent,
                       (select count(*)::int from jobs
                         where kind = ${SEND_JOB} and finished_at is null) as unfinished`,
          );
          return row!.unsent === 0 && row!.unfinished === 0 ? true : undefined;
        },
        60_000,
      );
      lap('all done');

      // Every reminder went out once, from one of the three processes, the killed one among them.
      const sent = await sentBy();
      expect(
        [...sent.keys()].filter((n) => !['worker-a', 'worker-b', 'command'].includes(n)),
      ).toEqual([]);
      expect([...sent.values()].reduce((sum, n) => sum + n, 0)).toBe(REMINDERS);
      expect(sent.get('worker-a')).toBeGreaterThanOrEqual(KILL_AFTER_SENT);
      expect(sent.get('worker-b')).toBeGreaterThan(0);
      expect(sent.get('command')).toBeGreaterThan(0);
      expect(
        await queryRows(
          database.db,
          sql`select reminder_id, count(*)::int as sends from race_reminder_sends
              group by reminder_id having count(*) <> 1 limit 10`,
        ),
      ).toEqual([]);
      const commandLine = /command sent (\d+) skipped (\d+)/.exec(command.output());
      expect(commandLine?.slice(1)).toEqual([String(sent.get('command') ?? 0), '0']);

      // Each reminder: sent, and its guest's and host's one notification, the guest's under the
      // id the reminder names.
      const reminders = await queryRows<{
        id: string;
        status: string;
        is_sent: boolean;
        sent_at: string | null;
        guest: number;
        host: number;
        named: number;
      }>(
        database.db,
        sql`select r.id, r.status, r.is_sent, r.sent_at::text,
                   count(*) filter (where n.user_id = res.guest_id)::int as guest,
                   count(*) filter (where n.user_id = p.host_id)::int as host,
                   count(*) filter (where n.id = r.notification_id and n.user_id = res.guest_id)::int
                     as named
            from automated_reminders r
            join reservations res on res.id = r.reservation_id
            join properties p on p.id = res.property_id
            left join notifications n on n.reservation_id = r.reservation_id
              and n.notification_type = r.reminder_type
            group by r.id, res.guest_id, p.host_id`,
      );
      expect(reminders).toHaveLength(REMINDERS);
      expect(
        reminders
          .filter(
            (r) =>
              r.status !== 'sent' ||
              !r.is_sent ||
              r.sent_at === null ||
              r.guest !== 1 ||
              r.host !== 1 ||
              r.named !== 1,
          )
          .slice(0, 10),
      ).toEqual([]);
      // No notification but these: one guest's and one host's per reminder.
      const [totals] = await queryRows<{
        notifications: number;
        orphans: number;
        deliveries: number;
      }>(
        database.db,
        sql`select (select count(*)::int from notifications) as notifications,
                   (select count(*)::int from notifications n
                     where not exists (select 1 from automated_reminders r
                                       where r.reservation_id = n.reservation_id
                                         and r.reminder_type = n.notification_type)) as orphans,
                   (select count(*)::int from notification_deliveries) as deliveries`,
      );
      expect(totals).toEqual({ notifications: 2 * REMINDERS, orphans: 0, deliveries: 0 });

      // Each user's feed: one `notification.created` per notification, cursors without gaps,
      // and the unread badge counting them.
      expect(
        await queryRows(
          database.db,
          sql`select u.id, n.count as notifications, e.count as events, e.max_cursor,
                     c.last_cursor, c.unread_notifications
              from users u
              left join (select user_id, count(*)::int as count from notifications group by 1) n
                on n.user_id = u.id
              left join (select user_id, count(*)::int as count, max(cursor)::int as max_cursor,
                                count(*) filter (where type = 'notification.created')::int as created
                           from change_events group by 1) e on e.user_id = u.id
              left join user_counters c on c.user_id = u.id
              where n.count is distinct from e.count or e.count is distinct from e.created
                 or e.max_cursor is distinct from e.count or c.last_cursor is distinct from e.count
                 or c.unread_notifications is distinct from n.count
              limit 10`,
        ),
      ).toEqual([]);

      // Every send job completed, none failed: at the first attempt, or at the second for those
      // the killed worker held (there were some: it died mid-run).
      const jobs = await queryRows<{ state: string; attempts: number; jobs: number }>(
        database.db,
        sql`select state, attempts, count(*)::int as jobs from jobs where kind = ${SEND_JOB}
            group by state, attempts order by state, attempts`,
      );
      expect(jobs.filter((j) => j.state !== 'completed' || j.attempts > 2)).toEqual([]);
      expect(jobs.reduce((sum, j) => sum + j.jobs, 0)).toBe(INSTANTS);
      const retaken = jobs.find((j) => j.attempts === 2)?.jobs ?? 0;
      expect(retaken).toBeGreaterThan(0);

      // The survivors logged no warning or error (the killed one neither, while it lived).
      expect(nodes.map((n) => [n.name, n.errors()])).toEqual(nodes.map((n) => [n.name, '']));

      console.info(
        `reminders race: ${JSON.stringify(timings)} ms; sent by ${JSON.stringify(
          Object.fromEntries(sent),
        )}; when worker-a was killed: ${JSON.stringify(Object.fromEntries(atKill))}; ` +
          `${retaken} jobs retaken after its lease`,
      );
    }, 110_000);
  });
}

/**
 * The backlog, set-based: `REMINDERS` confirmed stays starting tomorrow, each its own guest and
 * property, the properties spread over `HOSTS` hosts; a check-in reminder of each, due within
 * the last hour, with its `reminders.send` job as scheduling makes it. The users turned email
 * and SMS of check-in reminders off, so the reminders raise in-app notifications only (the
 * channels are not what this test is about). A trigger records which process (its
 * application_name) marked each reminder sent, in the sending transaction.
 */
async function seed(database: Database) {
  const { db } = database;
  const id = (kind: string, n: SQL) => sql`md5(${kind} || '-' || ${n})::uuid`;
  await db.execute(sql`
    create table race_reminder_sends (
      reminder_id uuid not null,
      sender text not null,
      at timestamptz not null default clock_timestamp())`);
  await db.execute(sql`
    create function race_record_send() returns trigger language plpgsql as $$
    begin
      insert into race_reminder_sends (reminder_id, sender)
      values (new.id, current_setting('application_name'));
      return null;
    end $$`);
  await db.execute(sql`
    create trigger race_record_send after update of status on automated_reminders
    for each row when (new.status = 'sent' and old.status <> 'sent')
    execute function race_record_send()`);

  const i = sql.raw('i');
  await db.execute(sql`
    insert into users (id, email, name)
    select ${id('host', i)}, 'host.' || i || '@race.example', 'Hana Host ' || i
    from generate_series(1, ${HOSTS}) i
    union all
    select ${id('guest', i)}, 'guest.' || i || '@race.example', 'Gina Guest ' || i
    from generate_series(1, ${REMINDERS}) i`);
  await db.execute(sql`
    insert into notification_preferences (user_id, notification_type, email, sms, push)
    select id, 'check_in_reminder', false, false, false from users`);
  await db.execute(sql`
    insert into properties (id, host_id, title, address, timezone)
    select ${id('property', i)}, ${id('host', sql`(i % ${HOSTS} + 1)`)}, 'Race Loft ' || i,
           'Race Street ' || i, 'Europe/Lisbon'
    from generate_series(1, ${REMINDERS}) i`);
  await db.execute(sql`
    insert into reservations (id, property_id, guest_id, check_in, check_out, total_price, status)
    select ${id('reservation', i)}, ${id('property', i)}, ${id('guest', i)},
           current_date + 1, current_date + 4, 300, 'confirmed'
    from generate_series(1, ${REMINDERS}) i`);
  // Scheduled for later; `fallDue` brings them forward once the processes run.
  await db.execute(sql`
    insert into automated_reminders (reservation_id, reminder_type, offset_minutes, scheduled_for)
    select ${id('reservation', i)}, 'check_in_reminder', 1440, now() + interval '1 day'
    from generate_series(1, ${REMINDERS}) i`);
  await db.execute(sql`analyze`);
}

/**
 * Moves the reminders to INSTANTS instants SPREAD_MS apart, starting a second from now, each
 * instant with its send job, as scheduling writes them: they fall due one instant after another
 * while the three processes run.
 */
async function fallDue(db: Database['db']) {
  const [row] = await queryRows<{ reminders: number; jobs: number }>(
    db,
    sql`with moved as (
          update automated_reminders r
          set scheduled_for = date_trunc('milliseconds', now()) + interval '1 second'
            + (n.i % ${INSTANTS}) * ${SPREAD_MS} * interval '1 millisecond'
          from (select id, row_number() over (order by id) as i from automated_reminders) n
          where r.id = n.id
          returning r.scheduled_for),
        queued as (${enqueueSql(sendJobsSql(sql`moved`))})
        select (select count(*)::int from moved) as reminders,
               (select count(*)::int from queued) as jobs`,
  );
  expect(row).toEqual({ reminders: REMINDERS, jobs: INSTANTS });
}
