import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleLog } from '../src/platform/log.ts';
import { createServices } from '../src/services.ts';
import {
  MIGRATIONS_DIR,
  openPglite,
  openPostgres,
  queryRows,
  type Db,
} from '../src/platform/db/connect.ts';
import * as schema from '../src/platform/db/schema.ts';
import { dbKind, testConfig } from './harness.ts';

/**
 * Databases that lived before a migration keep working after it: each test fills a scratch
 * database at the schema before the migration with data as that version wrote it, migrates
 * it to the latest schema, and checks what the services make of it.
 */

interface Scratch {
  db: Db;
  migrateTo: (migrationsFolder: string) => Promise<void>;
  close: () => Promise<void>;
}

const folders: string[] = [];
const scratches: Scratch[] = [];

/** The migrations folder as it was before `tag`. */
function migrationsBefore(tag: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'flexbnb-migrations-'));
  folders.push(dir);
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

/** An empty database of the kind under test, not migrated. */
async function openScratch(): Promise<Scratch> {
  if (dbKind === 'pglite') {
    const database = await openPglite({ migrate: false });
    const scratch: Scratch = {
      db: database.db,
      migrateTo: (migrationsFolder) =>
        migratePglite(drizzlePglite(database.client, { schema }), { migrationsFolder }),
      close: () => database.close(),
    };
    scratches.push(scratch);
    return scratch;
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `flexbnb_migrate_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres({ url: url.toString(), migrate: false });
  const migrator = new pg.Client({ connectionString: url.toString() });
  await migrator.connect();
  const scratch: Scratch = {
    db: database.db,
    migrateTo: (migrationsFolder) =>
      migratePg(drizzlePg(migrator, { schema }), { migrationsFolder }),
    close: async () => {
      await migrator.end();
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
  scratches.push(scratch);
  return scratch;
}

afterAll(async () => {
  for (const scratch of scratches) await scratch.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The services of the latest schema, over a scratch database. */
function servicesOver(db: Db) {
  return createServices({ db, config: testConfig(), now: () => new Date(), log: consoleLog });
}

/**
 * A host, a guest, the host's property and the guest's thread, in columns every schema version
 * has had; the thread's `last_seq` and host unread count as given.
 */
async function insertThread(db: Db, thread: { lastSeq: number; hostUnread: number }) {
  const [host, guest] = await queryRows<{ id: string }>(
    db,
    sql`insert into users (email, name) values ('h@example.com', 'Hana'), ('g@example.com', 'Gus')
        returning id`,
  );
  const [property] = await queryRows<{ id: string }>(
    db,
    sql`insert into properties (host_id, title, address) values (${host!.id}, 'Loft', 'Main St 1')
        returning id`,
  );
  const [conversation] = await queryRows<{ id: string }>(
    db,
    sql`insert into conversations (property_id, guest_id, host_id, last_seq, host_unread_count)
        values (${property!.id}, ${guest!.id}, ${host!.id}, ${thread.lastSeq}, ${thread.hostUnread})
        returning id`,
  );
  return { host: host!, guest: guest!, conversation: conversation! };
}

describe('migration 0004_user_counters', () => {
  it('fills every badge and rewrites stored events so sync reads them', async () => {
    const { db, migrateTo } = await openScratch();
    await migrateTo(migrationsBefore('0004_user_counters'));
    const { host, guest, conversation } = await insertThread(db, { lastSeq: 2, hostUnread: 2 });
    const messages = await queryRows<{ id: string; seq: number }>(
      db,
      sql`insert into messages (conversation_id, seq, sender_id, receiver_id, message)
          values (${conversation.id}, 1, ${guest.id}, ${host.id}, 'Hello'),
                 (${conversation.id}, 2, ${guest.id}, ${host.id}, 'Are you there?')
          returning id, seq`,
    );
    const second = messages.find((m) => m.seq === 2)!;
    await db.execute(
      sql`update conversations set last_message_id = ${second.id} where id = ${conversation.id}`,
    );
    // The host's events as the previous version stored them: whole copies.
    const receipt = {
      type: 'message.read',
      cursor: '4',
      conversation_id: conversation.id,
      reader_id: guest.id,
      message_ids: [],
      seqs: [],
      read_at: '2026-11-25T10:00:00.000Z',
    };
    const stored = [
      {
        type: 'message.created',
        cursor: '1',
        conversation_id: conversation.id,
        seq: 2,
        message: { id: second.id, message: 'an old copy' },
      },
      { type: 'conversation.updated', cursor: '2', conversation: { id: conversation.id } },
      { type: 'unread.changed', cursor: '3', messages: 9, conversations: 9, notifications: 0 },
      receipt,
    ];
    for (const event of stored) {
      await db.execute(
        sql`insert into change_events (user_id, cursor, type, payload)
            values (${host.id}, ${Number(event.cursor)}, ${event.type}, ${JSON.stringify(event)}::jsonb)`,
      );
    }
    await db.execute(
      sql`insert into change_event_counters (user_id, last_cursor) values (${host.id}, 4)`,
    );

    await migrateTo(MIGRATIONS_DIR);

    const counters = await queryRows(
      db,
      sql`select user_id, last_cursor::int, unread_messages, unread_conversations
          from user_counters order by user_id`,
    );
    expect(counters).toEqual([
      { user_id: host.id, last_cursor: 4, unread_messages: 2, unread_conversations: 1 },
    ]);

    const services = servicesOver(db);
    const actor = { id: host.id, name: 'Hana', email: 'h@example.com', role: 'user' as const };
    expect(await services.sync.unreadCount(actor)).toEqual({
      messages: 2,
      conversations: 1,
      notifications: 0,
    });
    const synced = await services.sync.since(actor, { since: '0', limit: 100 });
    expect(synced.events.map((e) => [e.type, e.cursor])).toEqual([
      ['message.created', '1'],
      ['conversation.updated', '2'],
      ['unread.changed', '3'],
      ['message.read', '4'],
    ]);
    expect(synced.events[0]).toMatchObject({
      seq: 2,
      message: { id: second.id, message: 'Are you there?', is_read: false },
    });
    expect(synced.events[1]).toMatchObject({
      conversation: { id: conversation.id, unread_count: 2, last_message: { id: second.id } },
    });
    expect(synced.events[2]).toMatchObject({ messages: 2, conversations: 1 });
    // A read receipt comes with the conversation and badge, as receipts now do.
    expect(synced.events[3]).toMatchObject({
      ...receipt,
      conversation: { id: conversation.id, unread_count: 2 },
      unread: { messages: 2, conversations: 1, notifications: 0 },
    });

    // And the next send numbers on from the migrated counters.
    const guestActor = {
      id: guest.id,
      name: 'Gus',
      email: 'g@example.com',
      role: 'user' as const,
    };
    await services.messages.send(guestActor, {
      conversation_id: conversation.id,
      message: 'Third',
    });
    // (Threads unread before notifications existed have none: this message raises the first.)
    const after = await services.sync.since(actor, { since: '4', limit: 100 });
    expect(after.events.map((e) => [e.type, e.cursor])).toEqual([
      ['message.created', '5'],
      ['notification.created', '6'],
    ]);
    expect(after.events[0]).toMatchObject({
      type: 'message.created',
      conversation: { unread_count: 3 },
      unread: { messages: 3, conversations: 1, notifications: 1 },
    });
  });
});

describe('migration 0007_heap_only_sends', () => {
  it('indexes every thread by the hour of its activity, and the inbox keeps its order page by page', async () => {
    const { db, migrateTo } = await openScratch();
    await migrateTo(migrationsBefore('0007_heap_only_sends'));
    const [host, ...guests] = await queryRows<{ id: string }>(
      db,
      sql`insert into users (email, name)
          select 'u' || i || '@example.com', 'User ' || i from generate_series(1, 5) i
          returning id`,
    );
    const [property] = await queryRows<{ id: string }>(
      db,
      sql`insert into properties (host_id, title, address) values (${host!.id}, 'Loft', 'Main St 1')
          returning id`,
    );
    // Threads as the previous version kept them: two active in the same hour, one an hour
    // before and one days ago, each with its last message and the host's unread count.
    const now = Date.now();
    const ago = [5, 40, 95, 3 * 24 * 60].map((minutes) => new Date(now - minutes * 60_000));
    const threads: string[] = [];
    for (const [i, at] of ago.entries()) {
      const [conversation] = await queryRows<{ id: string }>(
        db,
        sql`insert into conversations (property_id, guest_id, host_id, last_seq, host_unread_count,
              last_message_at, last_activity_at)
            values (${property!.id}, ${guests[i]!.id}, ${host!.id}, 1, 1, ${at.toISOString()},
              ${at.toISOString()})
            returning id`,
      );
      const [message] = await queryRows<{ id: string }>(
        db,
        sql`insert into messages (conversation_id, seq, sender_id, receiver_id, message, created_at)
            values (${conversation!.id}, 1, ${guests[i]!.id}, ${host!.id}, ${`Hello ${i}`},
              ${at.toISOString()})
            returning id`,
      );
      await db.execute(
        sql`update conversations set last_message_id = ${message!.id} where id = ${conversation!.id}`,
      );
      threads.push(conversation!.id);
    }
    await db.execute(
      sql`insert into user_counters (user_id, last_cursor, unread_messages, unread_conversations)
          values (${host!.id}, 0, 4, 4)`,
    );

    await migrateTo(MIGRATIONS_DIR);

    const rows = await queryRows<{ id: string; hour: boolean }>(
      db,
      sql`select id, activity_hour = date_bin('1 hour', last_activity_at,
            timestamptz '2000-01-01 00:00:00+00') as hour
          from conversations order by last_activity_at desc`,
    );
    expect(rows).toEqual(threads.map((id) => ({ id, hour: true })));
    const indexes = await queryRows<{ indexname: string }>(
      db,
      sql`select indexname from pg_indexes where tablename = 'conversations' order by indexname`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual([
      'conversations_guest_activity_hour_idx',
      'conversations_host_activity_hour_idx',
      'conversations_pkey',
      'conversations_property_guest_key',
      'conversations_property_guest_reservation_key',
    ]);
    const options = await queryRows<{ relname: string; reloptions: string[] }>(
      db,
      sql`select relname, reloptions from pg_class
          where relname in ('conversations', 'user_counters') order by relname`,
    );
    expect(options).toEqual([
      { relname: 'conversations', reloptions: ['fillfactor=50'] },
      { relname: 'user_counters', reloptions: ['fillfactor=50'] },
    ]);

    const services = servicesOver(db);
    const actor = { id: host!.id, name: 'User 1', email: 'u1@example.com', role: 'user' as const };
    const pageBy = async (limit: number) => {
      const ids: string[] = [];
      let after: { at: string; id: string } | undefined;
      do {
        const page = await services.conversations.list(actor, { filter: 'all', limit, after });
        ids.push(...page.items.map((c) => c.id));
        after = page.next;
      } while (after);
      return ids;
    };
    // Newest activity first, page by page, also within one hour.
    expect(await pageBy(50)).toEqual(threads);
    expect(await pageBy(1)).toEqual(threads);

    // A reply in the oldest thread moves it to the top.
    const guestActor = {
      id: guests[3]!.id,
      name: 'User 5',
      email: 'u5@example.com',
      role: 'user' as const,
    };
    await services.messages.send(guestActor, {
      conversation_id: threads[3]!,
      message: 'Still free?',
    });
    expect(await pageBy(2)).toEqual([threads[3], threads[0], threads[1], threads[2]]);
    const unread = await services.conversations.list(actor, { filter: 'unread', limit: 10 });
    expect(unread.items.map((c) => [c.id, c.unread_count])).toEqual([
      [threads[3], 2],
      [threads[0], 1],
      [threads[1], 1],
      [threads[2], 1],
    ]);
  });
});

describe('migration 0008_narrow_change_events', () => {
  it('keeps the events stored as payloads, and stores new ones in columns that sync reads alike', async () => {
    const { db, migrateTo } = await openScratch();
    await migrateTo(migrationsBefore('0008_narrow_change_events'));
    const { host, guest, conversation } = await insertThread(db, { lastSeq: 1, hostUnread: 1 });
    const [message] = await queryRows<{ id: string }>(
      db,
      sql`insert into messages (conversation_id, seq, sender_id, receiver_id, message)
          values (${conversation.id}, 1, ${guest.id}, ${host.id}, 'Hello')
          returning id`,
    );
    await db.execute(
      sql`update conversations set last_message_id = ${message!.id},
            last_message_at = now(), last_activity_at = now()
          where id = ${conversation.id}`,
    );
    // The host's feed as the previous version wrote it: everything in the payload.
    const payloads = [
      {
        type: 'message.created',
        conversation_id: conversation.id,
        seq: 1,
        message_id: message!.id,
      },
      { type: 'conversation.updated', conversation_id: conversation.id },
      {
        type: 'message.read',
        conversation_id: conversation.id,
        reader_id: host.id,
        message_ids: [],
        seqs: [],
        read_at: '2026-12-01T10:00:00.000Z',
      },
    ];
    for (const [i, payload] of payloads.entries()) {
      await db.execute(
        sql`insert into change_events (user_id, cursor, type, payload)
            values (${host.id}, ${i + 1}, ${payload.type}, ${JSON.stringify(payload)}::jsonb)`,
      );
    }
    await db.execute(
      sql`insert into user_counters (user_id, last_cursor, unread_messages, unread_conversations)
          values (${host.id}, 3, 1, 1)`,
    );

    await migrateTo(MIGRATIONS_DIR);

    const services = servicesOver(db);
    const actor = { id: host.id, name: 'Hana', email: 'h@example.com', role: 'user' as const };
    const guestActor = {
      id: guest.id,
      name: 'Gus',
      email: 'g@example.com',
      role: 'user' as const,
    };
    // New events: a message and a read receipt, after the old ones.
    const sent = await services.messages.send(guestActor, {
      conversation_id: conversation.id,
      message: 'Still there?',
    });
    await services.messages.markAllRead(actor, conversation.id);
    const stored = await queryRows<{
      cursor: number;
      conversation_id: string | null;
      message_id: string | null;
      payload: Record<string, unknown> | null;
    }>(
      db,
      sql`select cursor::int, conversation_id, message_id, payload from change_events
          where user_id = ${host.id} order by cursor`,
    );
    expect(stored.slice(0, 3).map((row) => row.payload)).toEqual(payloads);
    expect(stored.slice(3)).toEqual([
      {
        cursor: 4,
        conversation_id: conversation.id,
        message_id: sent.message.id,
        payload: null,
      },
      {
        cursor: 5,
        conversation_id: null,
        message_id: null,
        payload: { notification_id: expect.any(String) },
      },
      {
        cursor: 6,
        conversation_id: conversation.id,
        message_id: null,
        payload: {
          reader_id: host.id,
          message_ids: [message!.id, sent.message.id],
          seqs: [1, 2],
          read_at: expect.any(String),
        },
      },
    ]);

    // Sync reads both kinds alike.
    const synced = await services.sync.since(actor, { since: '0', limit: 100 });
    expect(synced.events.map((e) => [e.type, e.cursor])).toEqual([
      ['message.created', '1'],
      ['conversation.updated', '2'],
      ['message.read', '3'],
      ['message.created', '4'],
      ['notification.created', '5'],
      ['message.read', '6'],
    ]);
    expect(synced.events[0]).toMatchObject({
      conversation_id: conversation.id,
      seq: 1,
      message: { id: message!.id, message: 'Hello' },
    });
    expect(synced.events[3]).toMatchObject({
      conversation_id: conversation.id,
      seq: 2,
      message: { id: sent.message.id, message: 'Still there?' },
      conversation: { id: conversation.id },
    });
    expect(synced.events[2]).toMatchObject({
      ...payloads[2],
      conversation: { id: conversation.id },
    });
    expect(synced.events[5]).toMatchObject({
      type: 'message.read',
      conversation_id: conversation.id,
      reader_id: host.id,
      message_ids: [message!.id, sent.message.id],
      seqs: [1, 2],
      unread: { messages: 0, conversations: 0, notifications: 0 },
    });
  });
});

describe('migration 0024_search_pending_list', () => {
  it('keeps what the search index held pending, and finds what is written after it', async () => {
    const { db, migrateTo } = await openScratch();
    await migrateTo(migrationsBefore('0024_search_pending_list'));
    const { host, guest, conversation } = await insertThread(db, { lastSeq: 200, hostUnread: 0 });
    // More than the new limit's worth of entries, written under the old one: they wait in the
    // index's pending list when the migration runs.
    await db.execute(
      sql`insert into messages (conversation_id, seq, sender_id, receiver_id, message, is_read,
            read_at)
          select ${conversation.id}, i, ${guest.id}, ${host.id},
                 case when i = 7 then 'The gate code is kiwi 7' else 'Parking spot ' || i end,
                 true, now()
          from generate_series(1, 200) i`,
    );

    await migrateTo(MIGRATIONS_DIR);

    const [index] = await queryRows<{ options: string[] }>(
      db,
      sql`select reloptions as options from pg_class where relname = 'messages_search_idx'`,
    );
    expect(index!.options).toEqual(['gin_pending_list_limit=128']);
    const services = servicesOver(db);
    const actor = { id: host.id, name: 'Hana', email: 'h@example.com', role: 'user' as const };
    const sent = await services.messages.send(actor, {
      conversation_id: conversation.id,
      message: 'A kiwi basket waits for you',
    });
    const found = await services.search.search(actor, { q: 'kiwi', limit: 20 });
    expect(found.items.map((hit) => hit.seq)).toEqual([sent.message.seq, 7]);
    const parking = await services.search.search(actor, { q: 'parking', limit: 250 });
    expect(parking.items).toHaveLength(199);
  });
});
