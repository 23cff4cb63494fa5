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
import { queryRows } from '../../platform/db/connect.ts';

let t: TestApp;
let admin: TestUser;

// The API's answers as the tests read them: JSON, checked field by field below.
type Json = any;

const client = () => api(t.app);
const db = () => t.database.db;

interface Listed {
  items: Json[];
  total: number;
  next?: string;
}

/** GET a list as the admin, expecting 200; with its total and the next page's URL. */
async function list(url: string): Promise<Listed> {
  const res = await client().get(url, admin);
  expect(res.statusCode, res.body).toBe(200);
  const link = res.headers.link as string | undefined;
  return {
    items: res.data,
    total: Number(res.headers['x-total-count']),
    next: link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : undefined,
  };
}

const ids = (items: Json[]) => items.map((i) => i.id);
const idsOf = async (url: string) => ids((await list(url)).items);

/** Every page of a list, following `Link` from `url`: the pages' rows in order, and the totals. */
async function allPages(url: string) {
  const rows: Json[] = [];
  const totals: number[] = [];
  let pages = 0;
  for (let next: string | undefined = url; next;) {
    const page = await list(next);
    rows.push(...page.items);
    totals.push(page.total);
    pages += 1;
    next = page.next;
  }
  return { rows, totals, pages };
}

/**
 * Checks a list's sort both ways: ascending is ordered by `key` then id, and descending is
 * exactly its reverse (the id breaks ties the same way round).
 */
async function expectSortedBothWays(
  base: string,
  sort: string,
  key: (row: Json) => string | number,
) {
  const sep = base.includes('?') ? '&' : '?';
  const asc = (await list(`${base}${sep}sort=${sort}&limit=200`)).items;
  const desc = (await list(`${base}${sep}sort=-${sort}&limit=200`)).items;
  expect(asc.length).toBeGreaterThan(1);
  for (let i = 1; i < asc.length; i++) {
    const [a, b] = [key(asc[i - 1]), key(asc[i])];
    expect(a <= b, `${sort}: ${String(a)} before ${String(b)}`).toBe(true);
    if (a === b) expect(asc[i - 1].id < asc[i].id).toBe(true);
  }
  expect(ids(desc)).toEqual(ids(asc).reverse());
}

async function post(url: string, body: unknown, as: TestUser) {
  const res = await client().post(url, body, as);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.data;
}

/** Sends a text message as `as`. */
const say = (as: TestUser, conversationId: string, message: string) =>
  post('/api/messaging/messages/send/', { conversation_id: conversationId, message }, as);

const openConversation = (as: TestUser, body: Record<string, unknown>) =>
  post('/api/messaging/conversations/create/', body, as);

/**
 * Two hosts, two guests, three properties (one with `%` and `_` in its text), three stays,
 * three conversations, quick replies and automations.
 */
const w = {} as {
  hana: TestUser;
  omar: TestUser;
  gina: TestUser;
  zoe: TestUser;
  alfama: Json;
  beach: Json;
  canal: Json;
  rGina: Json;
  rZoe: Json;
  rCanal: Json;
  cGinaAlfama: Json;
  cZoeAlfama: Json;
  cGinaCanal: Json;
  zebra: Json;
  lateCheckout: Json;
  welcome: Json;
  wifi: Json;
  thanks: Json;
  sentLater: Json;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await buildAdmin(t.app);
  w.hana = await buildUser(t.app, 'Hana Host');
  w.omar = await buildUser(t.app, 'Omar Owner');
  w.gina = await buildUser(t.app, 'Gina Guest');
  w.zoe = await buildUser(t.app, 'Zoe Zed');
  w.alfama = await buildProperty(t.app, w.hana, {
    title: 'Alfama Loft',
    address: 'Rua da Saudade 5, Lisbon',
    timezone: 'Europe/Lisbon',
    check_in_time: '16:00',
    check_out_time: '11:00',
    door_code: '4711',
  });
  w.beach = await buildProperty(t.app, w.hana, {
    title: 'Beach 100% House',
    address: 'Praia_Sul 7, Faro',
    timezone: 'Europe/Lisbon',
  });
  w.canal = await buildProperty(t.app, w.omar, {
    title: 'Canal Flat',
    address: 'Prinsengracht 1, Amsterdam',
    timezone: 'Europe/Amsterdam',
  });
  w.rGina = await buildReservation(t.app, w.gina, w.alfama.id, {
    check_in: '2027-05-10',
    check_out: '2027-05-14',
    payment_due_at: '2027-05-01T12:00:00Z',
  });
  w.rZoe = await buildReservation(t.app, w.zoe, w.alfama.id, {
    check_in: '2027-06-01',
    check_out: '2027-06-05',
  });
  w.rCanal = await buildReservation(t.app, w.gina, w.canal.id, {
    check_in: '2027-07-01',
    check_out: '2027-07-03',
  });
  await post(`/api/reservations/${w.rGina.id}/confirm/`, {}, w.hana);

  w.zebra = await post(
    '/api/messaging/quick-replies/create/',
    { title: 'Zebra codes', message: 'The door code is {door_code}, zebra gate' },
    w.hana,
  );
  w.lateCheckout = await post(
    '/api/messaging/quick-replies/create/',
    {
      title: 'Late checkout',
      message: 'Until 1pm for a 50% fee',
      category: 'check_out_instructions',
      property_id: w.canal.id,
    },
    w.omar,
  );
  w.welcome = await post(
    '/api/messaging/automations/',
    {
      name: 'Welcome note',
      message: 'See you soon, {guest_first_name}!',
      trigger: 'before_check_in',
      offset_minutes: 1440,
    },
    w.hana,
  );
  w.wifi = await post(
    '/api/messaging/automations/',
    {
      name: 'Arrival codes',
      quick_reply_id: w.zebra.id,
      trigger: 'after_check_in',
      offset_minutes: 60,
      property_id: w.alfama.id,
    },
    w.hana,
  );
  w.thanks = await post(
    '/api/messaging/automations/',
    {
      name: 'Thanks',
      message: 'Thank you for staying!',
      trigger: 'after_check_out',
      offset_minutes: 120,
    },
    w.omar,
  );

  w.cGinaAlfama = await openConversation(w.gina, {
    property_id: w.alfama.id,
    reservation_id: w.rGina.id,
    message: 'Hello about May',
  });
  w.cZoeAlfama = await openConversation(w.zoe, {
    property_id: w.alfama.id,
    message: 'Is parking included?',
  });
  w.cGinaCanal = await openConversation(w.gina, { property_id: w.canal.id, message: 'Hi Omar' });
  await say(w.hana, w.cGinaAlfama.id, 'Welcome!');
  await say(w.gina, w.cGinaAlfama.id, 'Thanks, one more question');
  await post(
    '/api/messaging/messages/send/',
    { conversation_id: w.cGinaAlfama.id, quick_reply_id: w.zebra.id },
    w.hana,
  );
  await say(w.omar, w.cGinaCanal.id, 'Hello Gina');
  w.sentLater = await post(
    '/api/messaging/messages/send/',
    {
      conversation_id: w.cGinaAlfama.id,
      message: 'Reminder to myself: bring the charger',
      send_at: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    },
    w.gina,
  );
});

afterAll(async () => {
  await t?.close();
});

describe('admins only', () => {
  it('answers 403 to anyone else on every content route, before reading the request', async () => {
    const id = w.cGinaAlfama.id;
    const attempts = [
      ['GET', '/api/admin/properties/'],
      ['GET', `/api/admin/properties/${w.alfama.id}/`],
      ['GET', '/api/admin/reservations/'],
      ['GET', `/api/admin/reservations/${w.rGina.id}/`],
      ['GET', '/api/admin/conversations/'],
      ['POST', `/api/admin/conversations/${id}/view/`],
      ['GET', '/api/admin/quick-replies/'],
      ['GET', '/api/admin/automations/'],
    ] as const;
    for (const [method, url] of attempts) {
      const res = await client().call(method, url, {
        as: w.hana,
        ...(method === 'POST' ? { body: { reason: 'curious' } } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.data.error.code).toBe('forbidden');
    }
    const anonymous = await client().get('/api/admin/properties/');
    expect(anonymous.statusCode).toBe(401);
    expect(await auditRowsFor(id)).toHaveLength(0);
  });
});

describe('properties', () => {
  it('lists every property with its host and counts', async () => {
    const { items, total, next } = await list('/api/admin/properties/');
    expect(total).toBe(3);
    expect(next).toBeUndefined();
    // Newest first by default.
    expect(ids(items)).toEqual([w.canal.id, w.beach.id, w.alfama.id]);
    expect(items[2]).toEqual({
      id: w.alfama.id,
      title: 'Alfama Loft',
      address: 'Rua da Saudade 5, Lisbon',
      timezone: 'Europe/Lisbon',
      host: { id: w.hana.id, name: 'Hana Host', email: w.hana.email },
      reservations: 2,
      conversations: 2,
      created_at: expect.any(String),
    });
    expect(items[1]).toMatchObject({ reservations: 0, conversations: 0 });
  });

  it('finds by title, address and host name, every word somewhere, % and _ as written', async () => {
    const find = (q: string) => idsOf(`/api/admin/properties/?q=${encodeURIComponent(q)}`);
    expect(await find('alfama')).toEqual([w.alfama.id]);
    expect(await find('LISBON')).toEqual([w.alfama.id]);
    expect(await find('hana')).toEqual([w.beach.id, w.alfama.id]);
    expect(await find('omar amsterdam')).toEqual([w.canal.id]);
    expect(await find('hana amsterdam')).toEqual([]);
    expect(await find('%')).toEqual([w.beach.id]);
    expect(await find('100%')).toEqual([w.beach.id]);
    expect(await find('_')).toEqual([w.beach.id]);
    expect(await find('praia_s')).toEqual([w.beach.id]);
    expect(await find('  canal  ')).toEqual([w.canal.id]);
    expect(await find('')).toHaveLength(3);
  });

  it('takes odd text in q without failing', async () => {
    for (const q of [
      'São Tomé 🏠',
      '\\',
      "'; drop table properties; --",
      '%_%',
      'x'.repeat(200),
      '日本',
    ]) {
      const res = await client().get(`/api/admin/properties/?q=${encodeURIComponent(q)}`, admin);
      expect(res.statusCode, q).toBe(200);
      expect(res.data).toEqual([]);
      expect(res.headers['x-total-count']).toBe('0');
    }
    const tooLong = await client().get(`/api/admin/properties/?q=${'x'.repeat(201)}`, admin);
    expect(tooLong.statusCode).toBe(400);
  });

  it('filters by host', async () => {
    expect(await idsOf(`/api/admin/properties/?host_id=${w.omar.id}`)).toEqual([w.canal.id]);
    expect(await idsOf(`/api/admin/properties/?host_id=${randomUUID()}`)).toEqual([]);
    const bad = await client().get('/api/admin/properties/?host_id=nope', admin);
    expect(bad.statusCode).toBe(400);
  });

  it('sorts by each key both ways', async () => {
    const base = '/api/admin/properties/';
    await expectSortedBothWays(base, 'created_at', (p) => p.created_at);
    await expectSortedBothWays(base, 'title', (p) => p.title.toLowerCase());
    await expectSortedBothWays(base, 'host_name', (p) => p.host.name.toLowerCase());
    await expectSortedBothWays(base, 'reservations', (p) => p.reservations);
    expect(await idsOf(`${base}?sort=title`)).toEqual([w.alfama.id, w.beach.id, w.canal.id]);
    expect((await list(`${base}?sort=-reservations`)).items[0].id).toBe(w.alfama.id);
    const bad = await client().get(`${base}?sort=address`, admin);
    expect(bad.statusCode).toBe(400);
  });

  it('pages with a total and a Link to the next page', async () => {
    const first = await list('/api/admin/properties/?sort=title&limit=2');
    expect(ids(first.items)).toEqual([w.alfama.id, w.beach.id]);
    expect(first.total).toBe(3);
    expect(first.next).toMatch(/^\/api\/admin\/properties\/\?sort=title&limit=2&cursor=/);
    const second = await list(first.next!);
    expect(ids(second.items)).toEqual([w.canal.id]);
    expect(second.total).toBe(3);
    expect(second.next).toBeUndefined();
    const bad = await client().get('/api/admin/properties/?cursor=garbage', admin);
    expect(bad.statusCode).toBe(400);
  });

  it('opens one with its latest stays and conversations; 404 for an unknown one', async () => {
    const res = await client().get(`/api/admin/properties/${w.alfama.id}/`, admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.property).toMatchObject({ id: w.alfama.id, reservations: 2, conversations: 2 });
    // Latest check-in first.
    expect(ids(res.data.reservations)).toEqual([w.rZoe.id, w.rGina.id]);
    expect(res.data.reservations[1]).toEqual({
      id: w.rGina.id,
      status: 'confirmed',
      check_in: '2027-05-10',
      check_out: '2027-05-14',
      guests: 2,
      property: { id: w.alfama.id, title: 'Alfama Loft', timezone: 'Europe/Lisbon' },
      guest: { id: w.gina.id, name: 'Gina Guest', email: w.gina.email },
      host: { id: w.hana.id, name: 'Hana Host', email: w.hana.email },
      payment_due_at: '2027-05-01T12:00:00.000Z',
      created_at: expect.any(String),
    });
    // Latest activity first: Gina's thread had the last message.
    expect(ids(res.data.conversations)).toEqual([w.cGinaAlfama.id, w.cZoeAlfama.id]);

    const empty = await client().get(`/api/admin/properties/${w.beach.id}/`, admin);
    expect(empty.data).toMatchObject({ reservations: [], conversations: [] });

    const missing = await client().get(`/api/admin/properties/${randomUUID()}/`, admin);
    expect(missing.statusCode).toBe(404);
    expect(missing.data.error.code).toBe('not_found');
    expect((await client().get('/api/admin/properties/not-an-id/', admin)).statusCode).toBe(400);
  });
});

describe('reservations', () => {
  it('lists, finds by property title, guest name or email, and filters', async () => {
    const all = await list('/api/admin/reservations/');
    expect(all.total).toBe(3);
    // Latest check-in first by default.
    expect(ids(all.items)).toEqual([w.rCanal.id, w.rZoe.id, w.rGina.id]);
    const find = (query: string) => idsOf(`/api/admin/reservations/?${query}`);
    expect(await find('q=gina')).toEqual([w.rCanal.id, w.rGina.id]);
    expect(await find(`q=${encodeURIComponent(w.zoe.email)}`)).toEqual([w.rZoe.id]);
    expect(await find('q=canal')).toEqual([w.rCanal.id]);
    expect(await find('q=gina%20alfama')).toEqual([w.rGina.id]);
    expect(await find('q=100%25')).toEqual([]);
    expect(await find('status=confirmed')).toEqual([w.rGina.id]);
    expect(await find('status=pending')).toEqual([w.rCanal.id, w.rZoe.id]);
    expect(await find(`property_id=${w.alfama.id}`)).toEqual([w.rZoe.id, w.rGina.id]);
    expect(await find(`property_id=${w.alfama.id}&status=pending&q=zoe`)).toEqual([w.rZoe.id]);
    expect((await client().get('/api/admin/reservations/?status=lost', admin)).statusCode).toBe(
      400,
    );
  });

  it('sorts by each key both ways and pages', async () => {
    const base = '/api/admin/reservations/';
    await expectSortedBothWays(base, 'check_in', (r) => r.check_in);
    await expectSortedBothWays(base, 'created_at', (r) => r.created_at);
    await expectSortedBothWays(base, 'status', (r) => r.status);
    const paged = await allPages(`${base}?sort=check_in&limit=1`);
    expect(paged.pages).toBe(3);
    expect(paged.totals).toEqual([3, 3, 3]);
    expect(ids(paged.rows)).toEqual([w.rGina.id, w.rZoe.id, w.rCanal.id]);
  });

  it('opens one with its conversations, reminders in the property’s zone and every scheduled message', async () => {
    const res = await client().get(`/api/admin/reservations/${w.rGina.id}/`, admin);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.data;
    expect(detail.reservation).toMatchObject({ id: w.rGina.id, status: 'confirmed' });
    expect(ids(detail.conversations)).toEqual([w.cGinaAlfama.id]);

    expect(detail.reminders.map((r: Json) => [r.reminder_type, r.offset_minutes])).toEqual([
      ['payment_due_reminder', 4320],
      ['payment_due_reminder', 1440],
      ['check_in_reminder', 1440],
      ['check_in_reminder', 120],
      ['check_out_reminder', 1440],
      ['check_out_reminder', 120],
    ]);
    // Check-in at 16:00 in Lisbon (UTC+1 in May) is 15:00Z; two hours before is 13:00Z.
    expect(detail.reminders[3]).toEqual({
      id: expect.any(String),
      reminder_type: 'check_in_reminder',
      offset_minutes: 120,
      status: 'scheduled',
      scheduled_for: '2027-05-10T13:00:00.000Z',
      scheduled_for_local: '2027-05-10T14:00:00.000+01:00',
      sent_at: null,
      sent_at_local: null,
      timezone: 'Europe/Lisbon',
      reservation: {
        id: w.rGina.id,
        status: 'confirmed',
        check_in: '2027-05-10',
        check_out: '2027-05-14',
      },
      property: { id: w.alfama.id, title: 'Alfama Loft' },
      guest: { id: w.gina.id, name: 'Gina Guest', email: w.gina.email },
    });
    // What the guest and host see of the reminders, the console sees too.
    const own = await client().get(`/api/reservations/${w.rGina.id}/reminders/`, w.gina);
    expect(ids(detail.reminders)).toEqual(ids(own.data));

    // The host's automations and the guest's message sent later, in one timeline.
    const hostView = await client().get(
      `/api/reservations/${w.rGina.id}/scheduled-messages/`,
      w.hana,
    );
    expect(hostView.statusCode).toBe(200);
    expect(hostView.data).toHaveLength(2);
    expect(detail.scheduled_messages).toEqual(
      [...hostView.data, w.sentLater].sort((a, b) =>
        a.scheduled_for.localeCompare(b.scheduled_for),
      ),
    );
    expect(detail.scheduled_messages.map((m: Json) => m.automation?.name ?? null)).toEqual([
      null,
      'Welcome note',
      'Arrival codes',
    ]);
    expect(detail.scheduled_messages[1]).toMatchObject({
      scheduled_for: '2027-05-09T15:00:00.000Z',
      scheduled_for_local: '2027-05-09T16:00:00.000+01:00',
      status: 'scheduled',
      message: 'See you soon, Gina!',
    });
  });

  it('shows a stay without reminders, threads or messages as empty; 404 for an unknown one', async () => {
    const res = await client().get(`/api/admin/reservations/${w.rCanal.id}/`, admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.conversations).toEqual([]);
    expect(res.data.scheduled_messages).toEqual([]);
    expect(res.data.reminders.length).toBeGreaterThan(0);
    expect(res.data.reminders[0].timezone).toBe('Europe/Amsterdam');

    const missing = await client().get(`/api/admin/reservations/${randomUUID()}/`, admin);
    expect(missing.statusCode).toBe(404);
    expect(missing.data.error.code).toBe('not_found');
  });
});

describe('conversations', () => {
  it('lists who and when, never what was said', async () => {
    const { items, total } = await list('/api/admin/conversations/');
    expect(total).toBeGreaterThanOrEqual(3);
    const gina = items.find((c) => c.id === w.cGinaAlfama.id);
    expect(gina).toEqual({
      id: w.cGinaAlfama.id,
      property: { id: w.alfama.id, title: 'Alfama Loft' },
      guest: { id: w.gina.id, name: 'Gina Guest', email: w.gina.email },
      host: { id: w.hana.id, name: 'Hana Host', email: w.hana.email },
      reservation_id: w.rGina.id,
      messages: expect.any(Number),
      last_message_at: expect.any(String),
      created_at: expect.any(String),
    });
    expect(gina.messages).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(items)).not.toContain('Hello about May');
  });

  it('finds by participant name or email and property title, and filters', async () => {
    const find = (query: string) => idsOf(`/api/admin/conversations/?sort=created_at&${query}`);
    expect(await find('q=zoe')).toEqual([w.cZoeAlfama.id]);
    expect(await find(`q=${encodeURIComponent(w.zoe.email)}`)).toEqual([w.cZoeAlfama.id]);
    expect(await find('q=omar')).toEqual([w.cGinaCanal.id]);
    expect(await find('q=canal')).toEqual([w.cGinaCanal.id]);
    expect(await find('q=gina')).toEqual([w.cGinaAlfama.id, w.cGinaCanal.id]);
    expect(await find('q=gina%20loft')).toEqual([w.cGinaAlfama.id]);
    // What was said is not searched.
    expect(await find('q=parking')).toEqual([]);
    expect(await find('q=%25')).toEqual([]);
    expect(await find(`user_id=${w.gina.id}`)).toEqual([w.cGinaAlfama.id, w.cGinaCanal.id]);
    expect(await find(`user_id=${w.hana.id}`)).toEqual([w.cGinaAlfama.id, w.cZoeAlfama.id]);
    expect(await find(`property_id=${w.canal.id}`)).toEqual([w.cGinaCanal.id]);
    expect(await find(`reservation_id=${w.rGina.id}`)).toEqual([w.cGinaAlfama.id]);
    expect(await find(`user_id=${w.hana.id}&q=zoe`)).toEqual([w.cZoeAlfama.id]);
    expect(await find(`user_id=${randomUUID()}`)).toEqual([]);
  });

  it('sorts by each key both ways and pages through every row once', async () => {
    const base = `/api/admin/conversations/?user_id=${w.gina.id}`;
    await expectSortedBothWays(base, 'created_at', (c) => c.created_at);
    await expectSortedBothWays(base, 'last_message_at', (c) => c.last_message_at);
    await expectSortedBothWays(base, 'messages', (c) => c.messages);
    const byCount = await list(`/api/admin/conversations/?sort=-messages&user_id=${w.gina.id}`);
    expect(ids(byCount.items)).toEqual([w.cGinaAlfama.id, w.cGinaCanal.id]);

    const whole = await list('/api/admin/conversations/?sort=created_at&limit=200');
    const paged = await allPages('/api/admin/conversations/?sort=created_at&limit=2');
    expect(ids(paged.rows)).toEqual(ids(whole.items));
    expect(new Set(paged.totals)).toEqual(new Set([whole.total]));
    expect(paged.pages).toBe(Math.ceil(whole.total / 2));
  });

  it('keeps the order of conversations without messages, last either way', async () => {
    // A thread opened without a message (as a stay's thread can be) has no last message.
    const quiet = await openConversation(w.zoe, { property_id: w.canal.id });
    const base = `/api/admin/conversations/?user_id=${w.zoe.id}`;
    const asc = await idsOf(`${base}&sort=last_message_at`);
    const desc = await idsOf(`${base}&sort=-last_message_at`);
    expect(asc).toEqual([w.cZoeAlfama.id, quiet.id]);
    expect(desc).toEqual([w.cZoeAlfama.id, quiet.id]);
    const row = (await list(`${base}&property_id=${w.canal.id}`)).items[0];
    expect(row).toMatchObject({ id: quiet.id, messages: 0, last_message_at: null });
  });
});

async function auditRowsFor(targetId: string) {
  return queryRows<Json>(
    db(),
    sql`select * from audit_log where target_id = ${targetId} order by created_at, id`,
  );
}

/** What a participant's state is: badges, sync feed, unread flags. */
async function participantState(conversationId: string, users: TestUser[]) {
  const counts = await Promise.all(
    users.map(async (u) => (await client().get('/api/messaging/unread-count/', u)).data),
  );
  const thread = await queryRows<Json>(
    db(),
    sql`select guest_unread_count, host_unread_count, updated_at from conversations
        where id = ${conversationId}`,
  );
  const unread = await queryRows<Json>(
    db(),
    sql`select id, is_read, read_at from messages where conversation_id = ${conversationId}
        order by seq`,
  );
  const feed = await queryRows<Json>(
    db(),
    sql`select user_id, count(*)::int as n from change_events
        where user_id = any(${sql.param(users.map((u) => u.id))}::uuid[]) group by user_id
        order by user_id`,
  );
  const counters = await queryRows<Json>(
    db(),
    sql`select * from user_counters where user_id = any(${sql.param(users.map((u) => u.id))}::uuid[])
        order by user_id`,
  );
  return { counts, thread, unread, feed, counters };
}

describe('support view', () => {
  const view = (id: string, body: unknown, as: TestUser = admin) =>
    client().post(`/api/admin/conversations/${id}/view/`, body, as);

  it('shows the messages oldest first and writes one audit entry, changing nothing for the participants', async () => {
    const id = w.cGinaAlfama.id;
    const before = await participantState(id, [w.gina, w.hana]);
    expect(before.unread.some((m: Json) => !m.is_read)).toBe(true);

    const res = await view(id, { reason: '  Guest reported a rude message  ' });
    expect(res.statusCode, res.body).toBe(200);
    const shown = res.data;
    expect(shown.conversation).toMatchObject({ id, reservation_id: w.rGina.id });
    expect(shown.truncated).toBe(false);
    expect(shown.messages).toHaveLength(shown.conversation.messages);
    const seqs = shown.messages.map((m: Json) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const texts = shown.messages.filter((m: Json) => m.kind === 'text');
    expect(texts.map((m: Json) => m.message).slice(0, 3)).toEqual([
      'Hello about May',
      'Welcome!',
      'Thanks, one more question',
    ]);
    expect(texts[3].message).toContain('zebra gate');
    expect(texts[0]).toEqual({
      id: expect.any(String),
      seq: expect.any(Number),
      sender: { id: w.gina.id, name: 'Gina Guest' },
      kind: 'text',
      system: null,
      message: 'Hello about May',
      attachments: [],
      is_read: expect.any(Boolean),
      screening: null,
      edited_at: null,
      unsent_at: null,
      revisions: [],
      created_at: expect.any(String),
    });
    expect(texts[1].sender).toEqual({ id: w.hana.id, name: 'Hana Host' });

    const entries = await auditRowsFor(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: shown.audit_id,
      actor_id: admin.id,
      actor_name: 'Ada Admin',
      actor_email: admin.email,
      action: 'conversation.viewed',
      target_type: 'conversation',
      target_id: id,
      reason: 'Guest reported a rude message',
      details: {
        messages_shown: shown.messages.length,
        first_seq: seqs[0],
        last_seq: seqs.at(-1),
        truncated: false,
      },
    });

    // Nothing marked read, no badge, feed or counter moved.
    expect(await participantState(id, [w.gina, w.hana])).toEqual(before);

    // Each view is its own entry.
    expect((await view(id, { reason: 'Follow-up' })).statusCode).toBe(200);
    expect((await auditRowsFor(id)).map((e: Json) => e.reason)).toEqual([
      'Guest reported a rude message',
      'Follow-up',
    ]);
  });

  it('refuses a missing, blank or too long reason, and writes nothing', async () => {
    const id = w.cZoeAlfama.id;
    for (const body of [
      {},
      { reason: '' },
      { reason: '   ' },
      { reason: 'x'.repeat(501) },
      { reason: 5 },
    ]) {
      const res = await view(id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.data.error.code).toBe('validation_failed');
    }
    const noBody = await client().call('POST', `/api/admin/conversations/${id}/view/`, {
      as: admin,
    });
    expect(noBody.statusCode).toBe(400);
    expect(await auditRowsFor(id)).toHaveLength(0);
  });

  it('answers 404 for an unknown conversation and writes nothing', async () => {
    const missing = randomUUID();
    const res = await view(missing, { reason: 'Checking' });
    expect(res.statusCode).toBe(404);
    expect(res.data.error.code).toBe('not_found');
    expect(await auditRowsFor(missing)).toHaveLength(0);
    expect((await view('not-an-id', { reason: 'Checking' })).statusCode).toBe(400);
  });

  it('shows only the latest 500 of a long conversation and says so', async () => {
    const { conversation, guest, host } = await buildConversation(t.app, 'First of many');
    // 509 more, written straight to the table: the view reads, it does not care how they came.
    await db().execute(sql`
      insert into messages (conversation_id, seq, sender_id, receiver_id, message, created_at)
      select ${conversation.id}, s, ${guest.id}, ${host.id}, 'Message ' || s,
             now() + make_interval(secs => s)
      from generate_series(2, 510) as s`);
    await db().execute(sql`update conversations set last_seq = 510 where id = ${conversation.id}`);
    const res = await view(conversation.id, { reason: 'Long thread' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.truncated).toBe(true);
    expect(res.data.messages).toHaveLength(500);
    expect(res.data.messages[0]).toMatchObject({ seq: 11, message: 'Message 11' });
    expect(res.data.messages.at(-1)).toMatchObject({ seq: 510, message: 'Message 510' });
    expect(res.data.conversation.messages).toBe(510);
    const [entry] = await auditRowsFor(conversation.id);
    expect(entry.details).toEqual({
      messages_shown: 500,
      first_seq: 11,
      last_seq: 510,
      truncated: true,
    });
  });
});

describe('quick replies', () => {
  it('lists every host’s templates and finds by title or text', async () => {
    const all = await list('/api/admin/quick-replies/?limit=200');
    expect(all.total).toBe(all.items.length);
    expect(ids(all.items)).toEqual(expect.arrayContaining([w.zebra.id, w.lateCheckout.id]));
    const late = all.items.find((q) => q.id === w.lateCheckout.id);
    expect(late).toEqual({
      id: w.lateCheckout.id,
      title: 'Late checkout',
      message: 'Until 1pm for a 50% fee',
      category: 'check_out_instructions',
      host: { id: w.omar.id, name: 'Omar Owner', email: w.omar.email },
      property: { id: w.canal.id, title: 'Canal Flat' },
      usage_count: 0,
      is_active: true,
      created_at: expect.any(String),
    });
    const zebra = all.items.find((q) => q.id === w.zebra.id);
    expect(zebra).toMatchObject({ property: null, category: 'custom', usage_count: 1 });

    const find = (query: string) => idsOf(`/api/admin/quick-replies/?${query}`);
    expect(await find('q=zebra')).toEqual([w.zebra.id]);
    expect(await find('q=50%25')).toEqual([w.lateCheckout.id]);
    expect(await find('q=gate%20door')).toEqual([w.zebra.id]);
    const custom = await list(`/api/admin/quick-replies/?category=custom&host_id=${w.hana.id}`);
    expect(ids(custom.items)).toContain(w.zebra.id);
    expect(custom.items.every((q) => q.category === 'custom' && q.host.id === w.hana.id)).toBe(
      true,
    );
    expect(await find(`category=check_out_instructions&host_id=${w.omar.id}`)).toContain(
      w.lateCheckout.id,
    );
    const hana = await list(`/api/admin/quick-replies/?host_id=${w.hana.id}&limit=200`);
    expect(hana.items.every((q) => q.host.id === w.hana.id)).toBe(true);
    expect(hana.items.length).toBeGreaterThan(1);
    expect((await client().get('/api/admin/quick-replies/?category=nope', admin)).statusCode).toBe(
      400,
    );
  });

  it('sorts by each key both ways and pages', async () => {
    const base = '/api/admin/quick-replies/';
    await expectSortedBothWays(base, 'created_at', (q) => q.created_at);
    await expectSortedBothWays(base, 'title', (q) => q.title.toLowerCase());
    await expectSortedBothWays(base, 'usage_count', (q) => q.usage_count);
    expect((await list(`${base}?sort=-usage_count`)).items[0].id).toBe(w.zebra.id);
    const whole = await list(`${base}?sort=title&limit=200`);
    const paged = await allPages(`${base}?sort=title&limit=3`);
    expect(ids(paged.rows)).toEqual(ids(whole.items));
    expect(paged.pages).toBe(Math.ceil(whole.total / 3));
  });
});

describe('automations', () => {
  it('lists every host’s automations with their template and messages still to send', async () => {
    const all = await list('/api/admin/automations/');
    expect(all.total).toBe(3);
    expect(ids(all.items)).toEqual([w.thanks.id, w.wifi.id, w.welcome.id]);
    expect(all.items[1]).toEqual({
      id: w.wifi.id,
      name: 'Arrival codes',
      trigger: 'after_check_in',
      offset_minutes: 60,
      host: { id: w.hana.id, name: 'Hana Host', email: w.hana.email },
      property: { id: w.alfama.id, title: 'Alfama Loft' },
      quick_reply: { id: w.zebra.id, title: 'Zebra codes' },
      message: null,
      is_active: true,
      // Gina's confirmed stay; Zoe's is pending.
      scheduled: 1,
      created_at: expect.any(String),
    });
    expect(all.items[2]).toMatchObject({
      name: 'Welcome note',
      property: null,
      quick_reply: null,
      message: 'See you soon, {guest_first_name}!',
      scheduled: 1,
    });
    expect(all.items[0]).toMatchObject({ name: 'Thanks', scheduled: 0 });
  });

  it('finds by name or text and filters by host and trigger', async () => {
    const find = (query: string) => idsOf(`/api/admin/automations/?${query}`);
    expect(await find('q=welcome')).toEqual([w.welcome.id]);
    expect(await find('q=soon')).toEqual([w.welcome.id]);
    expect(await find('q=THANK')).toEqual([w.thanks.id]);
    // `_` taken as written: only the text with a placeholder has one.
    expect(await find('q=_')).toEqual([w.welcome.id]);
    expect(await find('q=%25')).toEqual([]);
    expect(await find(`host_id=${w.hana.id}`)).toEqual([w.wifi.id, w.welcome.id]);
    expect(await find('trigger=after_check_out')).toEqual([w.thanks.id]);
    expect(await find(`trigger=after_check_out&host_id=${w.hana.id}`)).toEqual([]);
    expect((await client().get('/api/admin/automations/?trigger=never', admin)).statusCode).toBe(
      400,
    );
  });

  it('counts only messages still to send', async () => {
    const planned = await client().get(
      `/api/reservations/${w.rGina.id}/scheduled-messages/`,
      w.hana,
    );
    const welcome = planned.data.find((m: Json) => m.automation?.id === w.welcome.id);
    const skipped = await client().post(
      `/api/messaging/scheduled-messages/${welcome.id}/skip/`,
      {},
      w.hana,
    );
    expect(skipped.statusCode, skipped.body).toBe(200);
    const row = (await list(`/api/admin/automations/?q=welcome`)).items[0];
    expect(row.scheduled).toBe(0);
  });

  it('sorts by each key both ways and pages', async () => {
    const base = '/api/admin/automations/';
    await expectSortedBothWays(base, 'created_at', (a) => a.created_at);
    await expectSortedBothWays(base, 'name', (a) => a.name.toLowerCase());
    expect(await idsOf(`${base}?sort=name`)).toEqual([w.wifi.id, w.thanks.id, w.welcome.id]);
    const paged = await allPages(`${base}?sort=name&limit=2`);
    expect(paged.pages).toBe(2);
    expect(paged.totals).toEqual([3, 3]);
    expect(ids(paged.rows)).toEqual([w.wifi.id, w.thanks.id, w.welcome.id]);
  });
});
