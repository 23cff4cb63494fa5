import { createHash } from 'node:crypto';
import { and, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import { prepared, type DbOrTx } from '../../platform/db/connect.ts';
import { conversations, messages } from '../../platform/db/schema.ts';
import type { EventBus, UnitOfWork } from '../../platform/events/index.ts';

export type MessageRow = typeof messages.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;

/**
 * Locks the conversation row for the rest of the transaction, provided `userId` takes part
 * (the participant rule of conversations.policy.ts, in the query that takes the lock).
 * Every write to a conversation's messages takes this lock first (the send statement too),
 * so sequence numbers, counters and idempotency checks never race and locks are always taken
 * in one order: the conversation, then its participants' counters.
 */
export async function lockConversationFor(
  tx: DbOrTx,
  id: string,
  userId: string,
): Promise<ConversationRow | undefined> {
  const [row] = await tx
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.id, id),
        or(eq(conversations.guestId, userId), eq(conversations.hostId, userId)),
      ),
    )
    .for('update');
  return row;
}

export async function findByClientId(
  db: DbOrTx,
  conversationId: string,
  senderId: string,
  clientMessageId: string,
): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        eq(messages.senderId, senderId),
        eq(messages.clientMessageId, clientMessageId),
      ),
    );
  return row;
}

export type SendValues = {
  conversationId: string;
  senderId: string;
  message: string;
  isQuickReply: boolean;
  clientMessageId: string | null;
  /** The template the message was made from, to count one use of. */
  quickReplyId: string | null;
};

/** Picks a CTE's columns one by one (selecting the CTE itself reads one row value). */
function columnsOf<T extends object, K extends keyof T>(cte: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, cte[key]])) as unknown as Pick<T, K>;
}

/**
 * The send, as one statement: it locks the conversation (provided the sender takes part),
 * inserts the message with the next `seq`, and records `message.created`, whose handlers add
 * their parts to the same statement (the conversation's activity and unread count, the change
 * feed and badges, a quick reply's use). A send is therefore a single round trip and commits
 * on its own; the statement is prepared, so PostgreSQL plans it once per connection. It
 * answers no row, writing nothing, when the conversation is not the sender's or the sender
 * already sent this `client_message_id` in it.
 */
export function buildSendStatement(db: DbOrTx, events: EventBus) {
  const param = (name: keyof SendValues) => sql.placeholder(name);
  const messageColumns = getTableColumns(messages);
  // The participant rule of conversations.policy.ts, in SQL so the lock needs no round trip.
  const locked = db.$with('locked', getTableColumns(conversations)).as(sql`
    select * from ${conversations}
    where id = ${param('conversationId')}::uuid
      and ${param('senderId')}::uuid in (guest_id, host_id)
    for update`);
  const inserted = db.$with('inserted', messageColumns).as(sql`
    insert into ${messages}
      (conversation_id, seq, sender_id, receiver_id, message, is_quick_reply, client_message_id)
    select id, last_seq + 1, ${param('senderId')}::uuid,
           case when host_id = ${param('senderId')}::uuid then guest_id else host_id end,
           ${param('message')}::text, ${param('isQuickReply')}::boolean,
           ${param('clientMessageId')}::text
    from locked
    on conflict (conversation_id, sender_id, client_message_id)
      where client_message_id is not null do nothing
    returning *`);
  const event = events.partsFor(
    'message.created',
    sql`select i.id as message_id, i.conversation_id, i.seq, i.sender_id, i.receiver_id,
               i.created_at, i.message, i.is_quick_reply, i.client_message_id,
               ${param('quickReplyId')}::uuid as quick_reply_id,
               case when i.receiver_id = l.host_id then l.host_unread_count
                    else l.guest_unread_count end as receiver_unread_before
        from inserted i cross join locked l`,
  );
  const query = db
    .with(locked, inserted, ...event.ctes)
    .select({
      message: columnsOf(inserted, Object.keys(messageColumns) as (keyof typeof messageColumns)[]),
      ...event.results,
    })
    .from(inserted);
  // PostgreSQL keeps one text per prepared statement name on a connection, and buses that
  // share a pool may build different texts (their handlers, or what they push): the name is
  // the text's own.
  const text = createHash('sha1').update(query.toSQL().sql).digest('hex').slice(0, 12);
  const statement = query.prepare(`send_message_${text}`);
  return {
    statement,
    finish: (row: Record<string, unknown> | undefined, uow: UnitOfWork) => event.finish(row, uow),
  };
}

/** One page of a conversation's messages, newest first; `beforeSeq` pages back in time. */
export async function pageMessages(
  db: DbOrTx,
  conversationId: string,
  options: { limit: number; beforeSeq?: number },
): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        options.beforeSeq === undefined ? undefined : lt(messages.seq, options.beforeSeq),
      ),
    )
    .orderBy(desc(messages.seq))
    .limit(options.limit);
}

const preparedMessage = prepared((db) =>
  db
    .select()
    .from(messages)
    .where(eq(messages.id, sql.placeholder('id')))
    .prepare('message_by_id'),
);

/** The messages with these ids, in no particular order; one id is a prepared lookup. */
export async function findMessageRows(db: DbOrTx, ids: string[]): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
  if (ids.length === 1) return preparedMessage(db).execute({ id: ids[0] });
  return db.select().from(messages).where(inArray(messages.id, ids));
}

export async function findMessage(db: DbOrTx, id: string): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(messages).where(eq(messages.id, id));
  return row;
}

/** Marks unread messages the receiver got in a conversation as read; all of them, or `messageId`. */
export async function markRead(
  tx: DbOrTx,
  conversationId: string,
  receiverId: string,
  readAt: Date,
  messageId?: string,
): Promise<MessageRow[]> {
  return tx
    .update(messages)
    .set({ isRead: true, readAt })
    .where(
      and(
        eq(messages.conversationId, conversationId),
        eq(messages.receiverId, receiverId),
        eq(messages.isRead, false),
        messageId ? eq(messages.id, messageId) : undefined,
      ),
    )
    .returning();
}
