import { and, asc, eq, getTableColumns, gt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { changeEvents, userCounters } from '../../platform/db/schema.ts';

export type ChangeEventRow = typeof changeEvents.$inferSelect;

/** An event the recording statement wrote, with its user's counters after the statement. */
export interface RecordedEvent {
  userId: string;
  cursor: number;
  type: ChangeEventRow['type'];
  unreadMessages: number;
  unreadConversations: number;
}

/**
 * The common table expressions that record events, for a statement that starts with them
 * (`db.with(...ctes)`) and selects `recordedEvents`. `drafts` is a query of the events with
 * the columns (ord, user_id, type, payload, unread_messages, unread_conversations): each user's
 * events are numbered in `ord` order, and the unread columns are what the event changes in the
 * user's badge. One statement, so a writer that builds its drafts from its own earlier CTEs
 * (a send) records everything in a single round trip.
 *
 * `counters` reserves each user's next cursors and moves their badge in one upsert. It locks
 * the users' counter rows in id order until the transaction ends: that is what makes a user's
 * cursors commit in order, and two writers never wait on each other in a cycle.
 */
export function recordingCtes(db: DbOrTx, drafts: SQL) {
  const draftsCte = db.$with('drafts', {}).as(drafts);
  const counters = db.$with('counters', getTableColumns(userCounters)).as(sql`
    insert into ${userCounters} as c (user_id, last_cursor, unread_messages, unread_conversations)
    -- A new row never starts below zero; PostgreSQL checks the proposed row even when it
    -- conflicts, so an existing row's change is read from the drafts instead of excluded.
    select user_id, count(*), greatest(sum(unread_messages), 0),
           greatest(sum(unread_conversations), 0)
    from drafts
    group by user_id
    order by user_id
    on conflict (user_id) do update set
      last_cursor = c.last_cursor + excluded.last_cursor,
      unread_messages = c.unread_messages
        + (select sum(d.unread_messages) from drafts d where d.user_id = c.user_id),
      unread_conversations = c.unread_conversations
        + (select sum(d.unread_conversations) from drafts d where d.user_id = c.user_id)
    returning c.*`);
  const { userId, cursor, type } = getTableColumns(changeEvents);
  const recorded = db.$with('recorded', { userId, cursor, type }).as(sql`
    insert into ${changeEvents} (user_id, cursor, type, payload)
    select d.user_id,
           c.last_cursor - count(*) over mine + row_number() over (mine order by d.ord),
           d.type,
           d.payload
    from drafts d join counters c on c.user_id = d.user_id
    window mine as (partition by d.user_id)
    returning user_id, cursor, type`);
  const recordedEvents = sql<RecordedEvent[]>`(
    select coalesce(jsonb_agg(jsonb_build_object(
             'userId', r.user_id, 'cursor', r.cursor, 'type', r.type,
             'unreadMessages', c.unread_messages, 'unreadConversations', c.unread_conversations
           ) order by r.user_id, r.cursor), '[]'::jsonb)
    from recorded r join counters c on c.user_id = r.user_id)`;
  return { ctes: [draftsCte, counters, recorded] as const, recordedEvents };
}

/** Records the events of `drafts` (see `recordingCtes`) and returns what was written. */
export async function recordDrafts(db: DbOrTx, drafts: SQL): Promise<RecordedEvent[]> {
  const { ctes, recordedEvents } = recordingCtes(db, drafts);
  const [row] = await db
    .with(...ctes)
    .select({ recorded: recordedEvents })
    .from(sql`(select) as statement`);
  return row?.recorded ?? [];
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
  };
}
