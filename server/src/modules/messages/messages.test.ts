import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, buildProperty } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp } from '../../../test/harness.ts';

describe('messages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEND_RATE_LIMIT_PER_MINUTE: '40' });
  });
  afterAll(() => t.close());

  const send = (as: Parameters<ReturnType<typeof api>['post']>[2], body: Record<string, unknown>) =>
    api(t.app).post('/api/messaging/messages/send/', body, as);

  it('sends to the other participant and bumps the thread for the receiver', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const reply = await send(host, { conversation_id: conversation.id, message: 'Welcome!' });
    expect(reply.statusCode).toBe(201);
    expect(reply.data).toMatchObject({
      conversation_id: conversation.id,
      sender_id: host.id,
      receiver_id: guest.id,
      message: 'Welcome!',
      seq: 2,
      is_read: false,
      read_at: null,
    });
    const list = await api(t.app).get('/api/messaging/conversations/', guest);
    expect(list.data[0]).toMatchObject({
      id: conversation.id,
      unread_count: 1,
      last_message: { id: reply.data.id },
    });
  });

  it('returns the first message for a retried client_message_id, even when racing', async () => {
    const { guest, conversation } = await buildConversation(t.app);
    const body = {
      conversation_id: conversation.id,
      message: 'Are towels provided?',
      client_message_id: 'c-123',
    };
    const results = await Promise.all(Array.from({ length: 6 }, () => send(guest, body)));
    const ids = new Set(results.map((r) => r.data.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(5);
    const detail = await api(t.app).get(`/api/messaging/conversations/${conversation.id}/`, guest);
    expect(detail.data.messages.map((m: { message: string }) => m.message)).toEqual([
      'Hello!',
      'Are towels provided?',
    ]);
    const hostList = await api(t.app).get(
      `/api/messaging/conversations/${conversation.id}/`,
      guest,
    );
    expect(hostList.data.last_message.seq).toBe(2);
  });

  it('numbers messages 1..n without gaps under concurrent sends from both sides', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(i % 2 ? host : guest, { conversation_id: conversation.id, message: `n${i}` }),
      ),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const seqs = results.map((r) => r.data.seq as number).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const detail = await api(t.app).get(
      `/api/messaging/conversations/${conversation.id}/?limit=100`,
      host,
    );
    expect(detail.data.messages).toHaveLength(21);
    // The host got the first message and the 10 guest sends; the guest the 10 host sends.
    expect(detail.data.unread_count).toBe(11);
    const guestDetail = await api(t.app).get(
      `/api/messaging/conversations/${conversation.id}/`,
      guest,
    );
    expect(guestDetail.data.unread_count).toBe(10);
  });

  it('lets only the receiver mark a message read', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const messageId = conversation.messages[0]!.id;
    const bySender = await api(t.app).post(`/api/messaging/messages/${messageId}/read/`, {}, guest);
    expect(bySender.statusCode).toBe(403);
    const byReceiver = await api(t.app).post(
      `/api/messaging/messages/${messageId}/read/`,
      {},
      host,
    );
    expect(byReceiver.statusCode).toBe(200);
    expect(byReceiver.data.is_read).toBe(true);
    expect(Date.parse(byReceiver.data.read_at)).not.toBeNaN();
    const twice = await api(t.app).post(`/api/messaging/messages/${messageId}/read/`, {}, host);
    expect(twice.data.read_at).toBe(byReceiver.data.read_at);
    // Reading the thread's only message read its notification too.
    const counts = await api(t.app).get('/api/messaging/unread-count/', host);
    expect(counts.data).toEqual({ messages: 0, conversations: 0, notifications: 0 });
  });

  it('marks all received messages read and counts them', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    await send(guest, { conversation_id: conversation.id, message: 'two' });
    await send(host, { conversation_id: conversation.id, message: 'from host' });
    const before = await api(t.app).get('/api/messaging/unread-count/', host);
    // One notification for the thread, not one per message.
    expect(before.data).toEqual({ messages: 2, conversations: 1, notifications: 1 });
    const res = await api(t.app).post(
      `/api/messaging/conversations/${conversation.id}/mark-all-read/`,
      {},
      host,
    );
    expect(res.statusCode).toBe(200);
    expect(res.data.marked).toBe(2);
    const after = await api(t.app).get('/api/messaging/unread-count/', host);
    expect(after.data).toEqual({ messages: 0, conversations: 0, notifications: 0 });
    // The host's own message to the guest stays unread for the guest.
    const guestCounts = await api(t.app).get('/api/messaging/unread-count/', guest);
    expect(guestCounts.data).toEqual({ messages: 1, conversations: 1, notifications: 1 });
    const again = await api(t.app).post(
      `/api/messaging/conversations/${conversation.id}/mark-all-read/`,
      {},
      host,
    );
    expect(again.data.marked).toBe(0);
  });

  it('rate-limits sending per user with Retry-After', async () => {
    const { guest, host, conversation } = await buildConversation(t.app);
    let limited;
    for (let i = 0; i < 45 && !limited; i++) {
      const res = await send(guest, { conversation_id: conversation.id, message: `spam ${i}` });
      if (res.statusCode === 429) limited = res;
      else expect(res.statusCode).toBe(201);
    }
    expect(limited?.data.error.code).toBe('rate_limited');
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    // The other participant still has their own budget.
    const fromHost = await send(host, { conversation_id: conversation.id, message: 'ok' });
    expect(fromHost.statusCode).toBe(201);

    // Opening a conversation with a message is a send too: no way around the budget.
    const elsewhere = await buildProperty(t.app, host, { title: 'Another place' });
    const opened = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: elsewhere.id, message: 'One more, by another door' },
      guest,
    );
    expect(opened.statusCode).toBe(429);
    expect(opened.data.error.code).toBe('rate_limited');
    const stored = await api(t.app).get('/api/messaging/conversations/', guest);
    expect(stored.data.map((c: { property: { id: string } }) => c.property.id)).not.toContain(
      elsewhere.id,
    );
  });
});
