import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildConversation,
  buildProperty,
  buildReservation,
  buildUser,
} from '../../../test/factories.ts';
import { api, createTestApp, type TestApp } from '../../../test/harness.ts';

describe('conversations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates a thread with its first message and returns the same thread again', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const property = await buildProperty(t.app, host);
    const first = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: property.id, message: '  Hello!  ' },
      guest,
    );
    expect(first.statusCode).toBe(201);
    expect(first.data).toMatchObject({
      property_id: property.id,
      guest_id: guest.id,
      host_id: host.id,
      reservation_id: null,
      property: { title: 'Seaside Loft' },
      guest: { id: guest.id, name: 'Gina Guest' },
      host: { id: host.id, name: 'Hana Host' },
      is_archived: false,
      unread_count: 0,
    });
    expect(first.data.messages).toHaveLength(1);
    expect(first.data.messages[0]).toMatchObject({
      message: 'Hello!',
      seq: 1,
      sender_id: guest.id,
      receiver_id: host.id,
      is_read: false,
      is_quick_reply: false,
    });

    const again = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: property.id },
      guest,
    );
    expect(again.statusCode).toBe(200);
    expect(again.data.id).toBe(first.data.id);
  });

  it('keeps one thread per (property, guest) even when created concurrently', async () => {
    const host = await buildUser(t.app);
    const guest = await buildUser(t.app);
    const property = await buildProperty(t.app, host);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        api(t.app).post(
          '/api/messaging/conversations/create/',
          { property_id: property.id },
          guest,
        ),
      ),
    );
    expect(new Set(results.map((r) => r.data.id)).size).toBe(1);
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
  });

  it('opens a separate thread per reservation', async () => {
    const host = await buildUser(t.app);
    const guest = await buildUser(t.app);
    const property = await buildProperty(t.app, host);
    const reservation = await buildReservation(t.app, guest, property.id);
    const plain = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: property.id },
      guest,
    );
    const booked = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: property.id, reservation_id: reservation.id },
      guest,
    );
    expect(booked.statusCode).toBe(201);
    expect(booked.data.id).not.toBe(plain.data.id);
    expect(booked.data.reservation).toMatchObject({
      id: reservation.id,
      check_in: '2037-12-20',
      check_out: '2037-12-24',
      guests: 2,
      status: 'pending',
    });

    const otherProperty = await buildProperty(t.app, host, { title: 'Cabin' });
    const mismatch = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: otherProperty.id, reservation_id: reservation.id },
      guest,
    );
    expect(mismatch.statusCode).toBe(400);
  });

  it('does not let a host message their own property', async () => {
    const host = await buildUser(t.app);
    const property = await buildProperty(t.app, host);
    const res = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: property.id, message: 'hi me' },
      host,
    );
    expect(res.statusCode).toBe(403);
    expect(res.data.error.code).toBe('forbidden');
  });

  it('lists newest activity first with last message, unread count and summaries', async () => {
    const host = await buildUser(t.app);
    const guestA = await buildUser(t.app, 'Alice Guest');
    const guestB = await buildUser(t.app, 'Bob Guest');
    const loft = await buildProperty(t.app, host, { title: 'Loft' });
    const cabin = await buildProperty(t.app, host, { title: 'Cabin' });
    const a = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: loft.id, message: 'from alice' },
      guestA,
    );
    const b = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: cabin.id, message: 'from bob' },
      guestB,
    );
    await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: a.data.id, message: 'alice again, about towels' },
      guestA,
    );

    const list = await api(t.app).get('/api/messaging/conversations/', host);
    expect(list.statusCode).toBe(200);
    expect(list.data.map((c: { id: string }) => c.id)).toEqual([a.data.id, b.data.id]);
    expect(list.data[0]).toMatchObject({
      unread_count: 2,
      last_message: { message: 'alice again, about towels', seq: 2 },
      property: { title: 'Loft' },
      guest: { name: 'Alice Guest' },
    });

    const byProperty = await api(t.app).get(
      `/api/messaging/conversations/?property_id=${cabin.id}`,
      host,
    );
    expect(byProperty.data.map((c: { id: string }) => c.id)).toEqual([b.data.id]);
    const search = await api(t.app).get('/api/messaging/conversations/?q=bob', host);
    expect(search.data.map((c: { id: string }) => c.id)).toEqual([b.data.id]);
    // Full-text search (see modules/search): a stop word such as "again" is not indexed.
    const searchText = await api(t.app).get('/api/messaging/conversations/?q=TOWEL', host);
    expect(searchText.data.map((c: { id: string }) => c.id)).toEqual([a.data.id]);
    const literal = await api(t.app).get('/api/messaging/conversations/?q=%25', host);
    expect(literal.data).toEqual([]);

    const guestView = await api(t.app).get('/api/messaging/conversations/', guestA);
    expect(guestView.data).toHaveLength(1);
    expect(guestView.data[0].unread_count).toBe(0);
  });

  it('pages the list with a Link header', async () => {
    const host = await buildUser(t.app);
    const property = await buildProperty(t.app, host);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const guest = await buildUser(t.app);
      const c = await api(t.app).post(
        '/api/messaging/conversations/create/',
        { property_id: property.id, message: `m${i}` },
        guest,
      );
      ids.unshift(c.data.id);
    }
    const seen: string[] = [];
    let url: string | undefined = '/api/messaging/conversations/?limit=2';
    while (url) {
      const page = await api(t.app).get(url, host);
      expect(page.statusCode).toBe(200);
      seen.push(...page.data.map((c: { id: string }) => c.id));
      url = /<([^>]+)>; rel="next"/.exec(String(page.headers.link ?? ''))?.[1];
    }
    expect(seen).toEqual(ids);
  });

  it('filters by unread, active and archived, per side', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const id = conversation.id;
    const ids = async (filter: string, who = host) =>
      (await api(t.app).get(`/api/messaging/conversations/?filter=${filter}`, who)).data.map(
        (c: { id: string }) => c.id,
      );
    expect(await ids('unread')).toContain(id);
    expect(await ids('active')).toContain(id);
    expect(await ids('archived')).not.toContain(id);

    const archived = await api(t.app).post(`/api/messaging/conversations/${id}/archive/`, {}, host);
    expect(archived.statusCode).toBe(200);
    expect(archived.data).toMatchObject({
      is_archived: true,
      is_archived_by_host: true,
      is_archived_by_guest: false,
    });
    expect(await ids('archived')).toContain(id);
    expect(await ids('active')).not.toContain(id);
    expect(await ids('all')).toContain(id);
    // The guest's side is untouched.
    expect(await ids('active', guest)).toContain(id);

    // A new message brings it back for the receiver.
    await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: id, message: 'still there?' },
      guest,
    );
    expect(await ids('active')).toContain(id);

    await api(t.app).post(`/api/messaging/conversations/${id}/archive/`, {}, host);
    const unarchived = await api(t.app).post(
      `/api/messaging/conversations/${id}/unarchive`,
      {},
      host,
    );
    expect(unarchived.data.is_archived).toBe(false);

    await api(t.app).post(`/api/messaging/conversations/${id}/mark-all-read/`, {}, host);
    expect(await ids('unread')).not.toContain(id);
  });

  it('pages messages newest first with ?before', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'm1');
    for (let i = 2; i <= 7; i++) {
      await api(t.app).post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, message: `m${i}` },
        i % 2 ? guest : host,
      );
    }
    const newest = await api(t.app).get(
      `/api/messaging/conversations/${conversation.id}/?limit=3`,
      host,
    );
    expect(newest.data.messages.map((m: { message: string }) => m.message)).toEqual([
      'm5',
      'm6',
      'm7',
    ]);
    expect(newest.data.has_more_messages).toBe(true);
    const next = /<([^>]+)>; rel="next"/.exec(String(newest.headers.link))?.[1];
    expect(next).toContain(`before=${newest.data.messages[0].id}`);
    const older = await api(t.app).get(next!, host);
    expect(older.data.messages.map((m: { message: string }) => m.message)).toEqual([
      'm2',
      'm3',
      'm4',
    ]);
    const oldest = await api(t.app).get(
      `/api/messaging/conversations/${conversation.id}/?limit=3&before=${older.data.messages[0].id}`,
      host,
    );
    expect(oldest.data.messages.map((m: { message: string }) => m.message)).toEqual(['m1']);
    expect(oldest.data.has_more_messages).toBe(false);
    expect(oldest.headers.link).toBeUndefined();
  });
});
