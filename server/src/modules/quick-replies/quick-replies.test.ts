import { QUICK_REPLY_CATEGORIES, QUICK_REPLY_PLACEHOLDERS } from '@flexbnb/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/connect.ts';
import { seedDemo } from '../../demo.ts';
import { placeholderValues, renderTemplate } from './quick-replies.render.ts';
import {
  buildConversation,
  buildProperty,
  buildReservation,
  buildUser,
} from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';

const BASE = '/api/messaging/quick-replies';

describe('quick replies', () => {
  let t: TestApp;
  let http: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp();
    http = api(t.app);
  });
  afterAll(() => t.close());

  const create = (as: TestUser, body: Record<string, unknown>) =>
    http.post(`${BASE}/create/`, body, as);
  const list = (as: TestUser, query = '') => http.get(`${BASE}/${query}`, as);
  const send = (as: TestUser, body: Record<string, unknown>) =>
    http.post('/api/messaging/messages/send/', body, as);
  const preview = (as: TestUser, id: string, conversationId: string) =>
    http.get(`${BASE}/${id}/preview/?conversation_id=${conversationId}`, as);

  /** A host with a first property (and so the starter set), a guest and their conversation. */
  async function hostWithGuest(
    options: {
      reservation?: boolean | Record<string, unknown>;
      guestName?: string;
      property?: Record<string, unknown>;
    } = {},
  ) {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, options.guestName ?? 'Gina Guest');
    const property = await buildProperty(t.app, host, {
      title: 'Seaside Loft',
      address: '12 Rua do Mar, Lisbon',
      timezone: 'Pacific/Kiritimati',
      check_in_time: '15:00',
      check_out_time: '09:30',
      ...options.property,
    });
    const reservation = options.reservation
      ? await buildReservation(t.app, guest, property.id, {
          check_in: '2037-12-20',
          check_out: '2037-12-24',
          ...(typeof options.reservation === 'object' && options.reservation),
        })
      : undefined;
    const conversation = await http.post(
      '/api/messaging/conversations/create/',
      {
        property_id: property.id,
        message: 'Hello!',
        ...(reservation && { reservation_id: reservation.id }),
      },
      guest,
    );
    expect(conversation.statusCode).toBe(201);
    return { host, guest, property, conversationId: conversation.data.id as string };
  }

  async function template(as: TestUser, id: string) {
    const res = await http.get(`${BASE}/${id}/`, as);
    expect(res.statusCode).toBe(200);
    return res.data;
  }

  it('keeps the contract categories and the migrated database check in step', async () => {
    const [row] = await queryRows<{ definition: string }>(
      t.database.db,
      sql`select pg_get_constraintdef(oid) as definition from pg_constraint
          where conname = 'quick_reply_templates_category_check'`,
    );
    const allowed = [...(row?.definition ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(allowed).toEqual([...QUICK_REPLY_CATEGORIES]);
  });

  it("gives a host's first property a starter set, one global template per category", async () => {
    const host = await buildUser(t.app, 'Hana Host');
    expect((await list(host)).data).toEqual([]);
    await buildProperty(t.app, host);
    const first = await list(host);
    expect(first.statusCode).toBe(200);
    expect(first.data.map((q: any) => q.category).sort()).toEqual(
      [...QUICK_REPLY_CATEGORIES].sort(),
    );
    for (const q of first.data) {
      expect(q).toMatchObject({ host_id: host.id, property_id: null, usage_count: 0 });
      expect(q.is_active).toBe(true);
      expect(q.title.length).toBeGreaterThan(0);
      // Starter texts use only placeholders the renderer knows.
      for (const [, name] of q.message.matchAll(/\{([a-z_]+)\}/g)) {
        expect(Object.keys(QUICK_REPLY_PLACEHOLDERS)).toContain(name);
      }
    }
    await buildProperty(t.app, host, { title: 'Second place' });
    expect((await list(host)).data).toHaveLength(QUICK_REPLY_CATEGORIES.length);
  });

  it('gives one starter set when a host creates two first properties at once', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    await Promise.all([
      buildProperty(t.app, host, { title: 'One' }),
      buildProperty(t.app, host, { title: 'Two' }),
    ]);
    expect((await list(host)).data).toHaveLength(QUICK_REPLY_CATEGORIES.length);
  });

  it('creates a template in each category and filters by category', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    await buildProperty(t.app, host);
    for (const category of QUICK_REPLY_CATEGORIES) {
      const res = await create(host, {
        title: `My ${category}`,
        message: `About ${category}`,
        category,
      });
      expect(res.statusCode).toBe(201);
      expect(res.data).toMatchObject({
        category,
        title: `My ${category}`,
        property_id: null,
        property: null,
        usage_count: 0,
        is_active: true,
      });
      const filtered = await list(host, `?category=${category}`);
      expect(filtered.statusCode).toBe(200);
      // The starter template of the category and the new one.
      expect(filtered.data).toHaveLength(2);
      expect(filtered.data.every((q: any) => q.category === category)).toBe(true);
      expect(filtered.data.map((q: any) => q.id)).toContain(res.data.id);
    }
    const defaulted = await create(host, { title: 'No category', message: 'Hi' });
    expect(defaulted.data.category).toBe('custom');
  });

  it('refuses an unknown category, a long title and empty text with 400', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const unknown = await create(host, { title: 'x', message: 'y', category: 'marketing' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.data.error.code).toBe('validation_failed');
    expect(unknown.data.error.message).toMatch(/^body\.category/);
    expect((await list(host, '?category=marketing')).statusCode).toBe(400);

    const long = await create(host, { title: 'x'.repeat(101), message: 'y' });
    expect(long.statusCode).toBe(400);
    expect(long.data.error.message).toMatch(/^body\.title/);
    const exact = await create(host, { title: 'x'.repeat(100), message: 'y' });
    expect(exact.statusCode).toBe(201);

    expect((await create(host, { title: '  ', message: 'y' })).statusCode).toBe(400);
    expect((await create(host, { title: 'x', message: '' })).statusCode).toBe(400);
    expect((await create(host, { title: 'x', message: 'y'.repeat(5001) })).statusCode).toBe(400);
    const put = await http.call('PUT', `${BASE}/${exact.data.id}/`, {
      as: host,
      body: { title: 'x', message: 'y', category: 'nope' },
    });
    expect(put.statusCode).toBe(400);
  });

  it("scopes by property: a property's own templates plus the global ones", async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const loft = await buildProperty(t.app, host, { title: 'Loft' });
    const cabin = await buildProperty(t.app, host, { title: 'Cabin' });
    const global = await create(host, { title: 'Global', message: 'g', category: 'custom' });
    const forLoft = await create(host, {
      title: 'Loft only',
      message: 'l',
      category: 'custom',
      property_id: loft.id,
    });
    expect(forLoft.data.property).toEqual({ id: loft.id, title: 'Loft' });
    const forCabin = await create(host, {
      title: 'Cabin only',
      message: 'c',
      category: 'custom',
      property_id: cabin.id,
    });

    const ids = (res: { data: any[] }) => res.data.map((q) => q.id);
    const loftList = await list(host, `?category=custom&property_id=${loft.id}`);
    expect(ids(loftList)).toEqual(expect.arrayContaining([global.data.id, forLoft.data.id]));
    expect(ids(loftList)).not.toContain(forCabin.data.id);
    expect(
      loftList.data.every((q: any) => q.property_id === null || q.property_id === loft.id),
    ).toBe(true);
    const all = await list(host, '?category=custom');
    expect(ids(all)).toEqual(
      expect.arrayContaining([global.data.id, forLoft.data.id, forCabin.data.id]),
    );
  });

  it("accepts only the owner's properties as property_id (400 otherwise)", async () => {
    const host = await buildUser(t.app, 'Hana Host');
    await buildProperty(t.app, host);
    const other = await buildUser(t.app, 'Olga Other');
    const theirs = await buildProperty(t.app, other);
    const mine = await create(host, { title: 'Mine', message: 'm' });

    for (const propertyId of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
      const created = await create(host, { title: 'x', message: 'y', property_id: propertyId });
      expect(created.statusCode).toBe(400);
      expect(created.data.error.message).toBe('body.property_id: is not one of your properties');
      const listed = await list(host, `?property_id=${propertyId}`);
      expect(listed.statusCode).toBe(400);
      const patched = await http.call('PATCH', `${BASE}/${mine.data.id}/`, {
        as: host,
        body: { property_id: propertyId },
      });
      expect(patched.statusCode).toBe(400);
    }
    expect((await template(host, mine.data.id)).property_id).toBeNull();
  });

  it('answers 404 to anyone but the owner and never lists their templates', async () => {
    const { host, guest, conversationId } = await hostWithGuest();
    const mine = await create(host, { title: 'Mine', message: 'Hi {guest_first_name}' });
    const id = mine.data.id;
    const stranger = await buildUser(t.app, 'Sam Stranger');
    for (const as of [guest, stranger]) {
      expect((await http.get(`${BASE}/${id}/`, as)).statusCode).toBe(404);
      const put = await http.call('PUT', `${BASE}/${id}/`, {
        as,
        body: { title: 'Taken', message: 'over', category: 'custom' },
      });
      expect(put.statusCode).toBe(404);
      expect(put.data.error.code).toBe('not_found');
      const patch = await http.call('PATCH', `${BASE}/${id}/`, { as, body: { title: 'x' } });
      expect(patch.statusCode).toBe(404);
      expect((await http.call('DELETE', `${BASE}/${id}/delete/`, { as })).statusCode).toBe(404);
      expect((await preview(as, id, conversationId)).statusCode).toBe(404);
      expect((await list(as)).data.map((q: any) => q.id)).not.toContain(id);
    }
    // The guest takes part in the conversation but the template is still not theirs.
    const sent = await send(guest, { conversation_id: conversationId, quick_reply_id: id });
    expect(sent.statusCode).toBe(404);
    expect((await template(host, id)).title).toBe('Mine');
    // The owner can't preview for a conversation they are not in.
    const elsewhere = await buildConversation(t.app);
    expect((await preview(host, id, elsewhere.conversation.id)).statusCode).toBe(404);
  });

  it('replaces with PUT, changes with PATCH, hides inactive ones and deletes with 204', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const loft = await buildProperty(t.app, host, { title: 'Loft' });
    const created = await create(host, {
      title: 'Parking',
      message: 'Park in the street.',
      category: 'directions',
      property_id: loft.id,
    });
    const id = created.data.id;

    const incomplete = await http.call('PUT', `${BASE}/${id}/`, {
      as: host,
      body: { title: 'Only a title' },
    });
    expect(incomplete.statusCode).toBe(400);

    const replaced = await http.call('PUT', `${BASE}/${id}`, {
      as: host,
      body: { title: 'Parking spot', message: 'Use spot 7.', category: 'amenities_info' },
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.data).toMatchObject({
      id,
      title: 'Parking spot',
      message: 'Use spot 7.',
      category: 'amenities_info',
      property_id: loft.id,
      property: { id: loft.id, title: 'Loft' },
      is_active: true,
    });
    expect(Date.parse(replaced.data.updated_at)).toBeGreaterThanOrEqual(
      Date.parse(created.data.updated_at),
    );

    const global = await http.call('PUT', `${BASE}/${id}/`, {
      as: host,
      body: {
        title: 'Parking spot',
        message: 'Use spot 7.',
        category: 'amenities_info',
        property_id: null,
      },
    });
    expect(global.data).toMatchObject({ property_id: null, property: null });

    const off = await http.call('PATCH', `${BASE}/${id}/`, {
      as: host,
      body: { is_active: false },
    });
    expect(off.statusCode).toBe(200);
    expect(off.data).toMatchObject({ is_active: false, title: 'Parking spot' });
    expect((await list(host)).data.map((q: any) => q.id)).not.toContain(id);
    const withInactive = await list(host, '?include_inactive=true');
    expect(withInactive.data.map((q: any) => q.id)).toContain(id);

    const deleted = await http.call('DELETE', `${BASE}/${id}/delete/`, { as: host });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await http.get(`${BASE}/${id}/`, host)).statusCode).toBe(404);
    expect((await http.call('DELETE', `${BASE}/${id}/delete/`, { as: host })).statusCode).toBe(404);
    expect((await http.get(`${BASE}/not-a-uuid/`, host)).statusCode).toBe(400);
  });

  it('renders every placeholder from the conversation, its property and its reservation', async () => {
    const { host, conversationId } = await hostWithGuest({
      reservation: { total_price: '1234.5', payment_due_at: '2037-12-10T12:00:00Z' },
      guestName: 'Gina Maria Guest',
      property: {
        wifi_name: 'Loft-Guest',
        wifi_password: 'sea-breeze-42',
        door_code: '4711',
        parking_info: 'Space 7 behind the building',
        house_manual_url: 'https://example.com/manual',
        emergency_phone: '+351 912 345 678',
      },
    });
    const all = Object.keys(QUICK_REPLY_PLACEHOLDERS)
      .map((p) => `${p}={${p}}`)
      .join('\n');
    const q = await create(host, { title: 'All', message: all });
    const res = await preview(host, q.data.id, conversationId);
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({
      quick_reply_id: q.data.id,
      conversation_id: conversationId,
      message: [
        'guest_name=Gina Maria Guest',
        'guest_first_name=Gina',
        'host_name=Hana Host',
        'property_name=Seaside Loft',
        'property_address=12 Rua do Mar, Lisbon',
        // A calendar date stays that date in the property's zone (UTC+14 here).
        'check_in_date=Sun, Dec 20, 2037',
        'check_out_date=Thu, Dec 24, 2037',
        'check_in_time=3:00 PM',
        'check_out_time=9:30 AM',
        'nights=4',
        'wifi_name=Loft-Guest',
        'wifi_password=sea-breeze-42',
        'door_code=4711',
        'parking_info=Space 7 behind the building',
        'house_manual_url=https://example.com/manual',
        'emergency_phone=+351 912 345 678',
        'reservation_total=1,234.50',
        // 12:00Z is already the next day at UTC+14.
        'payment_due_date=Fri, Dec 11, 2037',
        'guests=2',
      ].join('\n'),
      missing_placeholders: [],
    });
  });

  it('leaves out the sentences whose placeholders have no value when there is no reservation', async () => {
    const { host, conversationId } = await hostWithGuest();
    const q = await create(host, {
      title: 'Check-in',
      message:
        'Hi {guest_first_name}! Check-in is on {check_in_date} from {check_in_time}. Doors open at {check_in_time}.\n\n' +
        'Your dates: {check_in_date} to {check_out_date} ({nights} nights)\n\nSee you at {property_name}!',
      category: 'check_in_instructions',
    });
    const res = await preview(host, q.data.id, conversationId);
    expect(res.statusCode).toBe(200);
    expect(res.data.message).toBe('Hi Gina! Doors open at 3:00 PM.\n\nSee you at Seaside Loft!');
    expect(res.data.missing_placeholders).toEqual(['check_in_date', 'check_out_date', 'nights']);
    expect(res.data.message).not.toMatch(/[{}]|undefined|null/);

    const only = await create(host, { title: 'Dates', message: 'Check-in is {check_in_date}.' });
    const empty = await preview(host, only.data.id, conversationId);
    expect(empty.data).toMatchObject({ message: '', missing_placeholders: ['check_in_date'] });
    const sent = await send(host, {
      conversation_id: conversationId,
      quick_reply_id: only.data.id,
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.data.error.code).toBe('validation_failed');
  });

  it('splits sentences only at end punctuation followed by a space or the line end', () => {
    const values = placeholderValues({
      guestName: 'Gina Guest',
      guestLocale: null,
      guestDetectedLanguage: null,
      hostName: 'Hana Host',
      property: {
        title: 'Loft 2.0',
        address: 'Rua 1',
        timezone: 'Europe/Lisbon',
        checkInTime: '15:00',
        checkOutTime: '11:00',
        locale: 'en-US',
        wifiName: null,
        wifiPassword: null,
        doorCode: null,
        parkingInfo: null,
        houseManualUrl: null,
        emergencyPhone: null,
      },
      reservation: null,
    });
    const render = (template: string) => renderTemplate(template, values).text;
    expect(
      render('Welcome to {property_name}. You stay {nights} nights at v3.5 rates! Enjoy.'),
    ).toBe('Welcome to Loft 2.0. Enjoy.');
    expect(render('Dates: {check_in_date}\r\nHost: {host_name}\r\n')).toBe('Host: Hana Host');
    expect(render('{nights} nights. Hi {guest_first_name}!')).toBe('Hi Gina!');
    expect(render('Hi {guest_first_name}!\n\n{nights} nights\n\n\nBye')).toBe('Hi Gina!\n\nBye');
  });

  it('keeps braces and HTML of the template and of the values as plain text', async () => {
    const { host, conversationId } = await hostWithGuest({
      guestName: 'Gina {host_name} <b>Bold</b>',
    });
    const q = await create(host, {
      title: 'Literal',
      message:
        '<script>alert("{guest_first_name}")</script> {unknown} {{host_name}} {Property_Name} &amp; {guest_name}',
    });
    const res = await preview(host, q.data.id, conversationId);
    expect(res.data.message).toBe(
      '<script>alert("Gina")</script> {unknown} {{host_name}} {Property_Name} &amp; Gina {host_name} <b>Bold</b>',
    );
    expect(res.data.missing_placeholders).toEqual([]);
    const sent = await send(host, { conversation_id: conversationId, quick_reply_id: q.data.id });
    expect(sent.statusCode).toBe(201);
    expect(sent.data.message).toBe(res.data.message);
  });

  it('sends a quick reply, marks it and counts the use once per client_message_id', async () => {
    const { host, conversationId } = await hostWithGuest({ reservation: true });
    const q = await create(host, {
      title: 'Check-in',
      message: 'Hi {guest_first_name}, see you on {check_in_date}!',
      category: 'check_in_instructions',
    });
    const first = await send(host, {
      conversation_id: conversationId,
      quick_reply_id: q.data.id,
      client_message_id: 'qr-1',
    });
    expect(first.statusCode).toBe(201);
    expect(first.data).toMatchObject({
      message: 'Hi Gina, see you on Sun, Dec 20, 2037!',
      is_quick_reply: true,
      sender_id: host.id,
    });
    const retry = await send(host, {
      conversation_id: conversationId,
      quick_reply_id: q.data.id,
      client_message_id: 'qr-1',
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.data.id).toBe(first.data.id);
    expect((await template(host, q.data.id)).usage_count).toBe(1);

    // A retry after the template was deleted still gets its first message back.
    const other = await create(host, { title: 'Bye', message: 'Bye!', category: 'thank_you' });
    const sent = await send(host, {
      conversation_id: conversationId,
      quick_reply_id: other.data.id,
      client_message_id: 'qr-deleted',
    });
    expect(sent.statusCode).toBe(201);
    const deleted = await http.call('DELETE', `${BASE}/${other.data.id}/delete/`, { as: host });
    expect(deleted.statusCode).toBe(204);
    const late = await send(host, {
      conversation_id: conversationId,
      quick_reply_id: other.data.id,
      client_message_id: 'qr-deleted',
    });
    expect(late.statusCode).toBe(200);
    expect(late.data.id).toBe(sent.data.id);

    // The client edited the preview: its text is sent, still as a use of the template.
    const edited = await send(host, {
      conversation_id: conversationId,
      quick_reply_id: q.data.id,
      message: 'Hi Gina, see you on the 20th — early check-in is fine!',
    });
    expect(edited.statusCode).toBe(201);
    expect(edited.data).toMatchObject({
      message: 'Hi Gina, see you on the 20th — early check-in is fine!',
      is_quick_reply: true,
    });
    expect((await template(host, q.data.id)).usage_count).toBe(2);

    const plain = await send(host, { conversation_id: conversationId, message: 'Plain' });
    expect(plain.data.is_quick_reply).toBe(false);
    const neither = await send(host, { conversation_id: conversationId });
    expect(neither.statusCode).toBe(400);
    expect(neither.data.error.code).toBe('validation_failed');

    // Most used first.
    const listed = await list(host, '?category=check_in_instructions');
    expect(listed.data[0]).toMatchObject({ id: q.data.id, usage_count: 2 });
  });

  it('refuses a template of another property (400) and an inactive one (400)', async () => {
    const { host, conversationId } = await hostWithGuest();
    const cabin = await buildProperty(t.app, host, { title: 'Cabin' });
    const forCabin = await create(host, {
      title: 'Cabin wood stove',
      message: 'The stove is easy to light.',
      property_id: cabin.id,
    });
    const sent = await send(host, {
      conversation_id: conversationId,
      quick_reply_id: forCabin.data.id,
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.data.error.message).toMatch(/another property/);
    expect((await preview(host, forCabin.data.id, conversationId)).statusCode).toBe(400);

    const off = await create(host, { title: 'Off', message: 'Off', is_active: false });
    const inactive = await send(host, {
      conversation_id: conversationId,
      quick_reply_id: off.data.id,
    });
    expect(inactive.statusCode).toBe(400);
    expect((await template(host, forCabin.data.id)).usage_count).toBe(0);
    expect((await template(host, off.data.id)).usage_count).toBe(0);
  });

  it('counts exactly 20 uses for 20 concurrent sends', async () => {
    const { host, conversationId } = await hostWithGuest({ reservation: true });
    const q = await create(host, { title: 'Thanks', message: 'Thanks, {guest_first_name}!' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(host, {
          conversation_id: conversationId,
          quick_reply_id: q.data.id,
          client_message_id: `burst-${i}`,
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => r.data.seq)).size).toBe(20);
    expect((await template(host, q.data.id)).usage_count).toBe(20);
    const detail = await http.get(`/api/messaging/conversations/${conversationId}/?limit=50`, host);
    const quick = detail.data.messages.filter((m: any) => m.is_quick_reply);
    expect(quick).toHaveLength(20);
    expect(quick.every((m: any) => m.message === 'Thanks, Gina!')).toBe(true);
  });

  it('pages the list with a Link header', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    await buildProperty(t.app, host);
    const seen: string[] = [];
    let url: string | undefined = `${BASE}/?limit=4`;
    while (url) {
      const res = await http.get(url, host);
      expect(res.statusCode).toBe(200);
      seen.push(...res.data.map((q: any) => q.id));
      url = /<([^>]+)>; rel="next"/.exec(String(res.headers.link ?? ''))?.[1];
    }
    expect(seen).toHaveLength(QUICK_REPLY_CATEGORIES.length);
    expect(new Set(seen).size).toBe(QUICK_REPLY_CATEGORIES.length);
    expect((await list(host, '?cursor=nonsense')).statusCode).toBe(400);
  });

  it('documents every endpoint with a summary, a description and examples', async () => {
    const doc = (await http.get('/api/openapi.json')).data;
    const operations = [
      ['get', '/api/messaging/quick-replies'],
      ['post', '/api/messaging/quick-replies/create'],
      ['get', '/api/messaging/quick-replies/{id}'],
      ['put', '/api/messaging/quick-replies/{id}'],
      ['patch', '/api/messaging/quick-replies/{id}'],
      ['delete', '/api/messaging/quick-replies/{id}/delete'],
      ['get', '/api/messaging/quick-replies/{id}/preview'],
    ] as const;
    for (const [method, path] of operations) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.summary).toBeTruthy();
      expect(op.description).toBeTruthy();
      // Examples sit in the operation or in the named schemas it refers to.
      const text = JSON.stringify(op);
      const referred = [...text.matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) =>
        JSON.stringify(doc.components.schemas[m[1]!]),
      );
      expect([text, ...referred].some((part) => /"examples?"/.test(part))).toBe(true);
    }
    const send = doc.paths['/api/messaging/messages/send'].post;
    expect(JSON.stringify(send)).toContain('quick_reply_id');
  });
});

describe('quick replies in the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives the demo host the starter set', async () => {
    await seedDemo(t.app.services);
    const login = await api(t.app).post('/api/auth/login/', {
      email: 'host@demo.flexbnb.test',
      password: 'flexbnb-demo',
    });
    const res = await api(t.app).call('GET', `${BASE}/`, { as: login.data.access_token });
    expect(res.statusCode).toBe(200);
    expect(res.data).toHaveLength(QUICK_REPLY_CATEGORIES.length);
  });
});
