import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { queryRows } from '../../platform/db/connect.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ CHANGE_EVENTS_KEEP_PER_USER: '100', CHANGE_EVENTS_KEEP_DAYS: '30' });
});

afterAll(async () => {
  await t.close();
});

const sync = (user: TestUser, query = '') => api(t.app).get(`/api/messaging/sync/${query}`, user);

async function keptCursors(userId: string): Promise<number[]> {
  const rows = await queryRows<{ cursor: string | number }>(
    t.database.db,
    sql`select cursor from change_events where user_id = ${userId} order by cursor`,
  );
  return rows.map((r) => Number(r.cursor));
}

describe('pruning the change feed', () => {
  it('keeps the last CHANGE_EVENTS_KEEP_PER_USER events of a user, and sync from an older cursor answers 410', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hello');
    const quiet = await buildConversation(t.app, 'Just one');
    // Each message gives the host (its receiver) one event.
    for (let i = 0; i < 130; i++) {
      const sent = await api(t.app).post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, message: `m${i}` },
        guest,
      );
      expect(sent.statusCode).toBe(201);
    }
    const last = Number((await sync(host)).data.cursor);
    expect(last).toBeGreaterThan(120);

    const deleted = await t.app.services.sync.prune();
    expect(deleted).toBeGreaterThanOrEqual(last - 100);
    const kept = await keptCursors(host.id);
    expect(kept).toEqual(Array.from({ length: 100 }, (_, i) => last - 99 + i));

    const expired = await sync(host, '?since=0');
    expect(expired.statusCode).toBe(410);
    expect(expired.data.error).toMatchObject({ code: 'cursor_expired' });
    // The last event pruned is still a valid place to continue from.
    const fromEdge = await sync(host, `?since=${last - 100}&limit=1000`);
    expect(fromEdge.statusCode).toBe(200);
    expect(fromEdge.data.events.map((e: any) => Number(e.cursor))).toEqual(kept);
    // The sender's own copies are pruned the same way; a user with fewer events keeps them all.
    expect(await keptCursors(guest.id)).toHaveLength(100);
    const quietEvents = await sync(quiet.guest, '?since=0&limit=1000');
    expect(quietEvents.statusCode).toBe(200);
    expect(quietEvents.data.events.map((e: any) => Number(e.cursor))).toEqual(
      await keptCursors(quiet.guest.id),
    );
    expect(quietEvents.data.events.length).toBeGreaterThan(0);
  });

  it('drops events older than CHANGE_EVENTS_KEEP_DAYS; an up-to-date cursor still syncs', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Old news');
    const head = (await sync(host)).data.cursor;
    t.clock.offsetMs = 31 * 86_400_000;
    try {
      await t.app.services.sync.prune();
    } finally {
      t.clock.offsetMs = 0;
    }
    expect(await keptCursors(host.id)).toEqual([]);
    expect((await sync(host, '?since=0')).statusCode).toBe(410);
    const current = await sync(host, `?since=${head}`);
    expect(current.data).toEqual({ events: [], cursor: head, has_more: false });

    // Cursors carry on from where they were, so the up-to-date client sees the next event.
    await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'New news' },
      guest,
    );
    const next = await sync(host, `?since=${head}`);
    expect(next.data.events[0]).toMatchObject({
      type: 'message.created',
      cursor: String(Number(head) + 1),
    });
  });
});
