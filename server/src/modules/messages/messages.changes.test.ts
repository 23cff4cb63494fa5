import { randomUUID } from 'node:crypto';
import { EDIT_WINDOW_MS, MAX_EMOJIS_PER_PERSON, UNSEND_WINDOW_MS } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildConversation,
  buildProperty,
  buildReservation,
  buildUser,
} from '../../../test/factories.ts';
import { api, createTestApp, dbKind, type TestApp, type TestUser } from '../../../test/harness.ts';
import { connect, listen, settle, type Probe } from '../../../test/realtime.ts';
import { queryRows } from '../../platform/db/connect.ts';

type Json = any;

let t: TestApp;
let url: string;
const open: Probe[] = [];

beforeAll(async () => {
  // Tokens outlive the clock moves below (a day and more).
  t = await createTestApp({ ACCESS_TOKEN_TTL_SECONDS: String(3 * 24 * 3600) });
  url = await listen(t.app);
});

afterAll(async () => {
  for (const probe of open) probe.close();
  await t.close();
});

const client = () => api(t.app);
const send = (as: TestUser, body: Record<string, unknown>) =>
  client().post('/api/messaging/messages/send/', body, as);
const edit = (as: TestUser, id: string, message: unknown) =>
  client().call('PATCH', `/api/messaging/messages/${id}/`, { as, body: { message } });
const unsend = (as: TestUser, id: string) =>
  client().call('DELETE', `/api/messaging/messages/${id}/`, { as });
const react = (as: TestUser, id: string, emoji: unknown) =>
  client().post(`/api/messaging/messages/${id}/reactions/`, { emoji }, as);
const unreact = (as: TestUser, id: string, emoji: string) =>
  client().call('DELETE', `/api/messaging/messages/${id}/reactions/${encodeURIComponent(emoji)}/`, {
    as,
  });

/** Runs `work` with the server's clock moved `ms` ahead. */
async function later<T>(ms: number, work: () => Promise<T>): Promise<T> {
  t.clock.offsetMs = ms;
  try {
    return await work();
  } finally {
    t.clock.offsetMs = 0;
  }
}

async function rows<T extends Record<string, unknown>>(query: ReturnType<typeof sql>) {
  return queryRows<T>(t.database.db, query);
}

const revisionsOf = (messageId: string) =>
  rows<Json>(sql`select revision, action, message, attachments, actor_id from message_revisions
                 where message_id = ${messageId} order by revision`);

const cursorOf = async (user: TestUser) =>
  (await client().get('/api/messaging/sync/', user)).data.cursor as string;

async function syncSince(user: TestUser, cursor: string): Promise<Json[]> {
  const res = await client().get(`/api/messaging/sync/?since=${cursor}`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.data.events;
}

async function thread(user: TestUser, conversationId: string): Promise<Json> {
  const res = await client().get(`/api/messaging/conversations/${conversationId}/`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.data;
}

/** An upload of `user`'s, as the attachments module stores one (its content is not read here). */
async function uploadRow(user: TestUser, name: string) {
  const [row] = await rows<{ id: string }>(sql`
    insert into attachments (uploader_id, kind, content_type, size, name, storage_key)
    values (${user.id}, 'file', 'application/pdf', 1234, ${name}, ${`test/${randomUUID()}`})
    returning id`);
  return row!.id;
}

async function socketFor(user: TestUser) {
  const probe = await connect(url, user.token);
  open.push(probe);
  return probe;
}

describe('quoted replies', () => {
  it('carry a quote of the original, from the same conversation only', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Is parking included?');
    const original = conversation.messages[0]!.id;
    const reply = await send(host, {
      conversation_id: conversation.id,
      message: 'Yes, one space.',
      reply_to_id: original,
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.data.reply_to).toEqual({
      id: original,
      sender_id: guest.id,
      excerpt: 'Is parking included?',
      attachments: 0,
      unsent: false,
    });
    const shown = (await thread(guest, conversation.id)).messages.find(
      (m: Json) => m.id === reply.data.id,
    );
    expect(shown.reply_to).toEqual(reply.data.reply_to);

    const other = await buildConversation(t.app, 'Another thread');
    const foreign = await send(host, {
      conversation_id: conversation.id,
      message: 'Quoting elsewhere',
      reply_to_id: other.conversation.messages[0]!.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.data.error).toMatchObject({ code: 'validation_failed' });
    expect(foreign.data.error.message).toContain('reply_to_id');
    const unknown = await send(host, {
      conversation_id: conversation.id,
      message: 'Quoting nothing',
      reply_to_id: randomUUID(),
    });
    expect(unknown.statusCode).toBe(400);
    expect((await thread(host, conversation.id)).messages).toHaveLength(2);
  });

  it('follow the original: an edit rewrites the quote, an unsend empties it, both sides told', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Wifi password is abc');
    const original = conversation.messages[0]!.id;
    const reply = await send(host, {
      conversation_id: conversation.id,
      message: 'Thanks',
      reply_to_id: original,
    });
    const cursors = await Promise.all([guest, host].map(cursorOf));

    expect((await edit(guest, original, 'Wifi password is xyz')).statusCode).toBe(200);
    let quoted = (await thread(host, conversation.id)).messages.find(
      (m: Json) => m.id === reply.data.id,
    );
    expect(quoted.reply_to).toMatchObject({ excerpt: 'Wifi password is xyz', unsent: false });

    expect((await unsend(guest, original)).statusCode).toBe(200);
    quoted = (await thread(host, conversation.id)).messages.find(
      (m: Json) => m.id === reply.data.id,
    );
    expect(quoted.reply_to).toEqual({
      id: original,
      sender_id: guest.id,
      excerpt: '',
      attachments: 0,
      unsent: true,
    });
    expect(JSON.stringify(quoted)).not.toContain('Wifi');

    // Each side hears of the original and of the reply whose quote changed, twice each.
    for (const [i, user] of [guest, host].entries()) {
      const updates = (await syncSince(user, cursors[i]!)).filter(
        (e) => e.type === 'message.updated',
      );
      expect(updates.map((e) => e.message.id)).toEqual([
        original,
        reply.data.id,
        original,
        reply.data.id,
      ]);
      expect(updates.at(-1).message.reply_to).toMatchObject({ excerpt: '', unsent: true });
    }
  });
});

describe('editing', () => {
  it('changes the text within 15 minutes, keeps the earlier one, and refuses after (409)', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Arriving at 3pm');
    const id = conversation.messages[0]!.id;
    const edited = await edit(guest, id, '  Arriving at 5pm  ');
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.data).toMatchObject({ id, message: 'Arriving at 5pm', unsent_at: null });
    expect(Date.parse(edited.data.edited_at)).toBeGreaterThanOrEqual(
      Date.parse(edited.data.created_at),
    );
    expect(await revisionsOf(id)).toEqual([
      {
        revision: 1,
        action: 'edited',
        message: 'Arriving at 3pm',
        attachments: null,
        actor_id: guest.id,
      },
    ]);

    // The same text again: nothing changes, no revision.
    const again = await edit(guest, id, 'Arriving at 5pm');
    expect(again.statusCode).toBe(200);
    expect(again.data).toEqual(edited.data);
    expect(await revisionsOf(id)).toHaveLength(1);

    // The inbox shows the new text on both sides.
    for (const user of [guest, host]) {
      const list = await client().get('/api/messaging/conversations/', user);
      const row = list.data.find((c: Json) => c.id === conversation.id);
      expect(row.last_message).toMatchObject({ id, message: 'Arriving at 5pm' });
    }

    // Just inside the window, then past it.
    const second = await later(EDIT_WINDOW_MS - 60_000, () => edit(guest, id, 'Arriving at 6pm'));
    expect(second.statusCode, second.body).toBe(200);
    const late = await later(EDIT_WINDOW_MS + 60_000, () => edit(guest, id, 'Arriving at 7pm'));
    expect(late.statusCode).toBe(409);
    expect(late.data.error.code).toBe('conflict');
    expect(late.data.error.message).toMatch(/15 minutes/);
    expect((await thread(host, conversation.id)).messages[0].message).toBe('Arriving at 6pm');
    expect((await revisionsOf(id)).map((r: Json) => r.message)).toEqual([
      'Arriving at 3pm',
      'Arriving at 5pm',
    ]);
  });

  it('is for the sender only: 403 for the receiver, 404 for anyone else, 400 for no text', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Original');
    const id = conversation.messages[0]!.id;
    const outsider = await buildUser(t.app, 'Olga Outsider');
    const byReceiver = await edit(host, id, 'Changed by the host');
    expect(byReceiver.statusCode).toBe(403);
    expect(byReceiver.data.error.code).toBe('forbidden');
    for (const res of [
      await edit(outsider, id, 'Changed by a stranger'),
      await unsend(outsider, id),
      await react(outsider, id, '👍'),
      await unreact(outsider, id, '👍'),
      await edit(guest, randomUUID(), 'No such message'),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.data.error.code).toBe('not_found');
    }
    for (const body of ['', '   ', 'x'.repeat(5001), 5]) {
      expect((await edit(guest, id, body)).statusCode).toBe(400);
    }
    expect((await unsend(host, id)).statusCode).toBe(403);
    expect((await thread(guest, conversation.id)).messages[0]).toMatchObject({
      message: 'Original',
      edited_at: null,
      unsent_at: null,
    });
    expect(await revisionsOf(id)).toEqual([]);
  });

  it('refuses to edit or unsend a system line (409)', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const guest = await buildUser(t.app, 'Gina Guest');
    const property = await buildProperty(t.app, host);
    const reservation = await buildReservation(t.app, guest, property.id);
    const created = await client().post(
      '/api/messaging/conversations/create/',
      { property_id: property.id, reservation_id: reservation.id, message: 'About our stay' },
      guest,
    );
    expect(created.statusCode, created.body).toBe(201);
    const confirmed = await client().post(`/api/reservations/${reservation.id}/confirm/`, {}, host);
    expect(confirmed.statusCode).toBe(200);
    const line = (await thread(host, created.data.id)).messages.find(
      (m: Json) => m.kind === 'system',
    );
    expect(line.sender_id).toBe(host.id);
    expect((await edit(host, line.id, 'Something else')).statusCode).toBe(409);
    expect((await unsend(host, line.id)).statusCode).toBe(409);
    // Reactions are fine.
    expect((await react(guest, line.id, '🎉')).statusCode).toBe(200);
  });
});

describe('unsending', () => {
  it('empties the message for both sides within 24 hours, lets its attachments go, and refuses after', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const upload = await uploadRow(host, 'house-manual.pdf');
    const sent = await send(host, {
      conversation_id: conversation.id,
      message: 'Pay me on PayPal at secret@example.com',
      attachment_ids: [upload],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.data.id;
    expect((await react(guest, id, '😮')).statusCode).toBe(200);
    const badgeBefore = (await client().get('/api/messaging/unread-count/', guest)).data;

    const res = await later(UNSEND_WINDOW_MS - 60_000, () => unsend(host, id));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      id,
      message: '',
      attachments: [],
      reactions: [],
      edited_at: null,
      is_read: true,
    });
    expect(res.data.unsent_at).not.toBeNull();

    // Unread by the guest, so it counts read now: the badge and the thread's count drop.
    const badgeAfter = (await client().get('/api/messaging/unread-count/', guest)).data;
    expect(badgeAfter.messages).toBe(badgeBefore.messages - 1);
    const guestThread = await thread(guest, conversation.id);
    expect(guestThread.unread_count).toBe(0);
    const shown = guestThread.messages.find((m: Json) => m.id === id);
    expect(shown).toEqual(res.data);

    // The upload belongs to no message any more, and its reaction rows are gone.
    const [attachment] = await rows<Json>(
      sql`select message_id from attachments where id = ${upload}`,
    );
    expect(attachment.message_id).toBeNull();
    const [{ n }] = await rows<Json>(
      sql`select count(*)::int as n from message_reactions where message_id = ${id}`,
    );
    expect(n).toBe(0);
    const [revision] = await revisionsOf(id);
    expect(revision).toMatchObject({
      revision: 1,
      action: 'unsent',
      message: 'Pay me on PayPal at secret@example.com',
      actor_id: host.id,
    });
    expect(revision.attachments).toMatchObject([{ id: upload, name: 'house-manual.pdf' }]);

    // Twice: the unsent message again, nothing more.
    const again = await unsend(host, id);
    expect(again.statusCode).toBe(200);
    expect(again.data).toEqual(res.data);
    expect(await revisionsOf(id)).toHaveLength(1);
    expect((await edit(host, id, 'Back again')).statusCode).toBe(409);
    expect((await react(guest, id, '👍')).statusCode).toBe(409);
    expect((await unreact(guest, id, '😮')).statusCode).toBe(200);

    const late = await send(host, { conversation_id: conversation.id, message: 'Too late' });
    const refused = await later(UNSEND_WINDOW_MS + 60_000, () => unsend(host, late.data.id));
    expect(refused.statusCode).toBe(409);
    expect(refused.data.error.message).toMatch(/24 hours/);
    expect((await thread(guest, conversation.id)).messages.at(-1)).toMatchObject({
      id: late.data.id,
      message: 'Too late',
      unsent_at: null,
    });
  });
});

describe('reactions', () => {
  it('count once per person and emoji, in the order first used, and can be taken back', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const id = conversation.messages[0]!.id;
    const cursor = await cursorOf(guest);

    const first = await react(host, id, '👍');
    expect(first.statusCode, first.body).toBe(200);
    const twice = await react(host, id, '👍');
    expect(twice.statusCode).toBe(200);
    expect(twice.data).toEqual(first.data);
    await react(guest, id, '❤️');
    const both = await react(guest, id, '👍');
    expect(both.data.reactions).toEqual([
      { emoji: '👍', count: 2, user_ids: [host.id, guest.id] },
      { emoji: '❤️', count: 1, user_ids: [guest.id] },
    ]);
    const [{ n }] = await rows<Json>(sql`select count(*)::int as n from message_reactions
      where message_id = ${id} and user_id = ${host.id} and emoji = '👍'`);
    expect(n).toBe(1);

    // Taken back; taking back what is not there changes nothing.
    const removed = await unreact(host, id, '👍');
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.data.reactions).toEqual([
      { emoji: '👍', count: 1, user_ids: [guest.id] },
      { emoji: '❤️', count: 1, user_ids: [guest.id] },
    ]);
    expect((await unreact(host, id, '👍')).data).toEqual(removed.data);
    expect((await unreact(host, id, '🎉')).statusCode).toBe(200);
    await unreact(guest, id, '👍');
    const last = await unreact(guest, id, '❤️');
    expect(last.data.reactions).toEqual([]);
    const [stored] = await rows<Json>(sql`select reactions from messages where id = ${id}`);
    expect(stored.reactions).toBeNull();

    // One event per change: the second 👍 and the removals of nothing recorded none.
    const events = (await syncSince(guest, cursor)).filter((e) => e.type === 'message.reaction');
    expect(events.map((e) => [e.user_id, e.emoji, e.added])).toEqual([
      [host.id, '👍', true],
      [guest.id, '❤️', true],
      [guest.id, '👍', true],
      [host.id, '👍', false],
      [guest.id, '👍', false],
      [guest.id, '❤️', false],
    ]);
    // Sync carries the reactions as they are now.
    for (const event of events) {
      expect(event).toMatchObject({ conversation_id: conversation.id, message_id: id });
      expect(event.reactions).toEqual([]);
    }
  });

  it('take one emoji each, and at most 20 different ones per person', async () => {
    const { host, conversation } = await buildConversation(t.app);
    const id = conversation.messages[0]!.id;
    for (const emoji of ['abc', '👍👍', '👍 ', '', 'a👍', ':+1:', 5]) {
      const res = await react(host, id, emoji);
      expect(res.statusCode, JSON.stringify(emoji)).toBe(400);
      expect(res.data.error.code).toBe('validation_failed');
    }
    expect((await unreact(host, id, 'abc')).statusCode).toBe(400);
    for (const emoji of ['👍🏽', '🇵🇹', '👨‍👩‍👧']) {
      expect((await react(host, id, emoji)).statusCode, emoji).toBe(200);
    }
    const many = [...'😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗😙😚🙂🤗🤩'].slice(
      0,
      MAX_EMOJIS_PER_PERSON - 3,
    );
    for (const emoji of many) expect((await react(host, id, emoji)).statusCode).toBe(200);
    const over = await react(host, id, '🤩');
    expect(over.statusCode).toBe(409);
    expect(over.data.error.message).toMatch(/20/);
    // Again with one already there is fine.
    expect((await react(host, id, '👍🏽')).statusCode).toBe(200);
    const shown = (await thread(host, conversation.id)).messages[0];
    expect(shown.reactions).toHaveLength(MAX_EMOJIS_PER_PERSON);
  });
});

describe('the revision log', () => {
  it('is never shown to the participants, over REST or sync, and is shown to admins with the earlier texts', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hello there');
    const secret = 'Send the deposit to IBAN XX00 1234';
    const cursors = await Promise.all([guest, host].map(cursorOf));
    const upload = await uploadRow(host, 'bank-details.pdf');
    const sent = await send(host, {
      conversation_id: conversation.id,
      message: secret,
      attachment_ids: [upload],
    });
    const id = sent.data.id;
    expect((await edit(host, id, 'Deposit via the platform please')).statusCode).toBe(200);
    const kept = await send(host, { conversation_id: conversation.id, message: 'Kept as is' });
    expect((await edit(host, kept.data.id, 'Kept, edited once')).statusCode).toBe(200);
    expect((await unsend(host, id)).statusCode).toBe(200);

    for (const [i, user] of [guest, host].entries()) {
      const views = [
        await thread(user, conversation.id),
        (await client().get('/api/messaging/conversations/', user)).data,
        await syncSince(user, cursors[i]!),
      ];
      for (const view of views) {
        const text = JSON.stringify(view);
        expect(text).not.toContain('IBAN');
        expect(text).not.toContain('Deposit via');
        expect(text).not.toContain('Kept as is');
        expect(text).not.toContain('bank-details');
        expect(text).not.toContain('revision');
      }
    }

    // The guest's notification of the message says what it says now.
    const notices = await client().get('/api/messaging/notifications/', guest);
    const notice = notices.data.filter(
      (n: Json) => n.conversation_id === conversation.id && n.notification_type === 'new_message',
    );
    expect(notice).toMatchObject([{ message: 'This message was unsent' }]);

    const admin = await buildAdmin(t.app);
    const view = await client().post(
      `/api/admin/conversations/${conversation.id}/view/`,
      { reason: 'Reported off-platform payment request' },
      admin,
    );
    expect(view.statusCode, view.body).toBe(200);
    const byId = new Map(view.data.messages.map((m: Json) => [m.id, m]));
    const unsent: Json = byId.get(id);
    expect(unsent).toMatchObject({ message: '', attachments: [], edited_at: expect.any(String) });
    expect(unsent.unsent_at).not.toBeNull();
    expect(unsent.revisions).toEqual([
      {
        revision: 1,
        action: 'edited',
        message: secret,
        attachments: [
          {
            id: upload,
            kind: 'file',
            content_type: 'application/pdf',
            name: 'bank-details.pdf',
            size: 1234,
          },
        ],
        actor_id: host.id,
        created_at: expect.any(String),
      },
      {
        revision: 2,
        action: 'unsent',
        message: 'Deposit via the platform please',
        attachments: [expect.objectContaining({ name: 'bank-details.pdf' })],
        actor_id: host.id,
        created_at: expect.any(String),
      },
    ]);
    expect(byId.get(kept.data.id)).toMatchObject({
      message: 'Kept, edited once',
      unsent_at: null,
      revisions: [{ revision: 1, action: 'edited', message: 'Kept as is' }],
    });
    expect(byId.get(conversation.messages[0]!.id)).toMatchObject({
      edited_at: null,
      revisions: [],
    });

    // Participants cannot open the support view.
    const asHost = await client().post(
      `/api/admin/conversations/${conversation.id}/view/`,
      { reason: 'Curious' },
      host,
    );
    expect(asHost.statusCode).toBe(403);
  });

  it('cannot be rewritten or removed, even by SQL', async () => {
    const { guest, conversation } = await buildConversation(t.app, 'First words');
    const id = conversation.messages[0]!.id;
    await edit(guest, id, 'Second words');
    const refusal = async (query: ReturnType<typeof sql>) => {
      try {
        await t.database.db.execute(query);
      } catch (err) {
        return String((err as { cause?: unknown }).cause ?? err);
      }
      return 'accepted';
    };
    expect(
      await refusal(sql`update message_revisions set message = 'x' where message_id = ${id}`),
    ).toMatch(/append-only/);
    expect(await refusal(sql`delete from message_revisions where message_id = ${id}`)).toMatch(
      /append-only/,
    );
    expect((await revisionsOf(id)).map((r: Json) => r.message)).toEqual(['First words']);
  });
});

describe('realtime', () => {
  it('tells the other participant live, and sync gives the same events', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Check-in at 2?');
    const outsider = await buildUser(t.app, 'Olga Outsider');
    const hostSocket = await socketFor(host);
    const guestSocket = await socketFor(guest);
    const outsiderSocket = await socketFor(outsider);
    const hostCursor = await cursorOf(host);
    const id = conversation.messages[0]!.id;

    expect((await edit(guest, id, 'Check-in at 3?')).statusCode).toBe(200);
    const updated = await hostSocket.next('message.updated', (e) => e.message.id === id);
    expect(updated).toMatchObject({
      type: 'message.updated',
      conversation_id: conversation.id,
      message: { id, message: 'Check-in at 3?', unsent_at: null },
      conversation: { id: conversation.id, last_message: { id, message: 'Check-in at 3?' } },
    });
    expect(updated.message.edited_at).not.toBeNull();
    // The sender's own devices hear of it too.
    await guestSocket.next('message.updated', (e) => e.message.id === id);

    expect((await react(host, id, '👍')).statusCode).toBe(200);
    const reaction = await guestSocket.next('message.reaction', (e) => e.message_id === id);
    expect(reaction).toEqual({
      type: 'message.reaction',
      cursor: expect.any(String),
      conversation_id: conversation.id,
      message_id: id,
      user_id: host.id,
      emoji: '👍',
      added: true,
      reactions: [{ emoji: '👍', count: 1, user_ids: [host.id] }],
    });

    // Unsending an unread message: the message and its read receipt, with the badge.
    const unsent = await unsend(guest, id);
    expect(unsent.statusCode).toBe(200);
    const gone = await hostSocket.next(
      'message.updated',
      (e) => e.message.id === id && e.message.unsent_at !== null,
    );
    expect(gone.message).toMatchObject({ message: '', reactions: [], is_read: true });
    const read = await hostSocket.next('message.read', (e) => e.message_ids.includes(id));
    expect(read).toMatchObject({ reader_id: host.id, conversation: { unread_count: 0 } });

    await settle();
    expect(outsiderSocket.named('message.updated')).toEqual([]);
    expect(outsiderSocket.named('message.reaction')).toEqual([]);

    // Sync answers the same events under the same cursors, in their current state.
    const live = hostSocket.events
      .filter((e) => ['message.updated', 'message.reaction', 'message.read'].includes(e.name))
      .map((e) => e.payload);
    const synced = await syncSince(host, hostCursor);
    expect(synced.map((e) => e.cursor)).toEqual(live.map((e) => e.cursor));
    expect(synced.map((e) => e.type)).toEqual([
      'message.updated',
      'message.reaction',
      'message.updated',
      'message.read',
    ]);
    expect(synced[2]).toEqual(gone);
    expect(synced[3]).toEqual(read);
    // The reaction was cleared by the unsend: sync says so.
    expect(synced[1]).toEqual({ ...reaction, cursor: synced[1].cursor, reactions: [] });
  });
});

if (dbKind === 'postgres') {
  describe('racing changes (PostgreSQL)', () => {
    it('number revisions without gaps and keep every reaction', async () => {
      const { host, guest, conversation } = await buildConversation(t.app, 'v0');
      const id = conversation.messages[0]!.id;
      const edits = await Promise.all(
        Array.from({ length: 8 }, (_, i) => edit(guest, id, `v${i + 1}`)),
      );
      expect(edits.every((r) => r.statusCode === 200)).toBe(true);
      expect((await revisionsOf(id)).map((r: Json) => r.revision)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8,
      ]);
      const emojis = ['😀', '😁', '😂', '🤣', '😃', '😄'];
      await Promise.all(
        emojis.flatMap((emoji) => [react(host, id, emoji), react(guest, id, emoji)]),
      );
      const shown = (await thread(host, conversation.id)).messages[0];
      expect(shown.reactions).toHaveLength(emojis.length);
      for (const r of shown.reactions) expect(r.count).toBe(2);
    });
  });
}
