import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildProperty, buildReservation, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';

let t: TestApp;

beforeAll(async () => {
  // The tests move the clock by months.
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

const details = {
  wifi_name: 'Loft-Guest',
  wifi_password: 'sea-breeze-42',
  door_code: '4711',
  parking_info: 'Space 7 behind the building',
  house_manual_url: 'https://example.com/manual',
  emergency_phone: '+351 912 345 678',
};

const publicDetails = {
  wifi_name: 'Loft-Guest',
  parking_info: 'Space 7 behind the building',
  house_manual_url: 'https://example.com/manual',
  emergency_phone: '+351 912 345 678',
};

/**
 * A Lisbon property with every detail and a guest's reservation of 10–14 June 2027. Lisbon is
 * UTC+1 then: the access window opens at 2027-06-08T23:00Z (24 hours before the 10th starts)
 * and closes at 2027-06-14T23:00Z (when the 14th ends).
 */
async function lisbonStay(options: { confirm?: boolean } = {}) {
  const host = await buildUser(t.app, 'Hana Host');
  const guest = await buildUser(t.app, 'Gina Guest');
  const property = await buildProperty(t.app, host, { ...details, locale: 'pt-pt' });
  const reservation = await buildReservation(t.app, guest, property.id, {
    check_in: '2027-06-10',
    check_out: '2027-06-14',
  });
  if (options.confirm !== false) {
    const confirmed = await client().post(`/api/reservations/${reservation.id}/confirm/`, {}, host);
    expect(confirmed.statusCode).toBe(200);
  }
  return { host, guest, property, reservation };
}

async function seen(as: TestUser, propertyId: string): Promise<Json> {
  const res = await client().get(`/api/properties/${propertyId}/`, as);
  expect(res.statusCode).toBe(200);
  return res.data;
}

async function seenInList(as: TestUser, propertyId: string): Promise<Json> {
  const res = await client().get('/api/properties/?limit=200', as);
  expect(res.statusCode).toBe(200);
  return res.data.find((p: Json) => p.id === propertyId);
}

describe('property details', () => {
  it('creates a property with en-US and no details by default', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const property: Json = await buildProperty(t.app, host);
    expect(property).toMatchObject({
      locale: 'en-US',
      wifi_name: null,
      wifi_password: null,
      door_code: null,
      parking_info: null,
      house_manual_url: null,
      emergency_phone: null,
    });
  });

  it('stores the details trimmed and the locale canonicalised; empty or null clears one', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const property: Json = await buildProperty(t.app, host, {
      ...details,
      door_code: '  4711 ',
      locale: 'pt-pt',
    });
    expect(property).toMatchObject({ ...details, locale: 'pt-PT' });

    const res = await client().call('PATCH', `/api/properties/${property.id}/`, {
      as: host,
      body: { wifi_password: '', parking_info: null, door_code: '   ', locale: 'DE-de' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({
      ...details,
      wifi_password: null,
      parking_info: null,
      door_code: null,
      locale: 'de-DE',
    });
    // Left out: kept.
    const untouched = await client().call('PATCH', `/api/properties/${property.id}/`, {
      as: host,
      body: { title: 'Renamed' },
    });
    expect(untouched.data).toMatchObject({ title: 'Renamed', wifi_name: 'Loft-Guest' });
    expect(await seen(host, property.id)).toMatchObject({ door_code: null, locale: 'de-DE' });
  });

  it('answers bad details with 400 in the error shape, naming each field', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const property = await buildProperty(t.app, host);
    const cases: [Record<string, unknown>, string][] = [
      [{ house_manual_url: 'ftp://example.com/manual' }, 'body.house_manual_url'],
      [{ house_manual_url: 'javascript:alert(1)' }, 'body.house_manual_url'],
      [{ house_manual_url: 'not a url' }, 'body.house_manual_url'],
      [{ emergency_phone: 'call me' }, 'body.emergency_phone'],
      [{ emergency_phone: '12' }, 'body.emergency_phone'],
      [{ locale: 'en_US' }, 'body.locale'],
      [{ locale: '' }, 'body.locale'],
      [{ locale: null }, 'body.locale'],
      [{ wifi_password: 'x'.repeat(201) }, 'body.wifi_password'],
      [{ door_code: 4711 }, 'body.door_code'],
    ];
    for (const [body, field] of cases) {
      const res = await client().call('PATCH', `/api/properties/${property.id}/`, {
        as: host,
        body,
      });
      expect({ body, status: res.statusCode }).toEqual({ body, status: 400 });
      expect(res.data).toEqual({
        error: {
          code: 'validation_failed',
          message: expect.any(String),
          details: expect.any(Array),
        },
      });
      expect(res.data.error.details.map((d: Json) => d.field)).toContain(field);
    }
    const create = await client().post(
      '/api/properties/',
      { title: 'x', address: 'y', locale: 'xx_YY', house_manual_url: 'mailto:a@b.c' },
      host,
    );
    expect(create.statusCode).toBe(400);
    expect(create.data.error.details.map((d: Json) => d.field)).toEqual(
      expect.arrayContaining(['body.locale', 'body.house_manual_url']),
    );
  });

  it('lets only the host change the details: to anyone else it is not there to change', async () => {
    const { guest, property } = await lisbonStay();
    const stranger = await buildUser(t.app, 'Sam Stranger');
    for (const as of [stranger, guest]) {
      const res = await client().call('PATCH', `/api/properties/${property.id}/`, {
        as,
        body: { door_code: '0000' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.data.error.code).toBe('not_found');
    }
    expect((await seen(stranger, property.id)).door_code).toBeNull();
  });
});

describe('who sees the door code and the wifi password', () => {
  it('shows the host everything, always', async () => {
    const { host, property } = await lisbonStay();
    expect(await seen(host, property.id)).toMatchObject({ ...details, locale: 'pt-PT' });
    expect(await seenInList(host, property.id)).toMatchObject(details);
  });

  it('hides them from someone without a stay, and shows the rest', async () => {
    const { property } = await lisbonStay();
    setClock('2027-06-10T12:00:00Z');
    const stranger = await buildUser(t.app, 'Sam Stranger');
    for (const view of [
      await seen(stranger, property.id),
      await seenInList(stranger, property.id),
    ]) {
      expect(view).toMatchObject({ ...publicDetails, wifi_password: null, door_code: null });
    }
  });

  it('shows a confirmed guest them from 24 hours before check-in day until check-out day ends', async () => {
    const { guest, property } = await lisbonStay();
    const at = async (iso: string) => {
      setClock(iso);
      const view = await seen(guest, property.id);
      expect(await seenInList(guest, property.id)).toEqual(view);
      return { at: iso, wifi_password: view.wifi_password, door_code: view.door_code };
    };
    const hidden = { wifi_password: null, door_code: null };
    const shown = { wifi_password: 'sea-breeze-42', door_code: '4711' };
    expect(await at('2027-06-08T22:59:59Z')).toEqual({ at: '2027-06-08T22:59:59Z', ...hidden });
    expect(await at('2027-06-08T23:00:00Z')).toEqual({ at: '2027-06-08T23:00:00Z', ...shown });
    expect(await at('2027-06-12T12:00:00Z')).toEqual({ at: '2027-06-12T12:00:00Z', ...shown });
    expect(await at('2027-06-14T22:59:59Z')).toEqual({ at: '2027-06-14T22:59:59Z', ...shown });
    expect(await at('2027-06-14T23:00:00Z')).toEqual({ at: '2027-06-14T23:00:00Z', ...hidden });
    expect(await seen(guest, property.id)).toMatchObject(publicDetails);
  });

  it('hides them from a guest whose stay is pending, declined or cancelled', async () => {
    const pending = await lisbonStay({ confirm: false });
    const declined = await lisbonStay({ confirm: false });
    const declinedRes = await client().post(
      `/api/reservations/${declined.reservation.id}/decline/`,
      {},
      declined.host,
    );
    expect(declinedRes.statusCode).toBe(200);
    const cancelled = await lisbonStay();
    const cancelledRes = await client().post(
      `/api/reservations/${cancelled.reservation.id}/cancel/`,
      {},
      cancelled.guest,
    );
    expect(cancelledRes.statusCode).toBe(200);
    setClock('2027-06-12T12:00:00Z');
    for (const { guest, property } of [pending, declined, cancelled]) {
      expect(await seen(guest, property.id)).toMatchObject({
        ...publicDetails,
        wifi_password: null,
        door_code: null,
      });
    }
  });

  it("does not let one property's stay open another property's codes", async () => {
    const { host, guest } = await lisbonStay();
    const other: Json = await buildProperty(t.app, host, { title: 'Second place', ...details });
    setClock('2027-06-12T12:00:00Z');
    expect(await seen(guest, other.id)).toMatchObject({ wifi_password: null, door_code: null });
  });
});
