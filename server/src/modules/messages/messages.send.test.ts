import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp } from '../../../test/harness.ts';

describe('sending a message', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('numbers messages without gaps, counts them unread and brings the thread back', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hello!');
    const archived = await api(t.app).post(
      `/api/messaging/conversations/${conversation.id}/archive/`,
      {},
      host,
    );
    expect(archived.data.is_archived).toBe(true);

    const second = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Are towels provided?' },
      guest,
    );
    expect(second.statusCode).toBe(201);
    expect(second.data).toMatchObject({ seq: 2, sender_id: guest.id, receiver_id: host.id });
    const reply = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Yes, and sheets.' },
      host,
    );
    expect(reply.data).toMatchObject({ seq: 3, sender_id: host.id, receiver_id: guest.id });

    const [asHost] = (await api(t.app).get('/api/messaging/conversations/', host)).data;
    expect(asHost).toMatchObject({
      id: conversation.id,
      is_archived: false,
      unread_count: 2,
      last_message: { id: reply.data.id, seq: 3 },
    });
    const [asGuest] = (await api(t.app).get('/api/messaging/conversations/', guest)).data;
    expect(asGuest).toMatchObject({ unread_count: 1, last_message_at: reply.data.created_at });
  });

  it('answers a retry with the first message and changes nothing', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hi');
    const body = {
      conversation_id: conversation.id,
      message: 'Late arrival?',
      client_message_id: 'c-1',
    };
    const first = await api(t.app).post('/api/messaging/messages/send/', body, guest);
    expect(first.statusCode).toBe(201);
    const retries = await Promise.all(
      [1, 2, 3].map(() => api(t.app).post('/api/messaging/messages/send/', body, guest)),
    );
    for (const retry of retries) {
      expect(retry.statusCode).toBe(200);
      expect(retry.data).toEqual(first.data);
    }
    // The same client id from the other participant is another message.
    const fromHost = await api(t.app).post('/api/messaging/messages/send/', body, host);
    expect(fromHost.statusCode).toBe(201);
    expect(fromHost.data.seq).toBe(3);

    const [thread] = (await api(t.app).get('/api/messaging/conversations/', host)).data;
    expect(thread).toMatchObject({ unread_count: 2, last_message: { id: fromHost.data.id } });
    const detail = await api(t.app).get(`/api/messaging/conversations/${conversation.id}/`, guest);
    expect(detail.data.messages.map((m: { seq: number }) => m.seq)).toEqual([1, 2, 3]);
  });

  it('lets racing first attempts with one client id write a single message', async () => {
    const { guest, conversation } = await buildConversation(t.app, 'Hey');
    const body = {
      conversation_id: conversation.id,
      message: 'Parking?',
      client_message_id: 'race',
    };
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => api(t.app).post('/api/messaging/messages/send/', body, guest)),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.data.id)).size).toBe(1);
    const detail = await api(t.app).get(`/api/messaging/conversations/${conversation.id}/`, guest);
    expect(detail.data.messages).toHaveLength(2);
  });
});
