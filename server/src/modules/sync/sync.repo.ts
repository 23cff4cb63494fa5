import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { QueryBuilder } from 'drizzle-orm/pg-core';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { changeEvents, userCounters } from '../../platform/db/schema.ts';

export type ChangeEventRow = typeof changeEvents.$inferSelect;

/** A change event as stored: whose, under which cursor, and what it names (see sync.feed.ts). */
export interface StoredEvent {
  userId: string;
  cursor: number;
  type: string;
  conversationId: string | null;
  messageId: string | null;
  payload: unknown;
}

/** An event the recording statement wrote, with its user's counters after the statement. */
export interface RecordedEvent extends StoredEvent {
  unreadMessages: number;
  unreadConversations: number;
  unreadNotifications: number;
}

/**
 * The common table expressions that record change events, for a statement that starts with
 * them, and the SQL of what they wrote. `drafts` is a query of the entries with the columns
 * (ord, pos, user_id, type, conversation_id, message_id, payload, unread_messages,
 * unread_conversations, unread_notifications): each user's entries are numbered in
 * (`ord`, `pos`) order, and the unread columns are what the entry changes in the
 * user's badge.
 *
 * `feed_counters` reserves each user's next cursors and moves their badge in one upsert. It
 * locks the users' counter rows in id order until the transaction ends: that is what makes a
 * user's cursors commit in order, and two writers never wait on each other in a cycle.
 */
export function recordingCtes(qb: QueryBuilder, drafts: SQL) {
  const draftsCte = qb.$with('feed_drafts', {}).as(drafts);
  // A badge change that another event of the statement brings the user anyway (a message or
  // read receipt carries the badge) moves the counters without an event of its own.
  const marked = qb.$with('feed_marked', {}).as(sql`
    select d.*, (d.type <> 'unread.changed' or not exists (
      select 1 from feed_drafts o
      where o.user_id = d.user_id and o.type in ('message.created', 'message.read'))) as kept
    from feed_drafts d`);
  const counters = qb.$with('feed_counters', {}).as(sql`
    insert into ${userCounters} as c
      (user_id, last_cursor, unread_messages, unread_conversations, unread_notifications)
    -- A new row never starts below zero; PostgreSQL checks the proposed row even when it
    -- conflicts, so an existing row's change is read from the drafts instead of excluded.
    select user_id, count(*) filter (where kept), greatest(sum(unread_messages), 0),
           greatest(sum(unread_conversations), 0), greatest(sum(unread_notifications), 0)
    from feed_marked
    group by user_id
    order by user_id
    on conflict (user_id) do update set
      last_cursor = c.last_cursor + excluded.last_cursor,
      unread_messages = c.unread_messages
        + (select sum(d.unread_messages) from feed_marked d where d.user_id = c.user_id),
      unread_conversations = c.unread_conversations
        + (select sum(d.unread_conversations) from feed_marked d where d.user_id = c.user_id),
      unread_notifications = c.unread_notifications
        + (select sum(d.unread_notifications) from feed_marked d where d.user_id = c.user_id)
    returning c.*`);
  const recorded = qb.$with('feed_recorded', {}).as(sql`
    insert into ${changeEvents} (user_id, cursor, type, conversation_id, message_id, payload)
    select d.user_id,
           c.last_cursor - count(*) over mine + row_number() over (mine order by d.ord, d.pos),
           d.type,
           d.conversation_id,
           d.message_id,
           d.payload
    from feed_marked d join feed_counters c on c.user_id = d.user_id
    where d.kept
    window mine as (partition by d.user_id)
    returning user_id, cursor, type, conversation_id, message_id, payload`);
  const recordedEvents = sql<RecordedEvent[]>`(
    select coalesce(jsonb_agg(jsonb_build_object(
             'userId', r.user_id, 'cursor', r.cursor, 'type', r.type,
             'conversationId', r.conversation_id, 'messageId', r.message_id, 'payload', r.payload,
             'unreadMessages', c.unread_messages, 'unreadConversations', c.unread_conversations,
             'unreadNotifications', c.unread_notifications
           ) order by r.user_id, r.cursor), '[]'::jsonb)
    from feed_recorded r join feed_counters c on c.user_id = r.user_id)`;
  return { ctes: [draftsCte, marked, counters, recorded], recordedEvents };
}

/** The user's events after `since`, oldest first. */
export async function eventsSince(
  db: DbOrTx,
  userId: string,
  since: number,
  limit: number,
): Promise<ChangeEventRow[]> {
  return db
    .select()
    .from(changeEvents)
    .where(and(eq(changeEvents.userId, userId), gt(changeEvents.cursor, since)))
    .orderBy(asc(changeEvents.cursor))
    .limit(limit);
}

/** The user's counters: their latest cursor (0 before their first event) and unread badge. */
export async function countersOf(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(userCounters).where(eq(userCounters.userId, userId));
  return {
    lastCursor: Number(row?.lastCursor ?? 0),
    unreadMessages: row?.unreadMessages ?? 0,
    unreadConversations: row?.unreadConversations ?? 0,
    unreadNotifications: row?.unreadNotifications ?? 0,
  };
}

/**
 * Deletes up to `batch` change events that are older than `olderThan`, or more than
 * `keepPerUser` behind their user's latest cursor; answers how many it deleted. Batches keep
 * each transaction short, so pruning never holds up the writers of the feed.
 */
export async function pruneChangeEvents(
  db: DbOrTx,
  options: { olderThan: Date; keepPerUser: number; batch: number },
): Promise<number> {
  const rows = await queryRows<{ deleted: number }>(
    db,
    sql`with doomed as (
          select e.user_id, e.cursor
          from ${changeEvents} e
          where e.created_at < ${options.olderThan.toISOString()}::timestamptz
          union
          select e.user_id, e.cursor
          from ${userCounters} c
          join ${changeEvents} e
            on e.user_id = c.user_id and e.cursor <= c.last_cursor - ${options.keepPerUser}::bigint
          where c.last_cursor > ${options.keepPerUser}::bigint
          limit ${options.batch}::int
        ), deleted as (
          delete from ${changeEvents} e using doomed d
          where e.user_id = d.user_id and e.cursor = d.cursor
          returning 1
        )
        select count(*)::int as deleted from deleted`,
  );
  return rows[0]?.deleted ?? 0;
}
