import { createHash } from 'node:crypto';
import { REPLY_EXCERPT_LENGTH } from '@flexbnb/contracts';
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { prepared, type DbOrTx } from '../../platform/db/connect.ts';
import {
  attachments,
  conversations,
  messageColumns,
  messages,
  properties,
  type MessageRow,
} from '../../platform/db/schema.ts';
import type { EventBus, UnitOfWork } from '../../platform/events/index.ts';

export type { MessageRow };
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
    .select(messageColumns)
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

/** How many of `ids` are uploads of `senderId` that no message or quick reply holds. */
export async function countSendableAttachments(
  db: DbOrTx,
  senderId: string,
  ids: readonly string[],
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, [...ids]),
        eq(attachments.uploaderId, senderId),
        isNull(attachments.messageId),
        isNull(attachments.quickReplyId),
      ),
    );
  return row?.count ?? 0;
}

/** One message of a send batch. */
export type SendInput = {
  conversationId: string;
  senderId: string;
  message: string;
  isQuickReply: boolean;
  clientMessageId: string | null;
  /** The template the message was made from, to count one use of. */
  quickReplyId: string | null;
  /** The sender's unclaimed uploads it carries, in order, comma-separated (a text per message). */
  attachmentIds: string | null;
  /** A message of the same conversation it answers. */
  replyToId: string | null;
};

/** A send batch as the statement's parameters: one array per column, in the batch's order. */
type SendColumns = { [K in keyof SendInput as `${K}s`]: SendInput[K][] };

function sendColumns(batch: readonly SendInput[]): SendColumns {
  return {
    conversationIds: batch.map((s) => s.conversationId),
    senderIds: batch.map((s) => s.senderId),
    messages: batch.map((s) => s.message),
    isQuickReplys: batch.map((s) => s.isQuickReply),
    clientMessageIds: batch.map((s) => s.clientMessageId),
    quickReplyIds: batch.map((s) => s.quickReplyId),
    attachmentIdss: batch.map((s) => s.attachmentIds),
    replyToIds: batch.map((s) => s.replyToId),
  };
}

/**
 * The send, as one statement for a batch of messages, at most one per conversation: it locks
 * the conversations (those the sender takes part in) in id order, inserts each message with
 * its conversation's next `seq`, and records `message.created` for each, whose handlers add
 * their parts to the same statement (the conversations' activity and unread counts, the change
 * feed and badges, quick replies' uses). A batch is therefore a single round trip and commits
 * on its own; the statement is prepared, so PostgreSQL plans it once per connection. A message
 * whose conversation is not its sender's, or whose `client_message_id` the sender already
 * used there, is not written and not among the messages it answers.
 */
export function buildSendStatement(db: DbOrTx, events: EventBus) {
  const column = <T extends string>(name: keyof SendColumns, type: T) =>
    sql`${sql.placeholder(name)}::${sql.raw(type)}[]`;
  const sends = db.$with('sends', {}).as(sql`
    select * from unnest(${column('conversationIds', 'uuid')}, ${column('senderIds', 'uuid')},
                         ${column('messages', 'text')}, ${column('isQuickReplys', 'boolean')},
                         ${column('clientMessageIds', 'text')}, ${column('quickReplyIds', 'uuid')},
                         ${column('attachmentIdss', 'text')}, ${column('replyToIds', 'uuid')})
      as s(conversation_id, sender_id, message, is_quick_reply, client_message_id, quick_reply_id,
           attachment_ids, reply_to_id)`);
  // Locks are taken in id order (the sort runs below the lock), so two batches never wait on
  // each other in a cycle.
  const locked = db.$with('locked', {}).as(sql`
    select c.* from ${conversations} c
    where c.id in (select conversation_id from sends)
    order by c.id
    for update`);
  // The sender's uploads not sent yet, locked: of two sends racing for one upload, the second
  // finds it claimed once the first commits. A plain message has none and reads nothing here.
  const claimable = db.$with('claimable', {}).as(sql`
    select a.*, s.conversation_id as for_conversation_id, x.pos
    from sends s
    cross join lateral unnest(string_to_array(s.attachment_ids, ',')::uuid[])
      with ordinality as x(id, pos)
    join ${attachments} a on a.id = x.id and a.uploader_id = s.sender_id
      and a.message_id is null and a.quick_reply_id is null
    for update of a`);
  // The participant rule of conversations.policy.ts, in SQL so the lock needs no round trip.
  // A reply quotes its original only within the conversation (the service refused others).
  const inserted = db.$with('inserted', {}).as(sql`
    insert into ${messages}
      (conversation_id, seq, sender_id, receiver_id, message, is_quick_reply, client_message_id,
       reply_to_id, reply_to, attachments, search_config)
    select l.id, l.last_seq + 1, s.sender_id,
           case when l.host_id = s.sender_id then l.guest_id else l.host_id end,
           s.message, s.is_quick_reply, s.client_message_id,
           r.id,
           case when r.id is not null then jsonb_build_object(
             'id', r.id, 'sender_id', r.sender_id,
             'excerpt', left(r.message, ${sql.raw(String(REPLY_EXCERPT_LENGTH))}),
             'attachments', coalesce(jsonb_array_length(r.attachments), 0),
             'unsent', r.unsent_at is not null) end,
           (select jsonb_agg(jsonb_build_object(
                     'id', c.id, 'kind', c.kind, 'content_type', c.content_type, 'size', c.size,
                     'name', c.name, 'width', c.width, 'height', c.height,
                     'duration_ms', c.duration_ms, 'has_thumbnail', c.thumbnail_key is not null)
                   order by c.pos)
              from claimable c where c.for_conversation_id = s.conversation_id),
           coalesce((select messenger_search_config(p.locale) from ${properties} p
                     where p.id = l.property_id), 'simple')
    from sends s join locked l on l.id = s.conversation_id and s.sender_id in (l.guest_id, l.host_id)
    left join ${messages} r on r.id = s.reply_to_id and r.conversation_id = l.id
    on conflict (conversation_id, sender_id, client_message_id)
      where client_message_id is not null do nothing
    returning *`);
  // The uploads now belong to the message; a retry or a foreign conversation claims nothing.
  const claimed = db.$with('claimed', {}).as(sql`
    update ${attachments} a set message_id = i.id
    from claimable c join inserted i on i.conversation_id = c.for_conversation_id
    where a.id = c.id
    returning a.id`);
  const event = events.partsFor(
    'message.created',
    sql`select i.id as message_id, i.conversation_id, i.seq, i.sender_id, i.receiver_id,
               i.created_at, i.message, i.is_quick_reply, i.client_message_id,
               s.quick_reply_id, i.attachments, i.reply_to,
               case when i.receiver_id = l.host_id then l.host_unread_count
                    else l.guest_unread_count end as receiver_unread_before
        from inserted i
        join locked l on l.id = i.conversation_id
        join sends s on s.conversation_id = i.conversation_id`,
  );
  const query = db
    .with(sends, locked, claimable, inserted, claimed, ...event.ctes)
    .select(event.results)
    .from(sql`(select) as statement`);
  // PostgreSQL keeps one text per prepared statement name on a connection, and buses that
  // share a pool may build different texts (their handlers, or what they push): the name is
  // the text's own.
  const text = createHash('sha1').update(query.toSQL().sql).digest('hex').slice(0, 12);
  const statement = query.prepare(`send_messages_${text}`);
  return {
    /**
     * Writes the batch; answers the `message.created` event of each message it inserted, and
     * what to hand to `finish`.
     */
    execute: async (batch: readonly SendInput[]) => {
      const [row] = (await statement.execute(sendColumns(batch))) as Record<string, unknown>[];
      return { created: event.payloadsOf(row), row };
    },
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
    .select(messageColumns)
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
    .select(messageColumns)
    .from(messages)
    .where(eq(messages.id, sql.placeholder('id')))
    .prepare('message_by_id'),
);

/** The messages with these ids, in no particular order; one id is a prepared lookup. */
export async function findMessageRows(db: DbOrTx, ids: string[]): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
  if (ids.length === 1) return preparedMessage(db).execute({ id: ids[0] });
  return db.select(messageColumns).from(messages).where(inArray(messages.id, ids));
}

export async function findMessage(db: DbOrTx, id: string): Promise<MessageRow | undefined> {
  const [row] = await db.select(messageColumns).from(messages).where(eq(messages.id, id));
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
    .returning(messageColumns);
}
