import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/connect.ts';
import { conversations } from '../../platform/db/schema.ts';
import { buildProperty, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';

describe('conversation list paging', () => {
  let t: TestApp;
  let host: TestUser;
  const threadIds: string[] = [];
  const tiedIds: string[] = [];
  let propertyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    host = await buildUser(t.app, 'Hana Host');
    const property = await buildProperty(t.app, host);
    propertyId = property.id;
    for (let i = 0; i < 5; i++) {
      const guest = await buildUser(t.app, `Guest ${i}`);
      const res = await api(t.app).post(
        '/api/messaging/conversations/create/',
        { property_id: property.id, message: `Hello from guest ${i}` },
        guest,
      );
      expect(res.statusCode).toBe(201);
      threadIds.push(res.data.id);
    }
    // The host is a guest elsewhere too, so pages merge both sides of the inbox.
    const otherHost = await buildUser(t.app, 'Otto Other');
    const elsewhere = await buildProperty(t.app, otherHost, { title: 'Mountain Hut' });
    const asGuest = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: elsewhere.id, message: 'Is the hut heated?' },
      host,
    );
    expect(asGuest.statusCode).toBe(201);
    threadIds.push(asGuest.data.id);
    // Three threads, one of them on the host's guest side, share one activity instant:
    // only the id orders them, and a page boundary must fall among them.
    tiedIds.push(threadIds[1]!, threadIds[3]!, asGuest.data.id);
    await t.database.db
      .update(conversations)
      .set({ lastActivityAt: new Date('2026-06-01T12:00:00.000Z') })
      .where(inArray(conversations.id, tiedIds));
  });
  afterAll(() => t.close());

  it('walks every page in activity order, ties broken by id, without gaps or repeats', async () => {
    const whole = await api(t.app).get('/api/messaging/conversations/?limit=50', host);
    expect(whole.statusCode).toBe(200);
    const expected: string[] = whole.data.map((c: { id: string }) => c.id);
    expect([...expected].sort()).toEqual([...threadIds].sort());
    // Older than the others' real activity, so they close the list (positions 3 to 5).
    expect(expected.slice(3)).toEqual([...tiedIds].sort().reverse());

    const walked: string[] = [];
    let url: string | undefined = '/api/messaging/conversations/?limit=2';
    while (url) {
      const page = await api(t.app).get(url, host);
      expect(page.statusCode).toBe(200);
      expect(page.data.length).toBeLessThanOrEqual(2);
      walked.push(...page.data.map((c: { id: string }) => c.id));
      const link = page.headers.link as string | undefined;
      url = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : undefined;
    }
    expect(walked).toEqual(expected);
  });

  it('narrows the merged page by filter, search and property on both sides', async () => {
    const ids = async (query: string) => {
      const res = await api(t.app).get(`/api/messaging/conversations/?${query}`, host);
      expect(res.statusCode).toBe(200);
      return (res.data as { id: string }[]).map((c) => c.id).sort();
    };
    // Every guest message is unread by the host; the host's own message is not unread to them.
    expect(await ids('filter=unread')).toEqual(threadIds.slice(0, 5).sort());
    expect(await ids('q=guest%203')).toEqual([threadIds[3]]);
    expect(await ids('q=heated')).toEqual([threadIds[5]]);
    expect(await ids('q=mountain')).toEqual([threadIds[5]]);
    expect(await ids(`property_id=${propertyId}&limit=3`)).toHaveLength(3);
    const archive = await api(t.app).post(
      `/api/messaging/conversations/${threadIds[2]}/archive/`,
      {},
      host,
    );
    expect(archive.statusCode).toBe(200);
    expect(await ids('filter=archived')).toEqual([threadIds[2]]);
    expect(await ids('filter=active')).toEqual(
      threadIds.filter((id) => id !== threadIds[2]).sort(),
    );
  });

  it('pages exactly where times differ by less than a millisecond', async () => {
    const [a, b, c] = [threadIds[0]!, threadIds[2]!, threadIds[4]!];
    await t.database.db.execute(sql`
      update conversations set last_activity_at = case id
        when ${a}::uuid then '2026-05-01T12:00:00.000300Z'::timestamptz
        when ${b}::uuid then '2026-05-01T12:00:00.000200Z'::timestamptz
        else '2026-05-01T12:00:00.000100Z'::timestamptz end
      where id in (${a}::uuid, ${b}::uuid, ${c}::uuid)`);
    // Stored to the millisecond, the three are one instant that the cursor names exactly.
    const stored = await queryRows<{ at: string }>(
      t.database.db,
      sql`select to_char(last_activity_at at time zone 'UTC', 'SS.US') as at from conversations
          where id in (${a}::uuid, ${b}::uuid, ${c}::uuid)`,
    );
    expect(stored.map((r) => r.at)).toEqual(['00.000000', '00.000000', '00.000000']);
    const whole = await api(t.app).get('/api/messaging/conversations/?limit=50', host);
    const expected: string[] = whole.data.map((conv: { id: string }) => conv.id);
    const walked: string[] = [];
    let url: string | undefined = '/api/messaging/conversations/?limit=1';
    while (url) {
      const page = await api(t.app).get(url, host);
      walked.push(...page.data.map((conv: { id: string }) => conv.id));
      const link = page.headers.link as string | undefined;
      url = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : undefined;
    }
    expect(walked).toEqual(expected);
    expect(new Set(walked).size).toBe(threadIds.length);
  });
});
