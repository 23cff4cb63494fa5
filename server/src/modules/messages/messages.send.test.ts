import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, buildUser } from '../../../test/factories.ts';
import {
  api,
  createTestApp,
  dbKind,
  testConfig,
  type TestApp,
  type TestUser,
} from '../../../test/harness.ts';
import { consoleLog } from '../../platform/log.ts';
import { createServices } from '../../services.ts';
import { appendMessages } from './messages.service.ts';
import { screenText } from '../screening/index.ts';
import { upload } from '../../../test/uploads.ts';
import sharp from 'sharp';
import { connect, listen, settle } from '../../../test/realtime.ts';

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

describe('sending at capacity', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    // One send at a time: every send that arrives while one is under way is refused.
    t = await createTestApp({ SEND_MAX_IN_FLIGHT: '1', SEND_RATE_LIMIT_PER_MINUTE: '1000' });
    url = await listen(t.app);
  });
  afterAll(() => t.close());

  it('refuses at once while a send is under way, and the retry with the same client id stores it once', async () => {
    const { guest, conversation } = await buildConversation(t.app, 'Hello!');
    const socket = await connect(url, guest.token);
    const body = (i: number) => ({
      conversation_id: conversation.id,
      message: `burst ${i}`,
      client_message_id: `burst-${i}`,
    });
    // Keep the first send waiting in the database: another transaction holds the lock on the
    // conversation (on PGlite, which has one connection, the connection itself).
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.database.db.transaction(async (tx) => {
      await tx.execute(sql`select id from conversations where id = ${conversation.id} for update`);
      locked();
      await released;
    });
    await isLocked;
    try {
      const first = socket.socket.emitWithAck('message.send', body(0));
      await settle(200);
      const started = Date.now();
      const refused = await socket.socket.emitWithAck('message.send', body(1));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'overloaded', details: { retry_after_ms: expect.any(Number) } },
      });
      if (dbKind === 'postgres') {
        // REST spends the same capacity; PGlite's one connection would hold up its sign-in.
        const rest = await api(t.app).post('/api/messaging/messages/send/', body(2), guest);
        expect(rest.statusCode).toBe(503);
        expect(rest.data.error).toMatchObject({
          code: 'overloaded',
          details: { retry_after_ms: expect.any(Number) },
        });
        expect(Number(rest.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      release();
      await holder;
      expect(await first).toMatchObject({ ok: true, created: true });
      // Retried, every message is taken once; one taken already answers created: false.
      for (const i of [1, 2, 0]) {
        const retry = await socket.socket.emitWithAck('message.send', body(i));
        expect(retry).toMatchObject({ ok: true, created: i !== 0 });
      }
    } finally {
      release();
      socket.socket.disconnect();
    }
    const detail = await api(t.app).get(`/api/messaging/conversations/${conversation.id}/`, guest);
    expect(detail.data.messages.map((m: { message: string }) => m.message)).toEqual([
      'Hello!',
      'burst 0',
      'burst 1',
      'burst 2',
    ]);
  });
});

describe('sending from two sets of services on one database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('prepares each its own send statement: one that pushes, one that does not', async () => {
    const { guest, host, conversation } = await buildConversation(t.app, 'Hello!');
    const pushed: unknown[] = [];
    const base = {
      db: t.database.db,
      config: testConfig(),
      now: () => new Date(),
      log: consoleLog,
    };
    const pushing = createServices({ ...base, publish: (events) => pushed.push(...events) });
    const silent = createServices(base);
    const actor = (user: { id: string }) => ({
      id: user.id,
      name: 'x',
      email: 'x@example.com',
      role: 'user' as const,
    });
    // The same connection runs both texts, each more than once (PGlite has only one).
    for (let i = 0; i < 3; i++) {
      await pushing.messages.send(actor(guest), {
        conversation_id: conversation.id,
        message: `pushed ${i}`,
      });
      await silent.messages.send(actor(host), {
        conversation_id: conversation.id,
        message: `silent ${i}`,
      });
    }
    expect(pushed).toHaveLength(6);
    const detail = await api(t.app).get(`/api/messaging/conversations/${conversation.id}/`, guest);
    expect(detail.data.messages).toHaveLength(7);
  });
});

describe('sends that arrive together', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp({ SEND_RATE_LIMIT_PER_MINUTE: '1000' });
    url = await listen(t.app);
  });
  afterAll(() => t.close());

  it('are written in one statement, each answered with its own message and event', async () => {
    // A host with two guests' threads on one property, a third guest's thread, and a thread
    // whose send is held up so that the others queue behind it.
    const { host, guest, property, conversation: first } = await buildConversation(t.app, 'Hi');
    const other = await buildUser(t.app, 'Olga Other');
    const third = await buildUser(t.app, 'Theo Third');
    const start = async (user: TestUser) =>
      (
        await api(t.app).post(
          '/api/messaging/conversations/create/',
          { property_id: property.id, message: 'Hello' },
          user,
        )
      ).data as { id: string };
    const second = await start(other);
    const incoming = await start(third);
    const held = await buildConversation(t.app, 'Held');

    const hostSocket = await connect(url, host.token);
    const guestSocket = await connect(url, guest.token);
    const thirdSocket = await connect(url, third.token);
    const heldSocket = await connect(url, held.guest.token);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // On PGlite, which has one connection, the transaction holds the connection itself.
    const holder = t.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select id from conversations where id = ${held.conversation.id} for update`,
      );
      locked();
      await released;
    });
    await isLocked;
    let acks: any[];
    try {
      // Over the socket, as the others: a REST request reads the account first, which on
      // PGlite would wait for the held connection and so arrive after them.
      const blocked = heldSocket.socket.emitWithAck('message.send', {
        conversation_id: held.conversation.id,
        message: 'First in line',
      });
      await settle(200);
      // From one socket, two threads; and from another, a message to the host.
      const sent = [
        hostSocket.socket.emitWithAck('message.send', {
          conversation_id: first.id,
          message: 'Welcome!',
        }),
        hostSocket.socket.emitWithAck('message.send', {
          conversation_id: second.id,
          message: 'Welcome too!',
        }),
        thirdSocket.socket.emitWithAck('message.send', {
          conversation_id: incoming.id,
          message: 'Is there parking?',
        }),
      ];
      await settle(200);
      release();
      await holder;
      expect(await blocked).toMatchObject({ ok: true, created: true });
      acks = await Promise.all(sent);
    } finally {
      release();
    }
    expect(acks.map((a) => a.ok)).toEqual([true, true, true]);
    const [toFirst, toSecond, toHost] = acks;
    // One statement: one transaction time.
    expect(new Set(acks.map((a) => a.message.created_at)).size).toBe(1);
    expect(acks.map((a) => a.message.conversation_id)).toEqual([first.id, second.id, incoming.id]);
    expect(toFirst.message).toMatchObject({ seq: 2, sender_id: host.id, receiver_id: guest.id });
    // Each acknowledgement carries its own message's event, with that thread.
    for (const ack of acks) {
      expect(ack.event).toMatchObject({
        type: 'message.created',
        message: { id: ack.message.id },
        conversation: { id: ack.message.conversation_id },
      });
    }
    // The host's events of the batch are consecutive: its two sends and the third's message.
    const hostCursors = [toFirst.event.cursor, toSecond.event.cursor].map(Number);
    expect(hostCursors[1]).toBe(hostCursors[0]! + 1);
    // The sending socket gets the batch's other message pushed, not its own two.
    const pushed = await hostSocket.next(
      'message.created',
      (e) => e.message.id === toHost.message.id,
    );
    expect(Number(pushed.cursor)).toBe(hostCursors[1]! + 1);
    expect(pushed.unread).toMatchObject({ messages: 4, conversations: 3 });
    await settle(200);
    expect(hostSocket.named('message.created').map((e) => e.message.id)).toEqual([
      toHost.message.id,
    ]);
    expect(thirdSocket.named('message.created')).toEqual([]);
    // The receiver is pushed its message with its badge.
    const received = await guestSocket.next(
      'message.created',
      (e) => e.message.id === toFirst.message.id,
    );
    expect(received.unread).toMatchObject({ messages: 1, conversations: 1 });
    for (const probe of [hostSocket, guestSocket, thirdSocket, heldSocket]) probe.close();
  });

  /** A second guest's conversation about the same property, opened with `message`. */
  async function anotherGuestsThread(propertyId: string, guestName: string, message: string) {
    const guest = await buildUser(t.app, guestName);
    const res = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: propertyId, message },
      guest,
    );
    return res.data as { id: string };
  }

  it('count each use of a template, when one batch uses it twice', async () => {
    const { host, property, conversation: first } = await buildConversation(t.app, 'Hi');
    const second = await anotherGuestsThread(property.id, 'Olga Other', 'Hello');
    const [template] = (await api(t.app).get('/api/messaging/quick-replies/', host)).data as {
      id: string;
    }[];
    const services = t.app.services;
    const results = await services.events.single(t.database.db, (uow) =>
      appendMessages(
        services.events,
        uow,
        [first.id, second.id].map((conversationId) => ({
          conversationId,
          senderId: host.id,
          text: 'From the template',
          quickReplyId: template!.id,
        })),
      ),
    );
    expect(results.map((r) => r?.created)).toEqual([true, true]);
    const used = (await api(t.app).get(`/api/messaging/quick-replies/${template!.id}/`, host)).data;
    expect(used.usage_count).toBe(2);
  });

  it('writes a batch of a plain message and one with an attachment, a reply and a number', async () => {
    // A batch takes the statement of everything any of its messages carries.
    const { host, property, conversation: plainThread } = await buildConversation(t.app, 'Hi');
    const richThread = await anotherGuestsThread(property.id, 'Rita Rich', 'Can I park there?');
    const [original] = (
      await api(t.app).get(`/api/messaging/conversations/${richThread.id}/`, host)
    ).data.messages as { id: string }[];
    const png = await sharp({
      create: { width: 4, height: 4, channels: 3, background: '#3a7' },
    })
      .png()
      .toBuffer();
    const uploaded = await upload(t.app, host, png, { filename: 'map.png' });
    expect(uploaded.statusCode).toBe(201);
    const richText = 'Here is the map, or call me on +351 912 345 678';
    const services = t.app.services;
    const [plain, rich] = await services.events.single(t.database.db, (uow) =>
      appendMessages(services.events, uow, [
        { conversationId: plainThread.id, senderId: host.id, text: 'Plain and simple' },
        {
          conversationId: richThread.id,
          senderId: host.id,
          text: richText,
          attachmentIds: [uploaded.data.id],
          replyToId: original!.id,
          screened: screenText('mask', richText),
        },
      ]),
    );
    expect(plain?.message).toMatchObject({
      message: 'Plain and simple',
      attachments: [],
      reply_to: null,
      screened: false,
    });
    expect(rich?.message).toMatchObject({
      message: 'Here is the map, or call me on [phone number hidden]',
      attachments: [{ id: uploaded.data.id, kind: 'image' }],
      reply_to: { id: original!.id, excerpt: 'Can I park there?' },
      screened: true,
    });
  });
});
