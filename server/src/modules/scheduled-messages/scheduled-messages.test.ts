import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildConversation,
  buildProperty,
  buildReservation,
  buildUser,
} from '../../../test/factories.ts';
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
import { queueSendAt } from './scheduled-messages.repo.ts';

let t: TestApp;

beforeAll(async () => {
  // The tests move the clock by hours.
  t = await createTestApp({ ACCESS_TOKEN_TTL_SECONDS: String(30 * 86_400) });
});

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  t.clock.offsetMs = 0;
});

const client = () => api(t.app);
const sendDue = () => t.app.services.scheduledMessages.sendDue();

// The API's answers as the tests read them: JSON, checked field by field below.
type Json = any;

/** `YYYY-MM-DD`, `days` from today in UTC. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function automation(host: TestUser, body: Record<string, unknown>) {
  const res = await client().post('/api/messaging/automations/', body, host);
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

async function forecast(user: TestUser, reservationId: string): Promise<Json[]> {
  const res = await client().get(`/api/reservations/${reservationId}/scheduled-messages/`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.data;
}

async function act(user: TestUser, id: string, action: string) {
  return client().post(`/api/reservations/${id}/${action}/`, {}, user);
}

/** The stay's own thread as the guest sees it, once opened. */
async function stayThread(guest: TestUser, reservationId: string): Promise<Json> {
  const list = await client().get('/api/messaging/conversations/', guest);
  const found = list.data.find((c: Json) => c.reservation_id === reservationId);
  if (!found) return undefined;
  return (await client().get(`/api/messaging/conversations/${found.id}/`, guest)).data;
}

/** A host with a property (UTC unless told) and a guest with a pending stay there. */
async function stay(
  dates: { check_in: string; check_out: string },
  property: Record<string, unknown> = { timezone: 'UTC' },
) {
  const host = await buildUser(t.app, 'Hana Host');
  const guest = await buildUser(t.app, 'Gina Guest');
  const place = await buildProperty(t.app, host, property);
  const reservation = await buildReservation(t.app, guest, place.id, dates);
  return { host, guest, property: place, reservation };
}

describe('automations', () => {
  it('are the host’s own: listed, changed and deleted by them, 404 to anyone else', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const other = await buildUser(t.app, 'Otto Other');
    const created = await automation(host, {
      name: 'Welcome',
      message: 'Welcome, {guest_first_name}!',
      trigger: 'after_check_in',
      offset_minutes: 60,
    });
    expect(created).toMatchObject({
      name: 'Welcome',
      quick_reply_id: null,
      property_id: null,
      late_booking: 'send_now',
      is_active: true,
    });
    expect((await client().get('/api/messaging/automations/', host)).data).toEqual([created]);
    expect((await client().get('/api/messaging/automations/', other)).data).toEqual([]);
    const path = `/api/messaging/automations/${created.id}/`;
    expect((await client().get(path, other)).statusCode).toBe(404);
    const stranger = await client().call('PATCH', path, { as: other, body: { is_active: false } });
    expect(stranger.statusCode).toBe(404);
    expect((await client().call('DELETE', path, { as: other })).statusCode).toBe(404);

    const patched = await client().call('PATCH', path, { as: host, body: { offset_minutes: 90 } });
    expect(patched.statusCode).toBe(200);
    expect(patched.data.offset_minutes).toBe(90);
    expect((await client().call('DELETE', path, { as: host })).statusCode).toBe(204);
    expect((await client().get(path, host)).statusCode).toBe(404);
  });

  it('answer 400 for both texts or neither, and 404 for another host’s template or property', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const other = await buildUser(t.app, 'Otto Other');
    const theirs = await buildProperty(t.app, other);
    const template = await client().post(
      '/api/messaging/quick-replies/create/',
      { title: 'Theirs', message: 'Hello' },
      other,
    );
    const base = { name: 'X', trigger: 'before_check_in', offset_minutes: 60 };
    const neither = await client().post('/api/messaging/automations/', base, host);
    expect(neither.statusCode).toBe(400);
    expect(neither.data.error.code).toBe('validation_failed');
    const both = await client().post(
      '/api/messaging/automations/',
      { ...base, message: 'Hi', quick_reply_id: template.data.id },
      host,
    );
    expect(both.statusCode).toBe(400);
    const foreignTemplate = await client().post(
      '/api/messaging/automations/',
      { ...base, quick_reply_id: template.data.id },
      host,
    );
    expect(foreignTemplate.statusCode).toBe(404);
    const foreignProperty = await client().post(
      '/api/messaging/automations/',
      { ...base, message: 'Hi', property_id: theirs.id },
      host,
    );
    expect(foreignProperty.statusCode).toBe(404);
    const badTrigger = await client().post(
      '/api/messaging/automations/',
      { ...base, message: 'Hi', trigger: 'at_noon' },
      host,
    );
    expect(badTrigger.statusCode).toBe(400);
  });

  it('keep the template they send from being deleted', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const template = await client().post(
      '/api/messaging/quick-replies/create/',
      { title: 'Arrival', message: 'See you at {check_in_time}!' },
      host,
    );
    const made = await automation(host, {
      name: 'Arrival',
      quick_reply_id: template.data.id,
      trigger: 'before_check_in',
      offset_minutes: 60,
    });
    const refused = await client().call(
      'DELETE',
      `/api/messaging/quick-replies/${template.data.id}/delete/`,
      { as: host },
    );
    expect(refused.statusCode).toBe(409);
    await client().call('DELETE', `/api/messaging/automations/${made.id}/`, { as: host });
    const deleted = await client().call(
      'DELETE',
      `/api/messaging/quick-replies/${template.data.id}/delete/`,
      { as: host },
    );
    expect(deleted.statusCode).toBe(204);
  });
});

describe('the forecast of a stay', () => {
  it('plans each automation at its time in the property’s zone, moves it with the dates, cancels it with the stay', async () => {
    const { host, guest, reservation } = await stay(
      { check_in: '2027-03-12', check_out: '2027-03-15' },
      { timezone: 'America/New_York', check_in_time: '16:00' },
    );
    const template = await client().post(
      '/api/messaging/quick-replies/create/',
      {
        title: 'Check-in',
        message:
          'Hi {guest_first_name}! Check-in is at {check_in_time}. The door code is {door_code}.',
        category: 'check_in_instructions',
      },
      host,
    );
    await automation(host, {
      name: 'Check-in instructions',
      quick_reply_id: template.data.id,
      trigger: 'before_check_in',
      offset_minutes: 2 * 24 * 60,
    });
    // Pending: nothing is planned yet.
    expect(await forecast(host, reservation.id)).toEqual([]);
    await act(host, reservation.id, 'confirm');

    const [planned] = await forecast(host, reservation.id);
    expect(planned).toMatchObject({
      reservation_id: reservation.id,
      automation: { name: 'Check-in instructions' },
      // 16:00 in New York on 10 March, before the switch to summer time (UTC−5).
      scheduled_for: '2027-03-10T21:00:00.000Z',
      scheduled_for_local: '2027-03-10T16:00:00.000-05:00',
      timezone: 'America/New_York',
      status: 'scheduled',
      message: 'Hi Gina! Check-in is at 4:00 PM.',
      missing_placeholders: ['door_code'],
      is_quick_reply: true,
      is_edited: false,
      sent_at: null,
    });
    // The guest sees none; anyone else gets 404.
    expect(await forecast(guest, reservation.id)).toEqual([]);
    const stranger = await buildUser(t.app, 'Sam Stranger');
    const hidden = await client().get(
      `/api/reservations/${reservation.id}/scheduled-messages/`,
      stranger,
    );
    expect(hidden.statusCode).toBe(404);

    // After the switch to summer time, 16:00 is 20:00 UTC.
    const moved = await client().call('PATCH', `/api/reservations/${reservation.id}/`, {
      as: host,
      body: { check_in: '2027-03-20', check_out: '2027-03-23' },
    });
    expect(moved.statusCode).toBe(200);
    const [after] = await forecast(host, reservation.id);
    expect(after).toMatchObject({
      id: planned.id,
      scheduled_for: '2027-03-18T20:00:00.000Z',
      scheduled_for_local: '2027-03-18T16:00:00.000-04:00',
      status: 'scheduled',
    });

    await act(guest, reservation.id, 'cancel');
    expect((await forecast(host, reservation.id)).map((m) => m.status)).toEqual(['cancelled']);
  });

  it('sends a late booking’s message at once or skips it, as the automation says, into a thread it opens', async () => {
    const { host, guest, reservation } = await stay({ check_in: day(1), check_out: day(3) });
    await automation(host, {
      name: 'Three days ahead',
      message: 'We look forward to your stay, {guest_first_name}.',
      trigger: 'before_check_in',
      offset_minutes: 3 * 24 * 60,
      late_booking: 'send_now',
    });
    await automation(host, {
      name: 'Also three days ahead',
      message: 'Parking is behind the house.',
      trigger: 'before_check_in',
      offset_minutes: 3 * 24 * 60,
      late_booking: 'skip',
    });
    await act(host, reservation.id, 'confirm');
    const planned = await forecast(host, reservation.id);
    const byName = (name: string) => planned.find((m) => m.automation.name === name);
    expect(byName('Also three days ahead').status).toBe('skipped');
    const now = byName('Three days ahead');
    expect(now.status).toBe('scheduled');
    expect(Math.abs(Date.parse(now.scheduled_for) - Date.now())).toBeLessThan(60_000);

    expect(await stayThread(guest, reservation.id)).toBeUndefined();
    expect((await sendDue()).sent).toBeGreaterThanOrEqual(1);
    const thread = await stayThread(guest, reservation.id);
    const texts = thread.messages.filter((m: Json) => m.kind === 'text');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({
      sender_id: host.id,
      receiver_id: guest.id,
      message: 'We look forward to your stay, Gina.',
      is_quick_reply: false,
    });
    const sent = (await forecast(host, reservation.id)).find((m) => m.id === now.id);
    expect(sent).toMatchObject({ status: 'sent', sent_message_id: texts[0].id });
    expect(sent.conversation_id).toBe(thread.id);

    // Once: a second pass finds nothing of this stay's.
    await sendDue();
    const again = await stayThread(guest, reservation.id);
    expect(again.messages.filter((m: Json) => m.kind === 'text')).toHaveLength(1);
  });

  it('lets the host edit, send now or skip one stay’s copy; another host gets 404', async () => {
    const { host, guest, reservation } = await stay({
      check_in: '2027-05-02',
      check_out: '2027-05-05',
    });
    await automation(host, {
      name: 'Welcome',
      message: 'Welcome, {guest_first_name}! The wifi is {wifi_name}.',
      trigger: 'after_check_in',
      offset_minutes: 60,
    });
    await automation(host, {
      name: 'Goodbye',
      message: 'Safe travels!',
      trigger: 'before_check_out',
      offset_minutes: 120,
    });
    await act(host, reservation.id, 'confirm');
    const [welcome, goodbye] = await forecast(host, reservation.id);
    expect(welcome.automation.name).toBe('Welcome');
    expect(welcome.missing_placeholders).toEqual(['wifi_name']);

    const other = await buildUser(t.app, 'Otto Other');
    const path = `/api/messaging/scheduled-messages/${welcome.id}`;
    for (const action of ['skip', 'send-now', 'cancel']) {
      expect((await client().post(`${path}/${action}/`, {}, other)).statusCode).toBe(404);
    }
    const foreignEdit = await client().call('PATCH', `${path}/`, {
      as: other,
      body: { message: 'Hi' },
    });
    expect(foreignEdit.statusCode).toBe(404);

    const edited = await client().call('PATCH', `${path}/`, {
      as: host,
      body: { message: 'Welcome, {guest_first_name}, enjoy the view!' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.data).toMatchObject({
      message: 'Welcome, Gina, enjoy the view!',
      missing_placeholders: [],
      is_edited: true,
      status: 'scheduled',
    });
    const past = await client().call('PATCH', `${path}/`, {
      as: host,
      body: { scheduled_for: '2020-01-01T00:00:00.000Z' },
    });
    expect(past.statusCode).toBe(400);

    const sentNow = await client().post(`${path}/send-now/`, {}, host);
    expect(sentNow.statusCode).toBe(200);
    expect(sentNow.data.status).toBe('sent');
    const thread = await stayThread(guest, reservation.id);
    expect(thread.messages.at(-1)).toMatchObject({
      message: 'Welcome, Gina, enjoy the view!',
      sender_id: host.id,
    });
    expect((await client().post(`${path}/send-now/`, {}, host)).statusCode).toBe(409);

    const skipped = await client().post(
      `/api/messaging/scheduled-messages/${goodbye.id}/skip/`,
      {},
      host,
    );
    expect(skipped.data.status).toBe('skipped');
    const twice = await client().post(
      `/api/messaging/scheduled-messages/${goodbye.id}/skip/`,
      {},
      host,
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.data.error.message).toBe('A skipped message cannot be skipped');
  });

  it('holds a message that would go out with a blank, tells the host, and sends it once the field is filled', async () => {
    const { host, guest, property, reservation } = await stay({
      check_in: day(1),
      check_out: day(2),
    });
    await automation(host, {
      name: 'Door code',
      message: 'Your door code is {door_code}. Welcome!',
      trigger: 'before_check_in',
      offset_minutes: 3 * 24 * 60,
    });
    await act(host, reservation.id, 'confirm');
    expect((await sendDue()).held).toBeGreaterThanOrEqual(1);
    const [held] = await forecast(host, reservation.id);
    expect(held).toMatchObject({ status: 'held', missing_placeholders: ['door_code'] });
    expect(await stayThread(guest, reservation.id)).toBeUndefined();
    const notified = await client().get('/api/messaging/notifications/', host);
    const told = notified.data.find((n: Json) => n.notification_type === 'scheduled_message_held');
    expect(told).toMatchObject({ reservation_id: reservation.id });
    expect(told.message).toContain('door code');

    const refused = await client().post(
      `/api/messaging/scheduled-messages/${held.id}/send-now/`,
      {},
      host,
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.data.error.details).toEqual({ missing_placeholders: ['door_code'] });

    const filled = await client().call('PATCH', `/api/properties/${property.id}/`, {
      as: host,
      body: { door_code: '4321' },
    });
    expect(filled.statusCode).toBe(200);
    const [released] = await forecast(host, reservation.id);
    expect(released).toMatchObject({ status: 'scheduled', missing_placeholders: [] });
    expect((await sendDue()).sent).toBeGreaterThanOrEqual(1);
    const thread = await stayThread(guest, reservation.id);
    expect(thread.messages.at(-1).message).toBe('Your door code is 4321. Welcome!');
  });

  it('follows an automation turned off and on, and plans a new one for upcoming stays only', async () => {
    const { host, reservation } = await stay({ check_in: '2027-06-10', check_out: '2027-06-12' });
    await act(host, reservation.id, 'confirm');
    const made = await automation(host, {
      name: 'Later',
      message: 'See you soon',
      trigger: 'before_check_in',
      offset_minutes: 24 * 60,
    });
    // One whose time has passed for this stay is not sent late to a stay already booked.
    await automation(host, {
      name: 'On confirmation',
      message: 'Thanks for booking',
      trigger: 'booking_confirmed',
      offset_minutes: 0,
    });
    const statuses = async () =>
      Object.fromEntries(
        (await forecast(host, reservation.id)).map((m) => [m.automation.name, m.status]),
      );
    expect(await statuses()).toEqual({ Later: 'scheduled', 'On confirmation': 'skipped' });
    const path = `/api/messaging/automations/${made.id}/`;
    await client().call('PATCH', path, { as: host, body: { is_active: false } });
    expect((await statuses()).Later).toBe('cancelled');
    await client().call('PATCH', path, { as: host, body: { is_active: true } });
    expect((await statuses()).Later).toBe('scheduled');
    await client().call('DELETE', path, { as: host });
    const [gone] = (await forecast(host, reservation.id)).filter((m) => m.automation === null);
    expect(gone.status).toBe('cancelled');
  });
});

describe('send later', () => {
  it('schedules a message for its time, answers a retry with the same one, and sends it then', async () => {
    const { guest, host, conversation } = await buildConversation(t.app, 'Hello!');
    const sendAt = new Date(Date.now() + 3_600_000).toISOString();
    const body = {
      conversation_id: conversation.id,
      message: 'Arriving around 6 pm',
      client_message_id: 'later-1',
      send_at: sendAt,
    };
    const scheduled = await client().post('/api/messaging/messages/send/', body, guest);
    expect(scheduled.statusCode).toBe(202);
    expect(scheduled.data).toMatchObject({
      conversation_id: conversation.id,
      reservation_id: null,
      automation: null,
      status: 'scheduled',
      scheduled_for: sendAt,
      message: 'Arriving around 6 pm',
    });
    const retry = await client().post('/api/messaging/messages/send/', body, guest);
    expect(retry.statusCode).toBe(202);
    expect(retry.data.id).toBe(scheduled.data.id);
    const waiting = await client().get(
      `/api/messaging/conversations/${conversation.id}/scheduled-messages/`,
      guest,
    );
    expect(waiting.data.map((m: Json) => m.id)).toEqual([scheduled.data.id]);
    // The host does not see the guest's.
    const hostSide = await client().get(
      `/api/messaging/conversations/${conversation.id}/scheduled-messages/`,
      host,
    );
    expect(hostSide.data).toEqual([]);

    await sendDue();
    expect(
      (await client().get(`/api/messaging/conversations/${conversation.id}/`, host)).data.messages,
    ).toHaveLength(1);
    t.clock.offsetMs = 3_600_000 + 1_000;
    expect((await sendDue()).sent).toBeGreaterThanOrEqual(1);
    const thread = (await client().get(`/api/messaging/conversations/${conversation.id}/`, host))
      .data;
    expect(thread.messages.map((m: Json) => m.message)).toEqual(['Hello!', 'Arriving around 6 pm']);
    expect(thread.unread_count).toBe(2);
  });

  it('cancels before its time, and refuses a time past, beyond 90 days or a thread not the sender’s', async () => {
    const { guest, conversation } = await buildConversation(t.app, 'Hello!');
    const send = (sendAt: string, as = guest) =>
      client().post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, message: 'Later', send_at: sendAt },
        as,
      );
    expect((await send('2020-01-01T00:00:00.000Z')).statusCode).toBe(400);
    expect((await send(new Date(Date.now() + 91 * 86_400_000).toISOString())).statusCode).toBe(400);
    const stranger = await buildUser(t.app, 'Sam Stranger');
    const hour = new Date(Date.now() + 3_600_000).toISOString();
    expect((await send(hour, stranger)).statusCode).toBe(404);

    const scheduled = await send(hour);
    const path = `/api/messaging/scheduled-messages/${scheduled.data.id}/cancel/`;
    expect((await client().post(path, {}, stranger)).statusCode).toBe(404);
    const cancelled = await client().post(path, {}, guest);
    expect(cancelled.data.status).toBe('cancelled');
    expect((await client().post(path, {}, guest)).statusCode).toBe(409);
    t.clock.offsetMs = 2 * 3_600_000;
    await sendDue();
    const thread = (await client().get(`/api/messaging/conversations/${conversation.id}/`, guest))
      .data;
    expect(thread.messages.map((m: Json) => m.message)).toEqual(['Hello!']);
  });
});

// Two OS processes — worker nodes each with its own pool, running the backbone's jobs — send
// the same due messages: a stay's automated ones (each opening its thread) and messages sent
// later. Every one must go out exactly once. PostgreSQL only: PGlite is one process's.
const RACE_STAYS = 300;
const RACE_LATER = 300;
const RACE_INSTANTS = 40;
const serverDir = path.resolve(import.meta.dirname, '../../..');

if (dbKind === 'postgres') {
  describe('scheduled messages raced by two processes', () => {
    let database: Database & { url?: string };
    const nodes: { child: ChildProcessWithoutNullStreams; output: () => string }[] = [];

    beforeAll(async () => {
      database = await openTestDatabase();
    });

    afterAll(async () => {
      for (const node of nodes) node.child.kill('SIGKILL');
      await database?.close();
    });

    it('sends each once', { timeout: 120_000 }, async () => {
      const db = database.db;
      // Who sent what: each process names itself to the database.
      await db.execute(sql`
        create table race_scheduled_sends (id uuid not null, sender text not null)`);
      await db.execute(sql`
        create function race_record_scheduled_send() returns trigger language plpgsql as $$
        begin
          insert into race_scheduled_sends values (new.id, current_setting('application_name'));
          return null;
        end $$`);
      await db.execute(sql`
        create trigger race_record_scheduled_send after update of status on scheduled_messages
        for each row when (new.status = 'sent' and old.status <> 'sent')
        execute function race_record_scheduled_send()`);
      // One host, a property, guests with a confirmed stay each and, for half of them, a
      // conversation with a message sent later due now.
      await db.execute(sql`
        with host as (
          insert into users (email, name) values ('race-host@example.com', 'Race Host')
          returning id
        ),
        place as (
          insert into properties (host_id, title, address, timezone)
          select id, 'Race Place', '1 Race Road', 'UTC' from host returning id, host_id
        ),
        automation as (
          insert into automations (host_id, name, message, trigger, offset_minutes)
          select id, 'Race', 'Hello {guest_first_name}', 'booking_confirmed', 0 from host
          returning id, host_id
        ),
        guests as (
          insert into users (email, name)
          select 'race-guest-' || g || '@example.com', 'Guest ' || g
          from generate_series(1, ${RACE_STAYS + RACE_LATER}) g returning id, name
        ),
        numbered as (select id, row_number() over (order by name) as n from guests),
        stays as (
          insert into reservations (property_id, guest_id, check_in, check_out, status)
          select place.id, g.id, date '2030-01-01' + g.n::int * 3, date '2030-01-02' + g.n::int * 3,
                 'confirmed'
          from numbered g, place where g.n <= ${RACE_STAYS}
        ),
        -- (Every data-modifying CTE runs, read or not.)
        threads as (
          insert into conversations (property_id, guest_id, host_id)
          select place.id, g.id, place.host_id from numbered g, place
          where g.n > ${RACE_STAYS}
        )
        select 1`);

      for (const name of ['race-a', 'race-b']) {
        const url = new URL(database.url!);
        url.searchParams.set('application_name', name);
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/reminder-worker.ts'], {
          cwd: serverDir,
          env: { ...process.env, DATABASE_URL: url.toString(), JOBS_CONCURRENCY: '8' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        nodes.push({ child, output: () => output });
      }
      // Both nodes up (their sweep has run and found nothing), then the messages fall due at
      // INSTANTS instants 100 ms apart, each with its send job (which sends all that is due),
      // so the two processes, woken together, meet on the same messages.
      await waitFor(
        () => (nodes.every((n) => n.output().includes('worker ready')) ? true : undefined),
        30_000,
        { everyMs: 50, failure: () => nodes.map((n) => n.output()).join('\n') },
      );
      const start = Date.now() + 500;
      const instant = (n: SQL) =>
        sql`to_timestamp((${start} + (${n} % ${RACE_INSTANTS}) * 100) / 1000.0)`;
      await db.transaction(async (tx) => {
        await tx.execute(sql`
          with stays as (
            insert into scheduled_messages (sender_id, reservation_id, automation_id, scheduled_for)
            select a.host_id, r.id, a.id, ${instant(sql`row_number() over ()`)}
            from reservations r, automations a
          )
          insert into scheduled_messages (sender_id, conversation_id, message, scheduled_for)
          select guest_id, id, 'Sent later', ${instant(sql`row_number() over ()`)}
          from conversations`);
        for (let i = 0; i < RACE_INSTANTS; i++) await queueSendAt(tx, new Date(start + i * 100));
      });
      const left = async () => {
        const [row] = await queryRows<{ n: number }>(
          db,
          sql`select count(*)::int as n from scheduled_messages where status = 'scheduled'`,
        );
        return row!.n === 0 ? true : undefined;
      };
      await waitFor(left, 90_000, {
        everyMs: 100,
        failure: () => `Still scheduled after 90 s\n${nodes.map((n) => n.output()).join('\n')}`,
      });

      const [counts] = await queryRows<{
        sent: number;
        other: number;
        messages: number;
        distinct_sources: number;
        stay_threads: number;
      }>(
        db,
        sql`select
          (select count(*)::int from scheduled_messages where status = 'sent') as sent,
          (select count(*)::int from scheduled_messages where status <> 'sent') as other,
          (select count(*)::int from messages where client_message_id like 'scheduled:%') as messages,
          (select count(distinct client_message_id)::int from messages
             where client_message_id like 'scheduled:%') as distinct_sources,
          (select count(*)::int from conversations where reservation_id is not null) as stay_threads`,
      );
      expect(counts).toEqual({
        sent: RACE_STAYS + RACE_LATER,
        other: 0,
        messages: RACE_STAYS + RACE_LATER,
        distinct_sources: RACE_STAYS + RACE_LATER,
        stay_threads: RACE_STAYS,
      });
      // Once each, and both processes sent some.
      const senders = await queryRows<{ sender: string; sent: number; twice: number }>(
        db,
        sql`select sender, count(*)::int as sent,
              (select count(*)::int from (select id from race_scheduled_sends
                 group by id having count(*) > 1) d) as twice
            from race_scheduled_sends group by sender order by sender`,
      );
      expect(senders.map((s) => s.sender)).toEqual(['race-a', 'race-b']);
      expect(senders.every((s) => s.sent > 0 && s.twice === 0)).toBe(true);
    });
  });
}
