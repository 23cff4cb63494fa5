import { TYPING_TTL_MS } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp } from '../../../test/harness.ts';
import {
  connect,
  listen,
  refusal,
  settle,
  SyncingClient,
  type Probe,
} from '../../../test/realtime.ts';

let t: TestApp;
let url: string;
const open: Probe[] = [];

async function socketFor(token: string, options: Parameters<typeof connect>[2] = {}) {
  const probe = await connect(url, token, options);
  open.push(probe);
  return probe;
}

beforeAll(async () => {
  t = await createTestApp({ SOCKET_ACCOUNT_CHECK_SECONDS: '0.2' });
  url = await listen(t.app);
});

afterAll(async () => {
  for (const probe of open) probe.close();
  await t.close();
});

describe('socket handshake', () => {
  it('refuses a missing, forged or expired token with a clear error', async () => {
    const user = await buildUser(t.app);
    expect(await refusal(connect(url, ''))).toMatchObject({ code: 'unauthorized' });
    expect(await refusal(connect(url, `${user.token}x`))).toMatchObject({ code: 'unauthorized' });
    t.clock.offsetMs = 901_000;
    try {
      expect(await refusal(connect(url, user.token))).toMatchObject({ code: 'token_expired' });
    } finally {
      t.clock.offsetMs = 0;
    }
  });

  it('refuses a foreign Origin and accepts its own', async () => {
    const user = await buildUser(t.app);
    expect(
      await refusal(connect(url, user.token, { origin: 'http://evil.example' })),
    ).toMatchObject({ code: 'forbidden' });
    const own = await socketFor(user.token, { origin: url });
    expect(own.socket.connected).toBe(true);
  });

  it('accepts only PUBLIC_URL and CORS_ORIGINS when they are set', async () => {
    const configured = await createTestApp({
      PUBLIC_URL: 'https://chat.example.com/app',
      CORS_ORIGINS: 'https://host.example.com, https://admin.example.com',
    });
    try {
      const configuredUrl = await listen(configured.app);
      const user = await buildUser(configured.app);
      for (const origin of [
        'https://chat.example.com',
        'https://host.example.com',
        'https://admin.example.com',
      ]) {
        const probe = await connect(configuredUrl, user.token, { origin });
        expect(probe.socket.connected).toBe(true);
        probe.close();
      }
      for (const origin of [configuredUrl, 'https://chat.example.com.evil.example', 'null']) {
        expect(await refusal(connect(configuredUrl, user.token, { origin }))).toMatchObject({
          code: 'forbidden',
        });
      }
    } finally {
      await configured.close();
    }
  });

  it('closes the socket when its token expires', async () => {
    const user = await buildUser(t.app);
    // The server's clock is three seconds before the token's expiry: time enough for the
    // handshake on a busy machine (one second was not, now and then).
    t.clock.offsetMs = 897_000;
    let probe: Probe;
    try {
      probe = await socketFor(user.token);
    } finally {
      t.clock.offsetMs = 0;
    }
    const reason = new Promise((resolve) => probe.socket.once('disconnect', resolve));
    expect(await probe.next('session.ended', undefined, 6000)).toMatchObject({
      code: 'token_expired',
    });
    expect(await reason).toBe('io server disconnect');
  });

  it("closes a disabled account's sockets", async () => {
    const user = await buildUser(t.app);
    const probe = await socketFor(user.token);
    const reason = new Promise((resolve) => probe.socket.once('disconnect', resolve));
    await t.database.db.execute(sql`update users set disabled_at = now() where id = ${user.id}`);
    expect(await probe.next('session.ended', undefined, 3000)).toMatchObject({
      code: 'unauthorized',
    });
    expect(await reason).toBe('io server disconnect');
    expect(await refusal(connect(url, user.token))).toMatchObject({ code: 'unauthorized' });
  });
});

describe('events', () => {
  it('delivers every event of a conversation to its two participants and to nobody else', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'First');
    const outsider = await buildUser(t.app, 'Olga Outsider');
    const [hostSocket, guestSocket, guestPhone, outsiderSocket] = await Promise.all([
      socketFor(host.token),
      socketFor(guest.token),
      socketFor(guest.token),
      socketFor(outsider.token),
    ]);

    // message.created: one frame per socket, with the conversation and the badge it changed
    // (the host has had a notification for the thread since its first message)
    const framesBefore = [hostSocket, guestSocket, guestPhone].map((s) => s.events.length);
    const sent = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Is the loft free?' },
      guest,
    );
    expect(sent.statusCode).toBe(201);
    const isSent = (e: any) => e.message?.id === sent.data.id;
    const created = await hostSocket.next('message.created', isSent);
    expect(created).toMatchObject({
      type: 'message.created',
      conversation_id: conversation.id,
      seq: 2,
      message: sent.data,
      conversation: { id: conversation.id, unread_count: 2, last_message: sent.data },
      unread: { messages: 2, conversations: 1, notifications: 1 },
    });
    const guestCreated = await guestSocket.next('message.created', isSent);
    expect(guestCreated).toMatchObject({
      message: sent.data,
      conversation: { ...created.conversation, unread_count: 0 },
      unread: { messages: 0, conversations: 0, notifications: 0 },
    });
    const phoneCreated = await guestPhone.next('message.created', isSent);
    expect(phoneCreated).toEqual(guestCreated);
    await settle();
    expect(
      [hostSocket, guestSocket, guestPhone].map((s, i) =>
        s.events.slice(framesBefore[i]).map((e) => e.name),
      ),
    ).toEqual([['message.created'], ['message.created'], ['message.created']]);

    // message.read: the read receipt reaches the sender
    const read = await api(t.app).post(`/api/messaging/messages/${sent.data.id}/read/`, {}, host);
    expect(read.statusCode).toBe(200);
    const receipt = await guestSocket.next('message.read');
    expect(receipt).toMatchObject({
      conversation_id: conversation.id,
      reader_id: host.id,
      message_ids: [sent.data.id],
      seqs: [2],
      read_at: read.data.read_at,
    });
    expect(receipt.conversation).toMatchObject({ unread_count: 0 });
    expect(receipt.unread).toEqual({ messages: 0, conversations: 0, notifications: 0 });
    const hostReceipt = await hostSocket.next('message.read');
    expect(hostReceipt).toMatchObject({
      message_ids: [sent.data.id],
      conversation: { unread_count: 1 },
      unread: { messages: 1, conversations: 1, notifications: 1 },
    });

    // mark-all-read: one receipt for the rest
    await api(t.app).post(
      `/api/messaging/conversations/${conversation.id}/mark-all-read/`,
      {},
      host,
    );
    const all = await guestSocket.next('message.read', (e) => e.seqs.includes(1));
    expect(all.seqs).toEqual([1]);
    // Reading the whole thread reads its notification: the receipt carries the badge, so no
    // separate badge frame follows.
    const allRead = await hostSocket.next('message.read', (e) => e.unread.messages === 0);
    expect(allRead.unread).toEqual({ messages: 0, conversations: 0, notifications: 0 });

    // archive: each side sees the conversation as it sees it
    await api(t.app).post(`/api/messaging/conversations/${conversation.id}/archive/`, {}, guest);
    expect(
      (await guestSocket.next('conversation.updated', (e) => e.conversation.is_archived_by_guest))
        .conversation.is_archived,
    ).toBe(true);
    expect(
      (await hostSocket.next('conversation.updated', (e) => e.conversation.is_archived_by_guest))
        .conversation.is_archived,
    ).toBe(false);

    // cursors are per user, consecutive, and what sync returns
    const guestCursors = guestSocket.events
      .filter((e) => 'cursor' in (e.payload ?? {}))
      .map((e) => Number(e.payload.cursor));
    expect(guestCursors).toEqual(guestCursors.map((_, i) => guestCursors[0]! + i));
    const pushed = guestSocket.events
      .filter((e) => 'cursor' in (e.payload ?? {}))
      .map((e) => e.payload);
    const synced = await api(t.app).get(
      `/api/messaging/sync/?since=${guestCursors[0]! - 1}`,
      guest,
    );
    // Sync names the same changes under the same cursors...
    const change = (e: any) => ({
      type: e.type,
      cursor: e.cursor,
      conversation_id: e.conversation_id ?? e.conversation?.id,
      message_id: e.message?.id,
      seq: e.seq,
    });
    expect(synced.data.events.map(change)).toEqual(pushed.map(change));
    // ...each with what it is about in its current state: the message as it is now (read
    // since), the conversation as the last push showed it, the badge as it is; a read
    // receipt's own fields are as pushed.
    const detail = await api(t.app).get(`/api/messaging/conversations/${conversation.id}/`, guest);
    const latestView = pushed.filter((e) => e.conversation).at(-1).conversation;
    const guestBadge = { messages: 0, conversations: 0, notifications: 0 };
    const syncedTypes = new Set<string>();
    const own = ({ conversation: _c, unread: _u, ...rest }: any) => rest;
    for (const event of synced.data.events) {
      syncedTypes.add(event.type);
      expect(event.conversation).toEqual(latestView);
      if (event.type === 'message.created') {
        const stored = detail.data.messages.find((m: any) => m.id === event.message.id);
        expect(event.message).toEqual(stored);
        expect(event.message).toMatchObject({ id: sent.data.id, is_read: true });
        expect(event.unread).toEqual(guestBadge);
      } else if (event.type === 'message.read') {
        expect(event.unread).toEqual(guestBadge);
        expect(own(event)).toEqual(own(pushed.find((e) => e.cursor === event.cursor)));
      }
    }
    expect([...syncedTypes].sort()).toEqual([
      'conversation.updated',
      'message.created',
      'message.read',
    ]);

    await settle();
    expect(outsiderSocket.events).toEqual([]);
  });

  it('tells both participants of a new conversation and its first message', async () => {
    const host = await buildUser(t.app, 'Hugo Host');
    const guest = await buildUser(t.app, 'Gus Guest');
    const outsider = await buildUser(t.app, 'Otto Outsider');
    const [hostSocket, outsiderSocket] = await Promise.all([
      socketFor(host.token),
      socketFor(outsider.token),
    ]);
    const property = await api(t.app).post(
      '/api/properties/',
      { title: 'Harbour Flat', address: '1 Quay', timezone: 'Europe/Lisbon' },
      host,
    );
    const res = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: property.data.id, message: 'Hi there' },
      guest,
    );
    expect(res.statusCode).toBe(201);
    expect(await hostSocket.next('message.created')).toMatchObject({
      conversation_id: res.data.id,
      seq: 1,
      message: { message: 'Hi there', sender_id: guest.id },
      conversation: {
        id: res.data.id,
        unread_count: 1,
        guest: { id: guest.id, name: 'Gus Guest' },
        property: { title: 'Harbour Flat', timezone: 'Europe/Lisbon' },
      },
      unread: { messages: 1, conversations: 1, notifications: 1 },
    });
    // The message brings the new conversation with it; the thread's notification follows.
    const notified = await hostSocket.next('notification.created');
    expect(notified.notification).toMatchObject({
      notification_type: 'new_message',
      title: 'New message from Gus Guest',
      message: 'Hi there',
      conversation_id: res.data.id,
      is_read: false,
    });
    expect(notified.unread).toEqual({ messages: 1, conversations: 1, notifications: 1 });
    await settle();
    expect(hostSocket.events.map((e) => e.name)).toEqual([
      'message.created',
      'notification.created',
    ]);
    await settle();
    expect(outsiderSocket.events).toEqual([]);
  });
});

describe('typing', () => {
  it('reaches the other participant, stops on typing.stop, and is refused to outsiders', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const outsider = await buildUser(t.app);
    const [hostSocket, guestSocket, outsiderSocket] = await Promise.all([
      socketFor(host.token),
      socketFor(guest.token),
      socketFor(outsider.token),
    ]);
    const start = await guestSocket.socket.emitWithAck('typing.start', {
      conversation_id: conversation.id,
    });
    expect(start).toEqual({ ok: true });
    expect(await hostSocket.next('typing')).toEqual({
      conversation_id: conversation.id,
      user_id: guest.id,
      is_typing: true,
    });
    await guestSocket.socket.emitWithAck('typing.stop', { conversation_id: conversation.id });
    await hostSocket.next('typing', (e) => !e.is_typing);

    const intrusion = await outsiderSocket.socket.emitWithAck('typing.start', {
      conversation_id: conversation.id,
    });
    expect(intrusion).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const malformed = await outsiderSocket.socket.emitWithAck('typing.start', {
      conversation_id: 'nope',
    });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    await settle();
    expect(hostSocket.named('typing')).toHaveLength(2);
    expect(guestSocket.named('typing')).toEqual([]);
    expect(outsiderSocket.events).toEqual([]);
  });

  it(`expires ${TYPING_TTL_MS / 1000} s after the last typing.start`, async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const [hostSocket, guestSocket] = await Promise.all([
      socketFor(host.token),
      socketFor(guest.token),
    ]);
    await guestSocket.socket.emitWithAck('typing.start', { conversation_id: conversation.id });
    await hostSocket.next('typing', (e) => e.is_typing);
    await settle(1000);
    const refreshedAt = Date.now();
    await guestSocket.socket.emitWithAck('typing.start', { conversation_id: conversation.id });
    await hostSocket.next('typing', (e) => !e.is_typing, TYPING_TTL_MS + 2000);
    const elapsed = Date.now() - refreshedAt;
    expect(elapsed).toBeGreaterThanOrEqual(TYPING_TTL_MS - 100);
    expect(elapsed).toBeLessThan(TYPING_TTL_MS + 1500);
    // A refresh does not announce the typing again.
    expect(hostSocket.named('typing').map((e) => e.is_typing)).toEqual([true, false]);
  });
});

describe('sending over the socket', () => {
  it('acknowledges the stored message, honours client_message_id and validates like REST', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const outsider = await buildUser(t.app);
    const [hostSocket, guestSocket, guestPhone, outsiderSocket] = await Promise.all([
      socketFor(host.token),
      socketFor(guest.token),
      socketFor(guest.token),
      socketFor(outsider.token),
    ]);
    const { cursor: before } = (await api(t.app).get('/api/messaging/sync/', guest)).data;
    const body = {
      conversation_id: conversation.id,
      message: '  Arriving at 6pm  ',
      client_message_id: 'c-1',
    };
    const ack = await guestSocket.socket.emitWithAck('message.send', body);
    expect(ack).toMatchObject({
      ok: true,
      created: true,
      message: { message: 'Arriving at 6pm', seq: 2, client_message_id: 'c-1' },
    });
    if (!ack.ok) throw new Error('not sent');
    expect((await hostSocket.next('message.created')).message).toEqual(ack.message);
    // The acknowledgement is the sending socket's copy of the event, under the sender's next
    // cursor; the sender's other devices get the event itself, the sending socket no echo.
    expect(ack.event).toMatchObject({
      type: 'message.created',
      cursor: String(Number(before) + 1),
      message: ack.message,
      conversation: { id: conversation.id, last_message: ack.message, unread_count: 0 },
      unread: { messages: 0, conversations: 0, notifications: 0 },
    });
    expect(await guestPhone.next('message.created')).toEqual(ack.event);
    const synced = await api(t.app).get(`/api/messaging/sync/?since=${before}`, guest);
    expect(synced.data.events).toEqual([ack.event]);

    const retry = await guestSocket.socket.emitWithAck('message.send', body);
    expect(retry).toEqual({ ok: true, created: false, message: ack.message });
    await settle();
    expect(guestSocket.named('message.created')).toEqual([]);

    const invalid = await guestSocket.socket.emitWithAck('message.send', {
      conversation_id: conversation.id,
      message: '   ',
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', details: [{ field: 'body.message' }] },
    });
    // Text no column can store is refused by name, as REST refuses it, and never stored.
    for (const unstorable of ['NUL \u0000 inside', 'lone \uD800 surrogate']) {
      const refused = await guestSocket.socket.emitWithAck('message.send', {
        conversation_id: conversation.id,
        message: unstorable,
      });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'validation_failed', details: [{ field: 'body.message' }] },
      });
    }
    const foreign = await outsiderSocket.socket.emitWithAck('message.send', {
      conversation_id: conversation.id,
      message: 'Let me in',
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const detail = await api(t.app).get(`/api/messaging/conversations/${conversation.id}/`, host);
    expect(detail.data.messages.map((m: any) => m.message)).toEqual(['Hello!', 'Arriving at 6pm']);
    await settle();
    expect(outsiderSocket.events).toEqual([]);
  });

  it('spends the same per-user budget as REST', async () => {
    // The conversation's opening message is the first of the four.
    const limited = await createTestApp({ SEND_RATE_LIMIT_PER_MINUTE: '4' });
    try {
      const limitedUrl = await listen(limited.app);
      const { guest, conversation } = await buildConversation(limited.app);
      const socket = await connect(limitedUrl, guest.token);
      open.push(socket);
      const send = (message: string) =>
        api(limited.app).post(
          '/api/messaging/messages/send/',
          { conversation_id: conversation.id, message },
          guest,
        );
      expect((await send('one')).statusCode).toBe(201);
      expect((await send('two')).statusCode).toBe(201);
      const third = await socket.socket.emitWithAck('message.send', {
        conversation_id: conversation.id,
        message: 'three',
      });
      expect(third.ok).toBe(true);
      const fourth = await socket.socket.emitWithAck('message.send', {
        conversation_id: conversation.id,
        message: 'four',
      });
      expect(fourth).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
      const fifth = await send('five');
      expect(fifth.statusCode).toBe(429);
      expect(fifth.data.error.code).toBe('rate_limited');
      expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('reconnect and sync', () => {
  it('ends with every message once and in order after the connection drops mid-stream', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'm1');
    const client = new SyncingClient(url, guest.token);
    await client.start();
    const probe = await socketFor(guest.token, { reconnection: true, reconnectionDelay: 300 });
    client.attach(probe.socket);
    const send = async (from: number, to: number) => {
      for (let i = from; i <= to; i++) {
        const res = await api(t.app).post(
          '/api/messaging/messages/send/',
          { conversation_id: conversation.id, message: `m${i}` },
          host,
        );
        expect(res.statusCode).toBe(201);
      }
    };
    const total = 40;
    await send(2, 10);
    const stream = send(11, 30);
    // The transport dies under the client mid-stream; it reconnects with back-off by itself.
    probe.socket.io.engine.close();
    await stream;
    if (!probe.socket.connected)
      await new Promise<void>((r) => probe.socket.once('connect', () => r()));
    await send(31, total);
    const seqs = () =>
      client.applied
        .filter((e) => e.type === 'message.created' && e.conversation_id === conversation.id)
        .map((e) => (e.type === 'message.created' ? e.seq : 0));
    const deadline = Date.now() + 5000;
    while (seqs().length < total - 1 && Date.now() < deadline) await settle(50);
    await client.idle();
    expect(seqs()).toEqual(Array.from({ length: total - 1 }, (_, i) => i + 2));
    const cursors = client.applied.map((e) => Number(e.cursor));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    // Some of them could only have come from sync.
    expect(client.appliedFromSync).toBeGreaterThan(0);
  });
});
