import { and, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import { prepared, type DbOrTx } from '../../platform/db/connect.ts';
import { conversations, messages } from '../../platform/db/schema.ts';
import {
  joinViewExtras,
  viewExtras,
  type ConversationView,
} from '../conversations/conversations.repo.ts';
import { usageCountCte } from '../quick-replies/index.ts';
import { recordingCtes } from '../sync/sync.repo.ts';

export type MessageRow = typeof messages.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;

/**
 * Locks the conversation row for the rest of the transaction, provided `userId` takes part.
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
 * inserts the message with the next `seq`, records it on the conversation (activity, the
 * receiver's unread count, un-archiving it for them), counts a quick reply's use, and records
 * the events of both participants with the receiver's new badge. A send is therefore a single
 * round trip and commits on its own; the statement is prepared, so PostgreSQL plans it once
 * per connection. It answers no row, writing nothing, when the conversation is not the
 * sender's or the sender already sent this `client_message_id` in it.
 */
function buildSendStatement(db: DbOrTx) {
  const param = (name: keyof SendValues) => sql.placeholder(name);
  const conversationColumns = getTableColumns(conversations);
  const messageColumns = getTableColumns(messages);
  const locked = db.$with('locked', conversationColumns).as(sql`
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
  // A new message brings an archived thread back into the receiver's inbox.
  const bumped = db.$with('bumped', conversationColumns).as(sql`
    update ${conversations} c set
      last_seq = i.seq,
      last_message_id = i.id,
      last_message_at = i.created_at,
      last_activity_at = i.created_at,
      updated_at = i.created_at,
      host_unread_count = c.host_unread_count + (i.receiver_id = c.host_id)::int,
      guest_unread_count = c.guest_unread_count + (i.receiver_id = c.guest_id)::int,
      is_archived_by_host = c.is_archived_by_host and i.receiver_id <> c.host_id,
      is_archived_by_guest = c.is_archived_by_guest and i.receiver_id <> c.guest_id
    from inserted i
    where c.id = i.conversation_id
    returning c.*`);
  const used = usageCountCte(db, sql`${param('quickReplyId')}::uuid`, 'inserted');
  // The drafts of `storedPayload` (sync): the message for both sides, the conversation for
  // both, and the receiver's badge, one more message and maybe one more conversation.
  const recording = recordingCtes(
    db,
    sql`with created as (
          select i.*, jsonb_build_object('type', 'message.created',
            'conversation_id', i.conversation_id, 'seq', i.seq, 'message_id', i.id) as event,
            jsonb_build_object('type', 'conversation.updated',
            'conversation_id', i.conversation_id) as updated,
            case when i.receiver_id = l.host_id then l.host_unread_count
                 else l.guest_unread_count end as unread_before
          from inserted i cross join locked l)
        select 1 as ord, sender_id as user_id, 'message.created' as type, event as payload,
               0 as unread_messages, 0 as unread_conversations from created
        union all
        select 2, receiver_id, 'message.created', event, 0, 0 from created
        union all
        select 3, sender_id, 'conversation.updated', updated, 0, 0 from created
        union all
        select 4, receiver_id, 'conversation.updated', updated, 0, 0 from created
        union all
        select 5, receiver_id, 'unread.changed', '{"type": "unread.changed"}'::jsonb,
               1, (unread_before = 0)::int from created`,
  );
  const query = db
    .with(locked, inserted, bumped, used, ...recording.ctes)
    .select({
      message: columnsOf(inserted, Object.keys(messageColumns) as (keyof typeof messageColumns)[]),
      conversation: columnsOf(
        bumped,
        Object.keys(conversationColumns) as (keyof typeof conversationColumns)[],
      ),
      ...viewExtras,
      recorded: recording.recordedEvents,
    })
    .from(inserted)
    .innerJoin(bumped, eq(bumped.id, inserted.conversationId))
    .$dynamic();
  return joinViewExtras(query, bumped).prepare('send_message');
}

const preparedSend = prepared(buildSendStatement);

/** Sends a message (see `buildSendStatement`); undefined when it wrote nothing. */
export async function sendStatement(db: DbOrTx, values: SendValues) {
  const [row] = await preparedSend(db).execute(values);
  if (!row) return undefined;
  const { message, conversation, recorded, ...extras } = row;
  const view: ConversationView = { ...extras, conversation, lastMessage: message };
  return { message, view, recorded };
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

/** The messages with these ids, in no particular order. */
export async function findMessageRows(db: DbOrTx, ids: string[]): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
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

/** Takes `count` off the receiver's unread count in the (locked) conversation; answers the new count. */
export async function decrementUnread(
  tx: DbOrTx,
  conversation: ConversationRow,
  receiverId: string,
  count: number,
): Promise<number> {
  const column = receiverId === conversation.hostId ? 'hostUnreadCount' : 'guestUnreadCount';
  if (count === 0) return conversation[column];
  const [row] = await tx
    .update(conversations)
    .set({ [column]: sql`greatest(${conversations[column]} - ${count}, 0)` })
    .where(eq(conversations.id, conversation.id))
    .returning({ after: conversations[column] });
  return row!.after;
}
