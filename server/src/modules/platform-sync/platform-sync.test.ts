import { createServer, type Server } from 'node:http';
import { sql } from 'drizzle-orm';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { platformApi, buildApiKey } from '../../../test/platform.ts';
import { buildAdmin, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, uniqueEmail, type TestApp } from '../../../test/harness.ts';
import { queryRows } from '../../platform/db/connect.ts';

// The answers as the tests read them: JSON, checked field by field.
type Json = any;

let t: TestApp;
let jwks: Server;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let key: string;
const ISSUER = 'https://platform.example';

beforeAll(async () => {
  // The platform's own token issuer: its tokens sign in as the users it syncs.
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwks = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const { port } = jwks.address() as { port: number };
  t = await createTestApp({
    JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    JWT_ISSUER: ISSUER,
    JWT_AUDIENCE: 'messenger',
  });
  key = (await buildApiKey(t.app)).key;
});

afterAll(async () => {
  await t?.close();
  jwks?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const platform = () => platformApi(t.app, key);

/** A token of the platform's issuer for its user `sub`: what its web pages hand the widget. */
const platformToken = (sub: string) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience('messenger')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);

/** A request as the platform's user `sub`, signed in with the platform's token. */
async function asPlatformUser(sub: string, url: string) {
  return api(t.app).call('GET', url, { as: await platformToken(sub) });
}

let sequence = 0;
/** Ids as a platform makes them, unique to this run. */
const externalId = (kind: string) => `${kind}_${Date.now().toString(36)}_${(sequence += 1)}`;

async function syncUser(id: string, name: string, extra: Record<string, unknown> = {}) {
  const res = await platform().put(`/api/platform/users/${id}`, {
    email: uniqueEmail(name.toLowerCase()),
    name,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

/** A synced host with a synced Lisbon property (check-in 16:00, check-out 11:00). */
async function syncProperty(extra: Record<string, unknown> = {}) {
  const hostId = externalId('host');
  const host = await syncUser(hostId, 'Hana');
  const propertyId = externalId('listing');
  const res = await platform().put(`/api/platform/properties/${propertyId}`, {
    host_external_id: hostId,
    title: 'Alfama Loft',
    address: 'Rua da Saudade 5, Lisbon',
    timezone: 'Europe/Lisbon',
    check_in_time: '16:00',
    check_out_time: '11:00',
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { hostId, host, propertyId, property: res.data };
}

/** A synced guest and property, and the body of a stay there: 10–14 May 2031. */
async function syncWorld() {
  const world = await syncProperty();
  const guestId = externalId('guest');
  const guest = await syncUser(guestId, 'Gina');
  const stay = {
    property_external_id: world.propertyId,
    guest_external_id: guestId,
    check_in: '2031-05-10',
    check_out: '2031-05-14',
    guests: 2,
    status: 'pending',
    payment_due_at: '2031-05-01T12:00:00Z',
  };
  return { ...world, guestId, guest, stay };
}

const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(t.database.db, query))[0]!.n;

describe('API keys on the sync API', () => {
  it('takes only a key with the scope the route names, and marks it used', async () => {
    const limited = await buildApiKey(t.app, ['users:write'], 'Users only');
    const asLimited = platformApi(t.app, limited.key);
    const id = externalId('user');
    const body = { email: uniqueEmail('scoped'), name: 'Sco Ped' };
    expect(
      (
        await queryRows<{ last_used_at: unknown }>(
          t.database.db,
          sql`select last_used_at from api_keys where id = ${limited.id}`,
        )
      )[0]!.last_used_at,
    ).toBeNull();
    expect((await asLimited.put(`/api/platform/users/${id}`, body)).statusCode).toBe(201);
    const used = await queryRows<{ last_used_at: Date | string | null }>(
      t.database.db,
      sql`select last_used_at from api_keys where id = ${limited.id}`,
    );
    expect(used[0]!.last_used_at).not.toBeNull();

    for (const [method, url, scope] of [
      ['PUT', '/api/platform/properties/p1', 'properties:write'],
      ['PUT', '/api/platform/reservations/r1', 'reservations:write'],
      ['DELETE', '/api/platform/reservations/r1', 'reservations:write'],
      ['POST', '/api/platform/messages', 'messages:write'],
    ] as const) {
      const res = await asLimited.call(method, url, method === 'DELETE' ? undefined : {});
      expect({ url, status: res.statusCode, error: res.data.error }).toEqual({
        url,
        status: 403,
        error: { code: 'forbidden', message: `This API key lacks the scope ${scope}` },
      });
    }
  });

  it('refuses a revoked key, a user’s token and no token with 401', async () => {
    const revoked = await buildApiKey(t.app, ['users:write'], 'Soon revoked');
    const user = await buildUser(t.app, 'Uma User');
    const admin = await buildAdmin(t.app);
    const url = `/api/platform/users/${externalId('user')}`;
    const body = { email: uniqueEmail('refused'), name: 'Re Fused' };
    const revoke = await api(t.app).post(`/api/admin/api-keys/${revoked.id}/revoke/`, {}, admin);
    expect(revoke.statusCode).toBe(200);
    // A key never acts as a user, and a user's token (an admin's too) is no key.
    const answers = [
      await platformApi(t.app, revoked.key).put(url, body),
      await api(t.app).call('PUT', url, { as: user, body }),
      await api(t.app).call('PUT', url, { as: admin, body }),
      await api(t.app).call('PUT', url, { body }),
    ];
    expect(answers.map((res) => [res.statusCode, res.data.error.code])).toEqual([
      [401, 'unauthorized'],
      [401, 'unauthorized'],
      [401, 'unauthorized'],
      [401, 'unauthorized'],
    ]);
    expect(answers[0]!.data.error.message).toBe('This API key was revoked');
    expect(await count(sql`select count(*)::int as n from users where email = ${body.email}`)).toBe(
      0,
    );
  });
});

describe('racing requests', () => {
  it('creates each record once when the same upserts arrive together', async () => {
    const { propertyId, stay } = await syncWorld();
    const userId = externalId('user');
    const userBody = { email: uniqueEmail('race'), name: 'Rae Sing' };
    const bookingId = externalId('bkg');
    const together = async (request: () => Promise<{ statusCode: number }>) =>
      (await Promise.all(Array.from({ length: 5 }, request))).map((res) => res.statusCode).sort();

    expect(await together(() => platform().put(`/api/platform/users/${userId}`, userBody))).toEqual(
      [200, 200, 200, 200, 201],
    );
    expect(
      await together(() =>
        platform().put(`/api/platform/reservations/${bookingId}`, { ...stay, status: 'confirmed' }),
      ),
    ).toEqual([200, 200, 200, 200, 201]);
    const note = {
      reservation_external_id: bookingId,
      message: 'Payment received',
      as: 'system',
      idempotency_key: 'paid',
    };
    expect(await together(() => platform().post('/api/platform/messages/', note))).toEqual([
      200, 200, 200, 200, 201,
    ]);
    const [counts] = await queryRows<{ users: number; bookings: number; lines: number }>(
      t.database.db,
      sql`select
            (select count(*)::int from users where external_subject = ${userId}) as users,
            (select count(*)::int from reservations where external_id = ${bookingId}) as bookings,
            (select count(*)::int from messages m join reservations r on r.id = (m.system_event->>'reservation_id')::uuid
              where r.external_id = ${bookingId}) as lines`,
    );
    // One system line: the platform's; the stay was confirmed before its thread was opened.
    expect(counts).toEqual({ users: 1, bookings: 1, lines: 1 });
    expect(
      await count(sql`select count(*)::int as n from properties where external_id = ${propertyId}`),
    ).toBe(1);
  });
});

describe('users', () => {
  it('creates a user once, then updates it in place; fields left out keep their value', async () => {
    const id = externalId('user');
    const email = uniqueEmail('gina');
    const created = await platform().put(`/api/platform/users/${id}/`, {
      email,
      name: 'Gina Guest',
      phone: '+351 912 345 678',
      locale: 'pt-pt',
      time_zone: 'Europe/Lisbon',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toEqual({
      id: expect.any(String),
      external_id: id,
      email,
      name: 'Gina Guest',
      phone: '+351912345678',
      locale: 'pt-PT',
      time_zone: 'Europe/Lisbon',
      created_at: expect.any(String),
    });
    const again = await platform().put(`/api/platform/users/${id}`, {
      email,
      name: 'Gina Guest',
    });
    expect(again.statusCode).toBe(200);
    expect(again.data).toEqual(created.data);
    const renamed = await platform().put(`/api/platform/users/${id}`, {
      email,
      name: 'Gina G.',
      phone: null,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.data).toEqual({ ...created.data, name: 'Gina G.', phone: null });
    expect(
      await count(sql`select count(*)::int as n from users where external_subject = ${id}`),
    ).toBe(1);
  });

  it('links an account with the same email, and refuses an email of another account', async () => {
    const existing = await buildUser(t.app, 'Lina Linked');
    const id = externalId('user');
    const linked = await platform().put(`/api/platform/users/${id}`, {
      email: existing.email.toUpperCase(),
      name: 'Lina Linked',
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.data).toMatchObject({ id: existing.id, external_id: id });

    const other = externalId('user');
    const taken = await platform().put(`/api/platform/users/${other}`, {
      email: existing.email,
      name: 'Not Lina',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.data.error).toEqual({
      code: 'email_taken',
      message: `${existing.email} belongs to another account`,
      details: [{ field: 'body.email', message: 'belongs to another account' }],
    });
    // Nor can a synced user take it by changing their email.
    await syncUser(other, 'Otto');
    const moved = await platform().put(`/api/platform/users/${other}`, {
      email: existing.email,
      name: 'Otto',
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.data.error.code).toBe('email_taken');
  });

  it("signs in the synced user with the platform's token", async () => {
    const id = externalId('user');
    const user = await syncUser(id, 'Toni');
    // No email claim: the platform's subject alone names the synced account.
    const me = await asPlatformUser(id, '/api/auth/me/');
    expect(me.statusCode, me.body).toBe(200);
    expect(me.data).toMatchObject({ id: user.id, email: user.email, name: 'Toni' });
  });

  it('deletes a user as their own deletion does', async () => {
    const id = externalId('user');
    const user = await syncUser(id, 'Dora');
    const token = await platformToken(id);
    expect((await api(t.app).call('GET', '/api/auth/me/', { as: token })).statusCode).toBe(200);
    const deleted = await platform().delete(`/api/platform/users/${id}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(deleted.body).toBe('');
    const [row] = await queryRows<{ name: string; email: string; deleted: boolean }>(
      t.database.db,
      sql`select name, email, deleted_at is not null as deleted from users where id = ${user.id}`,
    );
    expect(row).toEqual({
      name: 'Former user',
      email: `deleted-${user.id}@users.invalid`,
      deleted: true,
    });
    expect((await api(t.app).call('GET', '/api/auth/me/', { as: token })).statusCode).toBe(401);
    const again = await platform().delete(`/api/platform/users/${id}`);
    expect(again.statusCode).toBe(404);
    const unknown = await platform().delete(`/api/platform/users/${externalId('nobody')}`);
    expect(unknown.statusCode).toBe(404);
    const revived = await platform().put(`/api/platform/users/${id}`, {
      email: uniqueEmail('dora'),
      name: 'Dora',
    });
    expect(revived.statusCode).toBe(409);
    expect(revived.data.error.message).toBe(`The account of user "${id}" was deleted`);
  });

  it('refuses to delete a user with an upcoming stay', async () => {
    const { guestId, stay } = await syncWorld();
    const booked = await platform().put(`/api/platform/reservations/${externalId('bkg')}`, stay);
    expect(booked.statusCode, booked.body).toBe(201);
    const res = await platform().delete(`/api/platform/users/${guestId}`);
    expect(res.statusCode).toBe(409);
    expect(res.data.error.details).toEqual({ rule: 'upcoming_stay' });
  });

  it('names the bad field', async () => {
    const res = await platform().put(`/api/platform/users/${externalId('user')}`, {
      email: 'not-an-email',
      name: 'X',
    });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.details).toEqual([{ field: 'body.email', message: expect.any(String) }]);
    const spaced = await platform().put('/api/platform/users/has%20space', {
      email: uniqueEmail('s'),
      name: 'S',
    });
    expect(spaced.statusCode).toBe(400);
    expect(spaced.data.error.details).toEqual([
      { field: 'params.external_id', message: 'must be visible characters without spaces' },
    ]);
  });
});

describe('properties', () => {
  it('refuses a property whose host is not synced yet, naming the call to make first', async () => {
    const host = externalId('host');
    const res = await platform().put(`/api/platform/properties/${externalId('listing')}`, {
      host_external_id: host,
      title: 'Too early',
      address: 'Nowhere 1',
      timezone: 'UTC',
    });
    expect(res.statusCode).toBe(409);
    expect(res.data.error).toEqual({
      code: 'conflict',
      message: `Unknown host_external_id "${host}": PUT /api/platform/users/${host} first`,
      details: [
        {
          field: 'body.host_external_id',
          message: `is not synced yet: PUT /api/platform/users/${host} first`,
        },
      ],
    });
  });

  it('creates as the host, then updates only what changed, recording an event only then', async () => {
    const { host, hostId, propertyId, property } = await syncProperty({
      nightly_rate: 89.5,
      wifi_name: 'Loft',
    });
    expect(property).toMatchObject({
      external_id: propertyId,
      host_id: host.id,
      host: { id: host.id, name: 'Hana' },
      title: 'Alfama Loft',
      timezone: 'Europe/Lisbon',
      check_in_time: '16:00',
      check_out_time: '11:00',
      locale: 'en-US',
      currency: 'USD',
      nightly_rate: '89.50',
      wifi_name: 'Loft',
      door_code: null,
    });
    // The host sees it as theirs, signed in with the platform's token.
    const mine = await asPlatformUser(hostId, '/api/properties/?mine=true');
    expect(mine.data.map((p: Json) => p.id)).toEqual([property.id]);

    const record = vi.spyOn(t.app.services.events, 'record');
    const same = {
      host_external_id: hostId,
      title: 'Alfama Loft',
      address: 'Rua da Saudade 5, Lisbon',
      timezone: 'Europe/Lisbon',
      nightly_rate: '89.50',
      wifi_name: 'Loft',
    };
    const again = await platform().put(`/api/platform/properties/${propertyId}`, same);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.data).toEqual(property);
    expect(record).not.toHaveBeenCalled();

    const changed = await platform().put(`/api/platform/properties/${propertyId}`, {
      ...same,
      title: 'Alfama Loft with a view',
      door_code: '4711',
      wifi_name: '',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.data).toMatchObject({
      id: property.id,
      external_id: propertyId,
      title: 'Alfama Loft with a view',
      door_code: '4711',
      wifi_name: null,
      check_in_time: '16:00',
    });
    expect(record.mock.calls.map((call) => call[1])).toEqual(['property.updated']);
    expect(
      await count(sql`select count(*)::int as n from properties where external_id = ${propertyId}`),
    ).toBe(1);
  });

  it('refuses to move a property to another host', async () => {
    const { propertyId } = await syncProperty();
    const otherHost = externalId('host');
    await syncUser(otherHost, 'Omar');
    const res = await platform().put(`/api/platform/properties/${propertyId}`, {
      host_external_id: otherHost,
      title: 'Alfama Loft',
      address: 'Rua da Saudade 5, Lisbon',
      timezone: 'Europe/Lisbon',
    });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toBe(
      `Property "${propertyId}" has another host; the host of a property cannot change`,
    );
  });
});

describe('reservations', () => {
  const reminders = async (guestId: string, reservationId: string) =>
    (await asPlatformUser(guestId, `/api/reservations/${reservationId}/reminders/`)).data.map(
      (r: Json) => [r.reminder_type, r.offset_minutes, r.scheduled_for, r.status],
    );

  it('refuses a reservation before its guest and property, naming both', async () => {
    const property = externalId('listing');
    const guest = externalId('guest');
    const id = externalId('bkg');
    const res = await platform().put(`/api/platform/reservations/${id}`, {
      property_external_id: property,
      guest_external_id: guest,
      check_in: '2031-05-10',
      check_out: '2031-05-14',
      guests: 1,
      status: 'pending',
    });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toBe(
      `Unknown property_external_id "${property}": PUT /api/platform/properties/${property} first; ` +
        `Unknown guest_external_id "${guest}": PUT /api/platform/users/${guest} first`,
    );
    expect(res.data.error.details.map((d: Json) => d.field)).toEqual([
      'body.property_external_id',
      'body.guest_external_id',
    ]);
    expect(
      await count(sql`select count(*)::int as n from reservations where external_id = ${id}`),
    ).toBe(0);
  });

  it('creates once as the guest; the same request again changes and records nothing', async () => {
    const { host, guest, guestId, stay } = await syncWorld();
    const id = externalId('bkg');
    const created = await platform().put(`/api/platform/reservations/${id}`, stay);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({
      external_id: id,
      guest_id: guest.id,
      host_id: host.id,
      check_in: '2031-05-10',
      check_out: '2031-05-14',
      guests: 2,
      status: 'pending',
      payment_due_at: '2031-05-01T12:00:00.000Z',
      conversation_id: null,
    });
    const record = vi.spyOn(t.app.services.events, 'record');
    const again = await platform().put(`/api/platform/reservations/${id}/`, stay);
    expect(again.statusCode).toBe(200);
    expect(again.data).toEqual(created.data);
    expect(record).not.toHaveBeenCalled();
    expect(
      await count(sql`select count(*)::int as n from reservations where external_id = ${id}`),
    ).toBe(1);
    // The host was told of the booking request, as for one made in the messenger.
    const hostNotes = await asPlatformUser(host.external_id, '/api/messaging/notifications/');
    expect(hostNotes.data.map((n: Json) => [n.notification_type, n.reservation_id])).toEqual([
      ['booking_request', created.data.id],
    ]);
    expect(await reminders(guestId, created.data.id)).toHaveLength(6);
  });

  it('moves the reminders when the dates change', async () => {
    const { guestId, stay } = await syncWorld();
    const id = externalId('bkg');
    const created = await platform().put(`/api/platform/reservations/${id}`, stay);
    expect(created.statusCode).toBe(201);
    // Lisbon is UTC+1 in May: check-in 16:00 is 15:00Z, check-out 11:00 is 10:00Z.
    expect(await reminders(guestId, created.data.id)).toEqual([
      ['payment_due_reminder', 4320, '2031-04-28T12:00:00.000Z', 'scheduled'],
      ['payment_due_reminder', 1440, '2031-04-30T12:00:00.000Z', 'scheduled'],
      ['check_in_reminder', 1440, '2031-05-09T15:00:00.000Z', 'scheduled'],
      ['check_in_reminder', 120, '2031-05-10T13:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 1440, '2031-05-13T10:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 120, '2031-05-14T08:00:00.000Z', 'scheduled'],
    ]);
    const record = vi.spyOn(t.app.services.events, 'record');
    const moved = await platform().put(`/api/platform/reservations/${id}`, {
      ...stay,
      check_in: '2031-05-12',
      check_out: '2031-05-15',
      payment_due_at: null,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.data).toMatchObject({
      id: created.data.id,
      check_in: '2031-05-12',
      check_out: '2031-05-15',
      payment_due_at: null,
      status: 'pending',
    });
    expect(record.mock.calls.map((call) => call[1])).toEqual(['reservation.changed']);
    expect(await reminders(guestId, created.data.id)).toEqual([
      ['payment_due_reminder', 4320, '2031-04-28T12:00:00.000Z', 'cancelled'],
      ['payment_due_reminder', 1440, '2031-04-30T12:00:00.000Z', 'cancelled'],
      ['check_in_reminder', 1440, '2031-05-11T15:00:00.000Z', 'scheduled'],
      ['check_in_reminder', 120, '2031-05-12T13:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 1440, '2031-05-14T10:00:00.000Z', 'scheduled'],
      ['check_out_reminder', 120, '2031-05-15T08:00:00.000Z', 'scheduled'],
    ]);
  });

  it('confirms through the host’s confirm: the guest is told, a stay line is written', async () => {
    const { guestId, stay } = await syncWorld();
    const id = externalId('bkg');
    const created = await platform().put(`/api/platform/reservations/${id}`, stay);
    expect(created.statusCode).toBe(201);
    // The guest opens the stay's conversation in the messenger, as guests do.
    const opened = await api(t.app).call('POST', '/api/messaging/conversations/create/', {
      as: await platformToken(guestId),
      body: {
        property_id: created.data.property_id,
        reservation_id: created.data.id,
        message: 'Can I bring a bike?',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const record = vi.spyOn(t.app.services.events, 'record');
    const confirmed = await platform().put(`/api/platform/reservations/${id}`, {
      ...stay,
      status: 'confirmed',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.data).toMatchObject({ status: 'confirmed', conversation_id: opened.data.id });
    expect(record.mock.calls.map((call) => call[1])).toEqual(['reservation.confirmed']);
    const notes = await asPlatformUser(guestId, '/api/messaging/notifications/');
    expect(notes.data.map((n: Json) => [n.notification_type, n.title, n.message])).toEqual([
      [
        'booking_confirmed',
        'Booking confirmed',
        'Your stay at Alfama Loft is confirmed: 10 May – 14 May 2031',
      ],
    ]);
    const thread = await asPlatformUser(guestId, `/api/messaging/conversations/${opened.data.id}/`);
    expect(thread.data.messages.map((m: Json) => [m.kind, m.message])).toEqual([
      ['text', 'Can I bring a bike?'],
      ['system', 'Reservation confirmed · 10–14 May'],
    ]);
  });

  it('answers an impossible move with the messenger’s own 409, and cancels by DELETE', async () => {
    const { stay } = await syncWorld();
    const id = externalId('bkg');
    const cancelled = await platform().put(`/api/platform/reservations/${id}`, {
      ...stay,
      status: 'cancelled',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(201);
    expect(cancelled.data.status).toBe('cancelled');
    const revived = await platform().put(`/api/platform/reservations/${id}`, {
      ...stay,
      status: 'confirmed',
    });
    expect(revived.statusCode).toBe(409);
    expect(revived.data.error).toEqual({
      code: 'conflict',
      message: 'A cancelled reservation cannot be confirmed',
    });
    const pendingAgain = await platform().put(`/api/platform/reservations/${id}`, stay);
    expect(pendingAgain.statusCode).toBe(409);
    expect(pendingAgain.data.error.message).toBe('A cancelled reservation cannot be pending again');

    const other = externalId('bkg');
    expect((await platform().put(`/api/platform/reservations/${other}`, stay)).statusCode).toBe(
      201,
    );
    const deleted = await platform().delete(`/api/platform/reservations/${other}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.data).toMatchObject({ external_id: other, status: 'cancelled' });
    const record = vi.spyOn(t.app.services.events, 'record');
    expect((await platform().delete(`/api/platform/reservations/${other}`)).data.status).toBe(
      'cancelled',
    );
    expect(record).not.toHaveBeenCalled();
    expect(
      (await platform().delete(`/api/platform/reservations/${externalId('x')}`)).statusCode,
    ).toBe(404);
  });

  it('completes a past stay by way of confirmed, and refuses to complete one not over', async () => {
    const { stay } = await syncWorld();
    const past = externalId('bkg');
    const record = vi.spyOn(t.app.services.events, 'record');
    const completed = await platform().put(`/api/platform/reservations/${past}`, {
      ...stay,
      check_in: '2025-03-01',
      check_out: '2025-03-04',
      payment_due_at: undefined,
      status: 'completed',
    });
    expect(completed.statusCode, completed.body).toBe(201);
    expect(completed.data.status).toBe('completed');
    expect(record.mock.calls.map((call) => call[1])).toEqual([
      'reservation.created',
      'reservation.confirmed',
      'reservation.completed',
    ]);
    const early = externalId('bkg');
    const refused = await platform().put(`/api/platform/reservations/${early}`, {
      ...stay,
      status: 'completed',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.error.message).toBe('A stay can be completed only after its check-out');
    expect(
      await count(sql`select count(*)::int as n from reservations where external_id = ${early}`),
    ).toBe(0);
  });

  it('refuses to move a reservation to another guest', async () => {
    const { stay } = await syncWorld();
    const id = externalId('bkg');
    expect((await platform().put(`/api/platform/reservations/${id}`, stay)).statusCode).toBe(201);
    const otherGuest = externalId('guest');
    await syncUser(otherGuest, 'Olga');
    const res = await platform().put(`/api/platform/reservations/${id}`, {
      ...stay,
      guest_external_id: otherGuest,
    });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toBe(
      `Reservation "${id}" is of another property or guest; a reservation cannot move: cancel it and sync a new one`,
    );
  });
});

describe('messages', () => {
  it('posts as the host and as a system line into the stay’s conversation, once per key', async () => {
    const { host, guestId, stay } = await syncWorld();
    const id = externalId('bkg');
    const booked = await platform().put(`/api/platform/reservations/${id}`, {
      ...stay,
      status: 'confirmed',
    });
    expect(booked.statusCode).toBe(201);
    const guestToken = await platformToken(guestId);
    const since = (await api(t.app).call('GET', '/api/messaging/sync/', { as: guestToken })).data
      .cursor;

    const hello = {
      reservation_external_id: id,
      message: 'Welcome! The key is in the box.',
      as: 'host',
      idempotency_key: `welcome-${id}`,
    };
    const sent = await platform().post('/api/platform/messages/', hello);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.data).toMatchObject({
      sender_id: host.id,
      message: 'Welcome! The key is in the box.',
      kind: 'text',
      is_read: false,
      client_message_id: `welcome-${id}`,
    });
    const resent = await platform().post('/api/platform/messages/', hello);
    expect(resent.statusCode).toBe(200);
    expect(resent.data.id).toBe(sent.data.id);

    const paid = {
      reservation_external_id: id,
      message: 'Payment received',
      as: 'system',
      idempotency_key: `payment-${id}`,
    };
    const line = await platform().post('/api/platform/messages/', paid);
    expect(line.statusCode, line.body).toBe(201);
    expect(line.data).toMatchObject({
      conversation_id: sent.data.conversation_id,
      seq: 2,
      sender_id: host.id,
      message: 'Payment received',
      kind: 'system',
      system: {
        type: 'platform_note.posted',
        reservation_id: booked.data.id,
        check_in: '2031-05-10',
        check_out: '2031-05-14',
      },
      is_read: true,
      client_message_id: `payment-${id}`,
    });
    const again = await platform().post('/api/platform/messages/', paid);
    expect(again.statusCode).toBe(200);
    expect(again.data).toEqual(line.data);

    // The guest sees both in the stay's conversation; only the host's message is unread.
    const thread = await asPlatformUser(
      guestId,
      `/api/messaging/conversations/${sent.data.conversation_id}/`,
    );
    expect(thread.data).toMatchObject({ reservation_id: booked.data.id, unread_count: 1 });
    expect(thread.data.messages.map((m: Json) => [m.seq, m.kind, m.message])).toEqual([
      [1, 'text', 'Welcome! The key is in the box.'],
      [2, 'system', 'Payment received'],
    ]);
    // …and was told of both through the change feed, as of any message.
    const feed = await api(t.app).call('GET', `/api/messaging/sync/?since=${since}`, {
      as: guestToken,
    });
    expect(
      feed.data.events
        .filter((e: Json) => e.type === 'message.created')
        .map((e: Json) => [e.message.id, e.message.kind]),
    ).toEqual([
      [sent.data.id, 'text'],
      [line.data.id, 'system'],
    ]);
    expect(
      await count(
        sql`select count(*)::int as n from messages where conversation_id = ${sent.data.conversation_id}`,
      ),
    ).toBe(2);
    const notes = await asPlatformUser(guestId, '/api/messaging/notifications/');
    expect(notes.data.filter((n: Json) => n.notification_type === 'new_message')).toHaveLength(1);
  });

  it('refuses a message for a reservation not synced yet', async () => {
    const missing = externalId('bkg');
    const res = await platform().post('/api/platform/messages/', {
      reservation_external_id: missing,
      message: 'Hello',
      as: 'host',
      idempotency_key: 'k1',
    });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toBe(
      `Unknown reservation_external_id "${missing}": PUT /api/platform/reservations/${missing} first`,
    );
  });
});
