import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProperty, buildReservation, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { queryRows } from '../../platform/db/connect.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

const client = () => api(t.app);

// The API's answers as the tests read them: JSON, checked field by field below.
type Json = any;

/** A host, a guest, a property and a pending reservation of it. */
async function stay(overrides: Record<string, unknown> = {}) {
  const host = await buildUser(t.app, 'Hana Host');
  const guest = await buildUser(t.app, 'Gina Guest');
  const property = await buildProperty(t.app, host);
  const reservation = await buildReservation(t.app, guest, property.id, {
    check_in: '2027-03-12',
    check_out: '2027-03-15',
    ...overrides,
  });
  return { host, guest, property, reservation };
}

async function act(user: TestUser, id: string, action: string) {
  return client().post(`/api/reservations/${id}/${action}/`, {}, user);
}

async function notificationTypes(user: TestUser): Promise<string[]> {
  const res = await client().get('/api/messaging/notifications/', user);
  return res.data.map((n: Json) => n.notification_type);
}

describe('the lifecycle', () => {
  it('confirms, and answers a second confirm as it is; the guest is told', async () => {
    const { host, guest, reservation } = await stay();
    const confirmed = await act(host, reservation.id, 'confirm');
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.data).toMatchObject({ id: reservation.id, status: 'confirmed' });
    const again = await act(host, reservation.id, 'confirm');
    expect(again.statusCode).toBe(200);
    expect(again.data.status).toBe('confirmed');
    expect(await notificationTypes(guest)).toEqual(['booking_confirmed']);
    expect(await notificationTypes(host)).toEqual(['booking_request']);
  });

  it('declines a pending one; the guest is told; it cannot be confirmed after', async () => {
    const { host, guest, reservation } = await stay();
    const declined = await act(host, reservation.id, 'decline');
    expect(declined.statusCode).toBe(200);
    expect(declined.data.status).toBe('declined');
    expect(await notificationTypes(guest)).toEqual(['booking_declined']);
    const confirm = await act(host, reservation.id, 'confirm');
    expect(confirm.statusCode).toBe(409);
    expect(confirm.data.error).toMatchObject({
      code: 'conflict',
      message: 'A declined reservation cannot be confirmed',
    });
  });

  it('lets the guest or the host cancel, tells the other side, and refuses to confirm a cancelled one', async () => {
    const byGuest = await stay();
    const cancelled = await act(byGuest.guest, byGuest.reservation.id, 'cancel');
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.data.status).toBe('cancelled');
    expect(await notificationTypes(byGuest.host)).toEqual(['booking_cancelled', 'booking_request']);
    const confirm = await act(byGuest.host, byGuest.reservation.id, 'confirm');
    expect(confirm.statusCode).toBe(409);
    expect(confirm.data.error.message).toBe('A cancelled reservation cannot be confirmed');
    expect((await act(byGuest.guest, byGuest.reservation.id, 'cancel')).statusCode).toBe(200);

    const byHost = await stay();
    await act(byHost.host, byHost.reservation.id, 'confirm');
    expect((await act(byHost.host, byHost.reservation.id, 'cancel')).data.status).toBe('cancelled');
    const [latest] = (await client().get('/api/messaging/notifications/', byHost.guest)).data;
    expect(latest).toMatchObject({
      notification_type: 'booking_cancelled',
      message: 'Your stay at Seaside Loft, 12 Mar – 15 Mar 2027, was cancelled by the host',
    });
  });

  it('completes a confirmed stay only after its check-out, by its host or the hourly job', async () => {
    const { host, guest, reservation } = await stay();
    expect((await act(host, reservation.id, 'complete')).statusCode).toBe(409);
    await act(host, reservation.id, 'confirm');
    const early = await act(host, reservation.id, 'complete');
    expect(early.statusCode).toBe(409);
    expect(early.data.error.message).toBe('A stay can be completed only after its check-out');
    // Check-out 2027-03-15 11:00 in Lisbon (UTC+0 then) has passed.
    await t.database.db.execute(
      sql`update reservations set check_in = '2026-01-10', check_out = '2026-01-12'
          where id = ${reservation.id}`,
    );
    expect((await act(guest, reservation.id, 'complete')).statusCode).toBe(403);
    const done = await act(host, reservation.id, 'complete');
    expect(done.statusCode).toBe(200);
    expect(done.data.status).toBe('completed');

    const other = await stay();
    await act(other.host, other.reservation.id, 'confirm');
    await t.database.db.execute(
      sql`update reservations set check_in = '2026-02-10', check_out = '2026-02-12'
          where id = ${other.reservation.id}`,
    );
    expect(await t.app.services.reservations.completeEnded()).toBeGreaterThanOrEqual(1);
    const after = await client().get(`/api/reservations/${other.reservation.id}/`, other.guest);
    expect(after.data.status).toBe('completed');
    const cancel = await act(other.guest, other.reservation.id, 'cancel');
    expect(cancel.statusCode).toBe(409);
    expect(cancel.data.error.message).toBe('A completed reservation cannot be cancelled');
  });

  it('keeps the guest from confirming, declining or completing (403), and strangers out (404)', async () => {
    const { guest, reservation } = await stay();
    const stranger = await buildUser(t.app, 'Sam Stranger');
    for (const action of ['confirm', 'decline', 'complete']) {
      const res = await act(guest, reservation.id, action);
      expect(res.statusCode).toBe(403);
      expect(res.data.error.code).toBe('forbidden');
    }
    for (const action of ['confirm', 'decline', 'cancel', 'complete']) {
      expect((await act(stranger, reservation.id, action)).statusCode).toBe(404);
    }
    const patch = await client().call('PATCH', `/api/reservations/${reservation.id}/`, {
      as: stranger,
      body: { guests: 3 },
    });
    expect(patch.statusCode).toBe(404);
  });
});

describe('the stay’s conversation', () => {
  /** A pending stay with its conversation, opened by the guest. */
  async function stayWithThread(overrides: Record<string, unknown> = {}) {
    const parties = await stay(overrides);
    const created = await client().post(
      '/api/messaging/conversations/create/',
      {
        property_id: parties.property.id,
        reservation_id: parties.reservation.id,
        message: 'About our stay',
      },
      parties.guest,
    );
    expect(created.statusCode).toBe(201);
    return { ...parties, conversationId: created.data.id as string };
  }

  const cursorOf = async (user: TestUser) =>
    (await client().get('/api/messaging/sync/', user)).data.cursor as string;

  async function thread(user: TestUser, id: string): Promise<Json> {
    const res = await client().get(`/api/messaging/conversations/${id}/`, user);
    expect(res.statusCode).toBe(200);
    return res.data;
  }

  it('shows a confirmation as a system line on both sides’ devices, live and through sync', async () => {
    const { host, guest, reservation, conversationId } = await stayWithThread();
    const cursors = await Promise.all([guest, host].map(cursorOf));
    const badges = await Promise.all(
      [guest, host].map(async (u) => (await client().get('/api/messaging/unread-count/', u)).data),
    );
    await act(host, reservation.id, 'confirm');

    const line = {
      conversation_id: conversationId,
      seq: 2,
      sender_id: host.id,
      receiver_id: guest.id,
      message: 'Reservation confirmed · 12–15 Mar',
      kind: 'system',
      system: {
        type: 'reservation.confirmed',
        reservation_id: reservation.id,
        check_in: '2027-03-12',
        check_out: '2027-03-15',
      },
      is_read: true,
      is_quick_reply: false,
      client_message_id: null,
    };
    for (const [i, user] of [guest, host].entries()) {
      const synced = await client().get(`/api/messaging/sync/?since=${cursors[i]}`, user);
      const created = synced.data.events.filter((e: Json) => e.type === 'message.created');
      expect(created).toHaveLength(1);
      expect(created[0].message).toMatchObject(line);
      expect(created[0].conversation).toMatchObject({
        id: conversationId,
        reservation: { id: reservation.id, status: 'confirmed' },
        last_message: { id: created[0].message.id, kind: 'system' },
      });
      // Told by its notification, never counted as unread.
      expect(created[0].unread.messages).toBe(badges[i].messages);
    }
    const detail = await thread(guest, conversationId);
    expect(detail.messages.map((m: Json) => [m.seq, m.kind, m.message])).toEqual([
      [1, 'text', 'About our stay'],
      [2, 'system', 'Reservation confirmed · 12–15 Mar'],
    ]);
    expect(detail.messages[0].system).toBeNull();
    expect(await notificationTypes(guest)).toEqual(['booking_confirmed']);

    // The next message takes the next place after it.
    const sent = await client().post(
      '/api/messaging/messages/send/',
      { conversation_id: conversationId, message: 'Thank you!' },
      guest,
    );
    expect(sent.data.seq).toBe(3);
  });

  it('names each change, its dates and who made it; brings the thread back to an archived inbox', async () => {
    const { host, guest, reservation, conversationId } = await stayWithThread();
    const changed = await client().call('PATCH', `/api/reservations/${reservation.id}/`, {
      as: guest,
      body: { check_in: '2027-03-28', check_out: '2027-04-02' },
    });
    expect(changed.statusCode).toBe(200);
    expect(
      (await client().post(`/api/messaging/conversations/${conversationId}/archive/`, {}, host))
        .statusCode,
    ).toBe(200);
    await act(guest, reservation.id, 'cancel');

    const detail = await thread(host, conversationId);
    expect(
      detail.messages.map((m: Json) => [m.sender_id === guest.id ? 'guest' : 'host', m.message]),
    ).toEqual([
      ['guest', 'About our stay'],
      ['guest', 'Reservation changed · 28 Mar – 2 Apr'],
      ['guest', 'Reservation cancelled · 28 Mar – 2 Apr'],
    ]);
    expect(detail.messages[2].system.type).toBe('reservation.cancelled');
    expect(detail.is_archived).toBe(false);
    // Only the side the change was for had its archive undone; the guest's own is kept.
    const guestView = await thread(guest, conversationId);
    expect(guestView.last_message).toMatchObject({ kind: 'system', seq: 3 });
  });

  it('writes the years of a stay across New Year; declined and completed stays say so', async () => {
    const winter = await stayWithThread({ check_in: '2027-12-30', check_out: '2028-01-02' });
    await act(winter.host, winter.reservation.id, 'decline');
    const declined = await thread(winter.guest, winter.conversationId);
    expect(declined.messages.at(-1).message).toBe(
      'Reservation declined · 30 Dec 2027 – 2 Jan 2028',
    );

    // Completed by the hourly job, once its check-out has passed.
    const past = await stayWithThread();
    await act(past.host, past.reservation.id, 'confirm');
    await t.database.db.execute(
      sql`update reservations set check_in = '2026-01-05', check_out = '2026-01-08'
          where id = ${past.reservation.id}`,
    );
    expect(await t.app.services.reservations.completeEnded()).toBeGreaterThanOrEqual(1);
    const completed = await thread(past.guest, past.conversationId);
    expect(completed.messages.slice(-2).map((m: Json) => [m.sender_id, m.message])).toEqual([
      [past.host.id, 'Reservation confirmed · 12–15 Mar'],
      [past.host.id, 'Stay completed · 5–8 Jan'],
    ]);
  });

  it('leaves the guest’s other threads with the host alone', async () => {
    const { host, guest, property, reservation, conversationId } = await stayWithThread();
    const inquiry = await client().post(
      '/api/messaging/conversations/create/',
      { property_id: property.id, message: 'A general question' },
      guest,
    );
    expect(inquiry.statusCode).toBe(201);
    expect(inquiry.data.id).not.toBe(conversationId);
    await act(host, reservation.id, 'confirm');
    const untouched = await thread(guest, inquiry.data.id);
    expect(untouched.messages.map((m: Json) => m.message)).toEqual(['A general question']);
  });
});

describe('overlapping stays', () => {
  it('refuses a second confirmed stay sharing a night, in the database as well as the code', async () => {
    const { host, property, reservation } = await stay();
    const other = await buildUser(t.app, 'Otto Other');
    // A request for the same nights is fine while the first is pending…
    const second = await buildReservation(t.app, other, property.id, {
      check_in: '2027-03-14',
      check_out: '2027-03-16',
    });
    expect((await act(host, reservation.id, 'confirm')).statusCode).toBe(200);
    // …but cannot be confirmed beside it, nor made afresh.
    const confirm = await act(host, second.id, 'confirm');
    expect(confirm.statusCode).toBe(409);
    expect(confirm.data.error.message).toBe(
      'These dates overlap another confirmed stay at this property',
    );
    const fresh = await client().post(
      '/api/reservations/',
      { property_id: property.id, check_in: '2027-03-13', check_out: '2027-03-14' },
      other,
    );
    expect(fresh.statusCode).toBe(409);
    // Back to back is not an overlap: check-out day is the next check-in day.
    const next = await buildReservation(t.app, other, property.id, {
      check_in: '2027-03-15',
      check_out: '2027-03-18',
    });
    expect((await act(host, next.id, 'confirm')).statusCode).toBe(200);
    // The constraint itself, past the service.
    await expect(
      t.database.db.execute(
        sql`update reservations set status = 'confirmed' where id = ${second.id}`,
      ),
    ).rejects.toThrow();
    const [row] = await queryRows<{ status: string }>(
      t.database.db,
      sql`select status from reservations where id = ${second.id}`,
    );
    expect(row!.status).toBe('pending');
  });
});

describe('changing a reservation', () => {
  it('lets the guest change a pending one and the host a confirmed one, not the guest then', async () => {
    const { host, guest, reservation } = await stay({ payment_due_at: '2027-03-01T12:00:00Z' });
    const patch = (user: TestUser, body: unknown) =>
      client().call('PATCH', `/api/reservations/${reservation.id}/`, { as: user, body });
    const moved = await patch(guest, { check_in: '2027-03-13', guests: 3 });
    expect(moved.statusCode).toBe(200);
    expect(moved.data).toMatchObject({
      check_in: '2027-03-13',
      check_out: '2027-03-15',
      guests: 3,
    });
    await act(host, reservation.id, 'confirm');
    const refused = await patch(guest, { guests: 4 });
    expect(refused.statusCode).toBe(403);
    const byHost = await patch(host, { check_out: '2027-03-16', payment_due_at: null });
    expect(byHost.statusCode).toBe(200);
    expect(byHost.data).toMatchObject({ check_out: '2027-03-16', payment_due_at: null });
  });

  it('answers 400 for check_out not after check_in, and 409 after check-in or on overlap', async () => {
    const { host, guest, property, reservation } = await stay();
    const patch = (user: TestUser, id: string, body: unknown) =>
      client().call('PATCH', `/api/reservations/${id}/`, { as: user, body });
    const backwards = await patch(guest, reservation.id, { check_out: '2027-03-12' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.data.error.details).toMatchObject({ field: 'check_out' });
    const both = await patch(guest, reservation.id, {
      check_in: '2027-03-20',
      check_out: '2027-03-19',
    });
    expect(both.statusCode).toBe(400);
    const empty = await patch(guest, reservation.id, {});
    expect(empty.statusCode).toBe(400);
    // A stay's reminders and automations fall up to a year around it, where year 1 has none
    // the database can store: refused by validation, not by the database.
    const ancient = await client().post(
      '/api/reservations/',
      { property_id: property.id, check_in: '0001-01-01', check_out: '2020-01-01' },
      guest,
    );
    expect(ancient.statusCode).toBe(400);
    expect(ancient.data.error.message).toContain('between the years 1900 and 9990');
    const farDue = await patch(guest, reservation.id, { payment_due_at: '9999-12-01T00:00:00Z' });
    expect(farDue.statusCode).toBe(400);

    await act(host, reservation.id, 'confirm');
    const other = await buildUser(t.app, 'Otto Other');
    const later = await buildReservation(t.app, other, property.id, {
      check_in: '2027-03-20',
      check_out: '2027-03-22',
    });
    await act(host, later.id, 'confirm');
    const overlap = await patch(host, later.id, { check_in: '2027-03-14' });
    expect(overlap.statusCode).toBe(409);

    await t.database.db.execute(
      sql`update reservations set check_in = '2026-01-10', check_out = '2027-03-01'
          where id = ${reservation.id}`,
    );
    const started = await patch(host, reservation.id, { guests: 1 });
    expect(started.statusCode).toBe(409);
    expect(started.data.error.message).toBe('A reservation cannot be changed after its check-in');
  });
});
