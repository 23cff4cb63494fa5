import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, buildProperty, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp } from '../../../test/harness.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const sync = (user: { token: string }, query = '') =>
  api(t.app).get(`/api/messaging/sync/${query}`, user as never);

describe('GET /api/messaging/sync/', () => {
  it('answers the current cursor without `since`, then every later change in order', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hello');
    const head = await sync(host);
    expect(head.statusCode).toBe(200);
    expect(head.data).toEqual({ events: [], cursor: head.data.cursor, has_more: false });
    expect(Number(head.data.cursor)).toBeGreaterThan(0);

    const sent = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Second' },
      guest,
    );
    await api(t.app).post(
      `/api/messaging/conversations/${conversation.id}/mark-all-read/`,
      {},
      host,
    );
    await api(t.app).post(`/api/messaging/conversations/${conversation.id}/archive/`, {}, host);

    const after = await sync(host, `?since=${head.data.cursor}`);
    // A message and a read receipt each come as one event carrying the conversation and badge.
    expect(after.data.events.map((e: any) => e.type)).toEqual([
      'message.created',
      'message.read',
      'conversation.updated',
    ]);
    const cursors = after.data.events.map((e: any) => Number(e.cursor));
    expect(cursors).toEqual(
      cursors.map((_: number, i: number) => Number(head.data.cursor) + 1 + i),
    );
    expect(after.data.cursor).toBe(String(cursors.at(-1)));
    // Sync gives what each names in its current state: the conversation is archived by now,
    // the badge is empty, the message is read.
    const current = { is_archived: true, unread_count: 0, last_message: { id: sent.data.id } };
    const noBadge = { messages: 0, conversations: 0, notifications: 0 };
    expect(after.data.events[0]).toMatchObject({
      seq: 2,
      message: { id: sent.data.id, is_read: true },
      conversation: current,
      unread: noBadge,
    });
    expect(after.data.events[1]).toMatchObject({
      reader_id: host.id,
      seqs: [1, 2],
      conversation: current,
      unread: noBadge,
    });
    expect(after.data.events[2].conversation).toMatchObject(current);

    // Nothing new: the same cursor back.
    const again = await sync(host, `?since=${after.data.cursor}`);
    expect(again.data).toEqual({ events: [], cursor: after.data.cursor, has_more: false });
  });

  it('pages with `limit` and `has_more`', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'One');
    for (const text of ['Two', 'Three']) {
      await api(t.app).post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, message: text },
        guest,
      );
    }
    const all = await sync(host, '?since=0');
    expect(all.data.events.length).toBeGreaterThanOrEqual(3);
    const first = await sync(host, '?since=0&limit=2');
    expect(first.data.has_more).toBe(true);
    expect(first.data.events).toEqual(all.data.events.slice(0, 2));
    const rest = await sync(host, `?since=${first.data.cursor}&limit=1000`);
    expect([...first.data.events, ...rest.data.events]).toEqual(all.data.events);
    expect(rest.data.has_more).toBe(false);
  });

  it("never returns another user's changes", async () => {
    await buildConversation(t.app, 'Private');
    const outsider = await buildUser(t.app);
    const res = await sync(outsider, '?since=0');
    expect(res.data).toEqual({ events: [], cursor: '0', has_more: false });
  });

  it('refuses a malformed cursor and an anonymous caller', async () => {
    const user = await buildUser(t.app);
    for (const query of ['?since=abc', '?since=-1', '?since=1.5', '?limit=0', '?limit=5000']) {
      const res = await sync(user, query);
      expect(res.statusCode).toBe(400);
      expect(res.data.error.code).toBe('validation_failed');
    }
    const anonymous = await api(t.app).get('/api/messaging/sync/');
    expect(anonymous.statusCode).toBe(401);
  });

  it('keeps cursors consecutive under concurrent writes, so a poller never skips one', async () => {
    const host = await buildUser(t.app, 'Busy Host');
    const property = await buildProperty(t.app, host);
    const guests = await Promise.all([1, 2, 3, 4].map((i) => buildUser(t.app, `Guest ${i}`)));
    const conversations = await Promise.all(
      guests.map(async (guest) => {
        const res = await api(t.app).post(
          '/api/messaging/conversations/create/',
          { property_id: property.id },
          guest,
        );
        return { guest, id: res.data.id as string };
      }),
    );
    const start = Number((await sync(host)).data.cursor);

    // A poller reads while the writers commit in whatever order the database lets them.
    let cursor = start;
    const seen: any[] = [];
    let writing = true;
    const poll = async () => {
      while (writing) {
        const page = await sync(host, `?since=${cursor}&limit=1000`);
        for (const event of page.data.events) {
          expect(Number(event.cursor)).toBe(cursor + 1);
          cursor = Number(event.cursor);
          seen.push(event);
        }
      }
    };
    const poller = poll();
    const perGuest = 8;
    await Promise.all(
      conversations.map(async ({ guest, id }) => {
        await Promise.all(
          Array.from({ length: perGuest }, (_, i) =>
            api(t.app).post(
              '/api/messaging/messages/send/',
              { conversation_id: id, message: `m${i}` },
              guest,
            ),
          ),
        );
      }),
    );
    writing = false;
    await poller;
    const rest = await sync(host, `?since=${cursor}&limit=1000`);
    seen.push(...rest.data.events);

    const cursors = seen.map((e) => Number(e.cursor));
    expect(cursors).toEqual(cursors.map((_, i) => start + 1 + i));
    for (const { id } of conversations) {
      const seqs = seen
        .filter((e) => e.type === 'message.created' && e.conversation_id === id)
        .map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: perGuest }, (_, i) => i + 1));
    }
  });
});
