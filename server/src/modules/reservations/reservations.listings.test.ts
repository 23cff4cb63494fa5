import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProperty, buildReservation, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';

// Booking at a nightly rate, and the lists of a host's reservations page and a guest's trips.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const client = () => api(t.app);
type Json = any;

/** A date `days` from today (UTC), as a stay's check-in or check-out. */
const day = (days: number) => DateTime.utc().plus({ days }).toISODate();

async function ids(as: TestUser, query: string): Promise<string[]> {
  const res = await client().get(`/api/reservations/?${query}`, as);
  expect(res.statusCode, res.body).toBe(200);
  return res.data.map((r: Json) => r.id);
}

describe('a booking at a nightly rate', () => {
  it('is priced nights × rate, whatever total_price the client sent', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const property = await buildProperty(t.app, host, { nightly_rate: '89.90', currency: 'EUR' });
    const reservation: Json = await buildReservation(t.app, guest, property.id, {
      check_in: '2027-03-12',
      check_out: '2027-03-15',
      total_price: '1.00',
    });
    expect(reservation).toMatchObject({
      status: 'pending',
      nights: 3,
      total_price: '269.70',
      property: { id: property.id, title: 'Seaside Loft', currency: 'EUR' },
      host: { id: host.id, name: 'Hana Host' },
      conversation_id: null,
    });
  });

  it('keeps the total given when the property has no rate', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const property = await buildProperty(t.app, host);
    const given: Json = await buildReservation(t.app, guest, property.id, { total_price: 480 });
    expect(given.total_price).toBe('480.00');
    const none: Json = await buildReservation(t.app, guest, property.id);
    expect(none.total_price).toBeNull();
  });

  it('refuses a stay too long to price at the rate with a 400, not a 500', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const property = await buildProperty(t.app, host, { nightly_rate: '99999999.99' });
    const res = await client().post(
      '/api/reservations/',
      { property_id: property.id, check_in: '2027-01-01', check_out: '2030-01-01' },
      guest,
    );
    expect(res.statusCode).toBe(400);
    expect(res.data.error.code).toBe('validation_failed');
  });

  it('names the conversation about the stay once the guest opens it', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const property = await buildProperty(t.app, host, { nightly_rate: 100 });
    const reservation = await buildReservation(t.app, guest, property.id);
    const thread = await client().post(
      '/api/messaging/conversations/create/',
      { property_id: property.id, reservation_id: reservation.id },
      guest,
    );
    expect(thread.statusCode).toBe(201);
    for (const as of [guest, host]) {
      const seen = await client().get(`/api/reservations/${reservation.id}/`, as);
      expect(seen.data.conversation_id).toBe(thread.data.id);
    }
  });
});

describe('the list of reservations', () => {
  /**
   * Hana hosts two properties (in UTC, checking in at 15:00 and out at 11:00) with a past,
   * a current and an upcoming stay, and is herself a guest elsewhere.
   */
  async function hostWithStays() {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const elsewhere = await buildUser(t.app, 'Eli Elsewhere');
    const loft = await buildProperty(t.app, host, { title: 'Loft', timezone: 'UTC' });
    const cabin = await buildProperty(t.app, host, { title: 'Cabin', timezone: 'UTC' });
    const away = await buildProperty(t.app, elsewhere, { title: 'Away', timezone: 'UTC' });
    const book = (property: string, from: number, to: number, as = guest) =>
      buildReservation(t.app, as, property, { check_in: day(from), check_out: day(to) });
    const past = await book(loft.id, -10, -5);
    const current = await book(loft.id, -2, 3);
    const upcoming = await book(cabin.id, 10, 15);
    const pending = await book(cabin.id, 20, 22);
    const trip = await book(away.id, 30, 32, host);
    for (const r of [past, current, upcoming]) {
      const res = await client().post(`/api/reservations/${r.id}/confirm/`, {}, host);
      expect(res.statusCode).toBe(200);
    }
    return { host, guest, loft, cabin, past, current, upcoming, pending, trip };
  }

  it('narrows to the role: the stays one hosts, or one’s own trips', async () => {
    const s = await hostWithStays();
    const hosted = [s.pending, s.upcoming, s.current, s.past].map((r) => r.id);
    expect(await ids(s.host, 'role=host')).toEqual(hosted);
    expect(await ids(s.host, 'role=guest')).toEqual([s.trip.id]);
    expect(await ids(s.host, '')).toEqual([s.trip.id, ...hosted]);
    expect(await ids(s.guest, 'role=host')).toEqual([]);
  });

  it('narrows to one status or several, and to a property', async () => {
    const s = await hostWithStays();
    expect(await ids(s.host, 'role=host&status=pending')).toEqual([s.pending.id]);
    expect(await ids(s.host, 'role=host&status=pending,confirmed')).toHaveLength(4);
    expect(await ids(s.host, `role=host&property_id=${s.loft.id}`)).toEqual([
      s.current.id,
      s.past.id,
    ]);
    expect(await ids(s.host, `role=host&property_id=${s.cabin.id}&status=confirmed`)).toEqual([
      s.upcoming.id,
    ]);
  });

  it('narrows to upcoming, current or past stays in the property’s zone', async () => {
    const s = await hostWithStays();
    expect(await ids(s.host, 'role=host&when=upcoming&status=confirmed')).toEqual([s.upcoming.id]);
    expect(await ids(s.host, 'role=host&when=upcoming')).toEqual([s.pending.id, s.upcoming.id]);
    expect(await ids(s.host, 'role=host&when=current')).toEqual([s.current.id]);
    expect(await ids(s.host, 'role=host&when=past')).toEqual([s.past.id]);
    expect(await ids(s.guest, 'when=current')).toEqual([s.current.id]);
  });

  it('pages the narrowed list as before', async () => {
    const s = await hostWithStays();
    const first = await client().get('/api/reservations/?role=host&limit=3', s.host);
    expect(first.data).toHaveLength(3);
    const next = String(first.headers.link).match(/<([^>]+)>/)![1]!;
    expect(next).toContain('role=host');
    const second = await client().get(next, s.host);
    expect(second.data.map((r: Json) => r.id)).toEqual([s.past.id]);
  });

  it('answers 400 for an unknown status, role or when', async () => {
    const s = await hostWithStays();
    for (const query of ['status=booked', 'status=pending,', 'role=owner', 'when=soon']) {
      const res = await client().get(`/api/reservations/?${query}`, s.host);
      expect(res.statusCode, query).toBe(400);
    }
  });
});
