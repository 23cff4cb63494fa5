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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * A database that lived before `0004_user_counters` keeps working after it: the badge totals
 * are filled from the conversations, and stored events that copied a message or conversation
 * are rewritten to name it, which sync then reads.
 */

const BEFORE = '0004_user_counters';
let folder: string;
let db: Db;
let migrateTo: (migrationsFolder: string) => Promise<void>;
let close: () => Promise<void>;

/** The migrations folder as it was before `tag`. */
function migrationsBefore(tag: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'flexbnb-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

beforeAll(async () => {
  folder = migrationsBefore(BEFORE);
  if (dbKind === 'pglite') {
    const database = await openPglite({ migrate: false });
    db = database.db;
    migrateTo = (migrationsFolder) =>
      migratePglite(drizzlePglite(database.client, { schema }), { migrationsFolder });
    close = () => database.close();
    return;
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
  db = database.db;
  migrateTo = (migrationsFolder) =>
    migratePg(drizzlePg(migrator, { schema }), { migrationsFolder });
  close = async () => {
    await migrator.end();
    await database.close();
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };
});

afterAll(async () => {
  await close();
  rmSync(folder, { recursive: true, force: true });
});

describe(`migration ${BEFORE}`, () => {
  it('fills every badge and rewrites stored events so sync reads them', async () => {
    await migrateTo(folder);
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
          values (${property!.id}, ${guest!.id}, ${host!.id}, 2, 2) returning id`,
    );
    const messages = await queryRows<{ id: string; seq: number }>(
      db,
      sql`insert into messages (conversation_id, seq, sender_id, receiver_id, message)
          values (${conversation!.id}, 1, ${guest!.id}, ${host!.id}, 'Hello'),
                 (${conversation!.id}, 2, ${guest!.id}, ${host!.id}, 'Are you there?')
          returning id, seq`,
    );
    const second = messages.find((m) => m.seq === 2)!;
    await db.execute(
      sql`update conversations set last_message_id = ${second.id} where id = ${conversation!.id}`,
    );
    // The host's events as the previous version stored them: whole copies.
    const receipt = {
      type: 'message.read',
      cursor: '4',
      conversation_id: conversation!.id,
      reader_id: guest!.id,
      message_ids: [],
      seqs: [],
      read_at: '2026-11-25T10:00:00.000Z',
    };
    const stored = [
      {
        type: 'message.created',
        cursor: '1',
        conversation_id: conversation!.id,
        seq: 2,
        message: { id: second.id, message: 'an old copy' },
      },
      { type: 'conversation.updated', cursor: '2', conversation: { id: conversation!.id } },
      { type: 'unread.changed', cursor: '3', messages: 9, conversations: 9, notifications: 0 },
      receipt,
    ];
    for (const event of stored) {
      await db.execute(
        sql`insert into change_events (user_id, cursor, type, payload)
            values (${host!.id}, ${Number(event.cursor)}, ${event.type}, ${JSON.stringify(event)}::jsonb)`,
      );
    }
    await db.execute(
      sql`insert into change_event_counters (user_id, last_cursor) values (${host!.id}, 4)`,
    );

    await migrateTo(MIGRATIONS_DIR);

    const counters = await queryRows(
      db,
      sql`select user_id, last_cursor::int, unread_messages, unread_conversations
          from user_counters order by user_id`,
    );
    expect(counters).toEqual([
      { user_id: host!.id, last_cursor: 4, unread_messages: 2, unread_conversations: 1 },
    ]);

    const services = createServices({
      db,
      config: testConfig(),
      now: () => new Date(),
      log: consoleLog,
    });
    const actor = { id: host!.id, name: 'Hana', email: 'h@example.com', role: 'user' as const };
    expect(await services.sync.unreadCount(actor)).toEqual({
      messages: 2,
      conversations: 1,
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
      conversation: { id: conversation!.id, unread_count: 2, last_message: { id: second.id } },
    });
    expect(synced.events[2]).toMatchObject({ messages: 2, conversations: 1 });
    expect(synced.events[3]).toEqual(receipt);

    // And the next send numbers on from the migrated counters.
    const guestActor = {
      id: guest!.id,
      name: 'Gus',
      email: 'g@example.com',
      role: 'user' as const,
    };
    await services.messages.send(guestActor, {
      conversation_id: conversation!.id,
      message: 'Third',
    });
    const after = await services.sync.since(actor, { since: '4', limit: 100 });
    expect(after.events.map((e) => e.cursor)).toEqual(['5', '6', '7']);
    expect(after.events[2]).toMatchObject({
      type: 'unread.changed',
      messages: 3,
      conversations: 1,
    });
  });
});
