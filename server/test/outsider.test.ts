import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, buildReservation, buildUser } from './factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from './harness.ts';

// Walks every endpoint that names a conversation, message or reservation as a signed-in user
// who takes no part in it: each must answer 404, exactly as for an id that does not exist.
describe('an outsider', () => {
  let t: TestApp;
  let outsider: TestUser;
  let ids: { conversation: string; message: string; reservation: string; property: string };
  let owners: Awaited<ReturnType<typeof buildConversation>>;

  beforeAll(async () => {
    t = await createTestApp();
    owners = await buildConversation(t.app, 'private words');
    outsider = await buildUser(t.app, 'Olly Outsider');
    const reservation = await buildReservation(t.app, owners.guest, owners.property.id);
    ids = {
      conversation: owners.conversation.id,
      message: owners.conversation.messages[0]!.id,
      reservation: reservation.id,
      property: owners.property.id,
    };
  });
  afterAll(() => t.close());

  const endpoints = (): [method: 'GET' | 'POST', url: string, body?: unknown][] => [
    ['GET', `/api/messaging/conversations/${ids.conversation}/`],
    ['GET', `/api/messaging/conversations/${owners.conversation.id}/?before=${ids.message}`],
    ['POST', `/api/messaging/conversations/${ids.conversation}/archive/`, {}],
    ['POST', `/api/messaging/conversations/${ids.conversation}/unarchive/`, {}],
    ['POST', `/api/messaging/conversations/${ids.conversation}/mark-all-read/`, {}],
    ['POST', '/api/messaging/messages/send/', { conversation_id: ids.conversation, message: 'hi' }],
    ['POST', `/api/messaging/messages/${ids.message}/read/`, {}],
    ['GET', `/api/reservations/${ids.reservation}/`],
    [
      'POST',
      '/api/messaging/conversations/create/',
      { property_id: ids.property, reservation_id: ids.reservation },
    ],
  ];

  it('gets 404 from every endpoint, the same answer as for an unknown id', async () => {
    for (const [method, url, body] of endpoints()) {
      const res = await api(t.app).call(method, url, { as: outsider, body });
      expect({ url, status: res.statusCode, code: res.data?.error?.code }).toEqual({
        url,
        status: 404,
        code: 'not_found',
      });
    }
  });

  it('sees none of it in lists and counts', async () => {
    for (const filter of ['all', 'unread', 'active', 'archived']) {
      const list = await api(t.app).get(
        `/api/messaging/conversations/?filter=${filter}&q=private`,
        outsider,
      );
      expect(list.data).toEqual([]);
    }
    expect((await api(t.app).get('/api/reservations/', outsider)).data).toEqual([]);
    expect((await api(t.app).get('/api/messaging/unread-count/', outsider)).data).toEqual({
      messages: 0,
      conversations: 0,
      notifications: 0,
    });
  });

  it('changed nothing while trying', async () => {
    const detail = await api(t.app).get(
      `/api/messaging/conversations/${ids.conversation}/`,
      owners.host,
    );
    expect(detail.data.messages.map((m: { message: string }) => m.message)).toEqual([
      'private words',
    ]);
    expect(detail.data).toMatchObject({
      is_archived_by_host: false,
      is_archived_by_guest: false,
      unread_count: 1,
    });
  });
});
