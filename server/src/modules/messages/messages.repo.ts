import { createHash } from 'node:crypto';
import { REPLY_EXCERPT_LENGTH } from '@flexbnb/contracts';
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { prepared, queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import {
  attachments,
  conversations,
  messageColumns,
  messageReactions,
  messageRevisions,
  messages,
  properties,
  type MESSAGE_REVISION_ACTIONS,
  type MessageReactions,
  type MessageRow,
  type StoredScreening,
} from '../../platform/db/schema.ts';
import type { EventBus, UnitOfWork } from '../../platform/events/index.ts';
import { unclaimed } from '../attachments/index.ts';
import { screenedSend } from '../screening/index.ts';

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

/** How many of `ids` are unclaimed uploads of `senderId`. */
export async function countSendableAttachments(
  db: DbOrTx,
  senderId: string,
  ids: readonly string[],
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(attachments)
    .where(
      and(inArray(attachments.id, [...ids]), eq(attachments.uploaderId, senderId), unclaimed()),
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
  /**
   * What contact screening found in `message` (the JSON of the screening module's `Screened`),
   * when it found something: the statement applies the conversation's policy to it.
   */
  screening: string | null;
  /** The language the text is written in, when it could be told. */
  language: string | null;
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
    screenings: batch.map((s) => s.screening),
    languages: batch.map((s) => s.language),
  };
}

/**
 * What a send batch carries besides text, which decides the parts its statement needs: a
 * plain message (most of them) neither claims uploads nor quotes, and its statement leaves
 * those parts out. Screening is not a shape: its part reads nothing for a message it found
 * nothing in, and one statement for screened and plain sends keeps one plan hot (alternating
 * two cost both about a tenth more in the messaging bench).
 */
export interface SendShape {
  attachments: boolean;
  replies: boolean;
}

export function shapeOfSends(batch: readonly SendInput[]): SendShape {
  return {
    attachments: batch.some((s) => s.attachmentIds !== null),
    replies: batch.some((s) => s.replyToId !== null),
  };
}

/** `attachments` as the send statement names it (`a`), for the shared unclaimed rule. */
const claimableUpload = alias(attachments, 'a');

/**
 * The send, as one statement for a batch of messages, at most one per conversation: it locks
 * the conversations (those the sender takes part in) in id order, inserts each message with
 * its conversation's next `seq`, and records `message.created` for each, whose handlers add
 * their parts to the same statement (the conversations' activity and unread counts, the change
 * feed and badges, quick replies' uses). A batch is therefore a single round trip and commits
 * on its own. The statement is prepared, so PostgreSQL plans it once per connection and
 * `shape`: the upload and quote parts are there only for a batch that needs them.
 * A message whose conversation is not its sender's, or whose `client_message_id` the sender
 * already used there, is not written and not among the messages it answers.
 */
export function buildSendStatement(db: DbOrTx, events: EventBus, shape: SendShape) {
  const column = <T extends string>(name: keyof SendColumns, type: T) =>
    sql`${sql.placeholder(name)}::${sql.raw(type)}[]`;
  const sends = db.$with('sends', {}).as(sql`
    select * from unnest(${column('conversationIds', 'uuid')}, ${column('senderIds', 'uuid')},
                         ${column('messages', 'text')}, ${column('isQuickReplys', 'boolean')},
                         ${column('clientMessageIds', 'text')}, ${column('quickReplyIds', 'uuid')},
                         ${column('attachmentIdss', 'text')}, ${column('replyToIds', 'uuid')},
                         ${column('screenings', 'jsonb')}, ${column('languages', 'text')})
      as s(conversation_id, sender_id, message, is_quick_reply, client_message_id, quick_reply_id,
           attachment_ids, reply_to_id, screening, language)`);
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
      and ${unclaimed(claimableUpload)}
    for update of a`);
  // A reply quotes its original only within the conversation (the service refused others).
  const reply = shape.replies
    ? {
        id: sql`r.id`,
        quote: sql`case when r.id is not null then jsonb_build_object(
             'id', r.id, 'sender_id', r.sender_id,
             'excerpt', left(r.message, ${sql.raw(String(REPLY_EXCERPT_LENGTH))}),
             'attachments', coalesce(jsonb_array_length(r.attachments), 0),
             'unsent', r.unsent_at is not null) end`,
        join: sql`left join ${messages} r on r.id = s.reply_to_id and r.conversation_id = l.id`,
      }
    : { id: sql`null::uuid`, quote: sql`null::jsonb`, join: sql`` };
  const carried = shape.attachments
    ? sql`(select jsonb_agg(jsonb_build_object(
                     'id', c.id, 'kind', c.kind, 'content_type', c.content_type, 'size', c.size,
                     'name', c.name, 'width', c.width, 'height', c.height,
                     'duration_ms', c.duration_ms, 'has_thumbnail', c.thumbnail_key is not null)
                   order by c.pos)
              from claimable c where c.for_conversation_id = s.conversation_id)`
    : sql`null::jsonb`;
  // The participant rule of conversations.policy.ts, in SQL so the lock needs no round trip.
  const inserted = db.$with('inserted', {}).as(sql`
    insert into ${messages}
      (conversation_id, seq, sender_id, receiver_id, message, is_quick_reply, client_message_id,
       reply_to_id, reply_to, attachments, screening, language, search_config)
    select l.id, l.last_seq + 1, s.sender_id,
           case when l.host_id = s.sender_id then l.guest_id else l.host_id end,
           coalesce(st.message, s.message),
           s.is_quick_reply, s.client_message_id,
           ${reply.id},
           ${reply.quote},
           ${carried},
           st.screening,
           s.language,
           coalesce((select p.search_config from ${properties} p where p.id = l.property_id),
                    'simple')
    from sends s join locked l on l.id = s.conversation_id and s.sender_id in (l.guest_id, l.host_id)
    ${reply.join}
    -- Contact screening, under the conversation's policy until the stay is confirmed: a text
    -- it found something in has it; for the others it reads nothing.
    left join lateral (${screenedSend('l', sql`s.sender_id`, sql`s.screening`)}) st on true
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
               s.quick_reply_id, i.attachments, i.reply_to, i.screening, i.language,
               case when i.receiver_id = l.host_id then l.host_unread_count
                    else l.guest_unread_count end as receiver_unread_before
        from inserted i
        join locked l on l.id = i.conversation_id
        join sends s on s.conversation_id = i.conversation_id`,
  );
  const ifUploads = <T>(cte: T) => (shape.attachments ? [cte] : []);
  const query = db
    .with(sends, locked, ...ifUploads(claimable), inserted, ...ifUploads(claimed), ...event.ctes)
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

// Edits, unsends and reactions (messages.changes.ts)

/** Locks a message's row for the rest of the transaction and reads it. */
export async function lockMessage(tx: DbOrTx, id: string): Promise<MessageRow | undefined> {
  const [row] = await tx
    .select(messageColumns)
    .from(messages)
    .where(eq(messages.id, id))
    .for('update');
  return row;
}

/**
 * Appends what a (locked) message says now to its revision log, as the next revision: the
 * row lock keeps two changes of one message from taking the same number.
 */
export async function appendRevision(
  tx: DbOrTx,
  revision: {
    message: MessageRow;
    action: (typeof MESSAGE_REVISION_ACTIONS)[number];
    actorId: string;
    at: Date;
  },
): Promise<void> {
  const { message } = revision;
  await tx.insert(messageRevisions).values({
    messageId: message.id,
    revision: sql`(select coalesce(max(r.revision), 0) + 1 from ${messageRevisions} r
                   where r.message_id = ${message.id})`,
    action: revision.action,
    // What its sender wrote, not what screening let the other side see.
    message: message.screening?.original ?? message.message,
    attachments: message.attachments,
    actorId: revision.actorId,
    createdAt: revision.at,
  });
}

/** Gives a message new text (as screening left it) in `language`, marked edited at `at`. */
export async function editText(
  tx: DbOrTx,
  id: string,
  edit: { text: string; screening: StoredScreening | null; language: string | null },
  at: Date,
): Promise<MessageRow> {
  const [row] = await tx
    .update(messages)
    .set({ message: edit.text, screening: edit.screening, language: edit.language, editedAt: at })
    .where(eq(messages.id, id))
    .returning(messageColumns);
  return row!;
}

/**
 * Empties a message as unsent at `at`: no text, attachments or reactions. Its uploads are let
 * go (no longer served with it; the sweep of unsent uploads removes them) and its reactions'
 * rows deleted.
 */
export async function unsend(tx: DbOrTx, id: string, at: Date): Promise<MessageRow> {
  await tx.update(attachments).set({ messageId: null }).where(eq(attachments.messageId, id));
  await tx.delete(messageReactions).where(eq(messageReactions.messageId, id));
  const [row] = await tx
    .update(messages)
    .set({ message: '', attachments: null, reactions: null, screening: null, unsentAt: at })
    .where(eq(messages.id, id))
    .returning(messageColumns);
  return row!;
}

/**
 * Rewrites the quote of every reply to `originalId` from the original as it now is (the send
 * writes the same quote); answers the replies whose quote changed.
 */
export async function requote(
  tx: DbOrTx,
  originalId: string,
): Promise<Pick<MessageRow, 'id' | 'conversationId'>[]> {
  const rows = await queryRows<{ id: string; conversation_id: string }>(
    tx,
    sql`with quote as (
          select o.id, jsonb_build_object(
                   'id', o.id, 'sender_id', o.sender_id,
                   'excerpt', left(o.message, ${sql.raw(String(REPLY_EXCERPT_LENGTH))}),
                   'attachments', coalesce(jsonb_array_length(o.attachments), 0),
                   'unsent', o.unsent_at is not null) as reply_to
          from ${messages} o where o.id = ${originalId}
        )
        update ${messages} r set reply_to = q.reply_to
        from quote q
        where r.reply_to_id = q.id and r.reply_to is distinct from q.reply_to
        returning r.id, r.conversation_id`,
  );
  return rows.map((r) => ({ id: r.id, conversationId: r.conversation_id }));
}

/** The distinct emojis `userId` put under a message. */
export async function emojisOf(tx: DbOrTx, messageId: string, userId: string): Promise<string[]> {
  const rows = await tx
    .select({ emoji: messageReactions.emoji })
    .from(messageReactions)
    .where(and(eq(messageReactions.messageId, messageId), eq(messageReactions.userId, userId)));
  return rows.map((r) => r.emoji);
}

/** Records a reaction; false when the user already reacted to the message with the emoji. */
export async function insertReaction(
  tx: DbOrTx,
  reaction: { messageId: string; userId: string; emoji: string; at: Date },
): Promise<boolean> {
  const rows = await tx
    .insert(messageReactions)
    .values({
      messageId: reaction.messageId,
      userId: reaction.userId,
      emoji: reaction.emoji,
      createdAt: reaction.at,
    })
    .onConflictDoNothing()
    .returning({ emoji: messageReactions.emoji });
  return rows.length > 0;
}

/** Deletes a reaction; false when there was none. */
export async function deleteReaction(
  tx: DbOrTx,
  reaction: { messageId: string; userId: string; emoji: string },
): Promise<boolean> {
  const rows = await tx
    .delete(messageReactions)
    .where(
      and(
        eq(messageReactions.messageId, reaction.messageId),
        eq(messageReactions.userId, reaction.userId),
        eq(messageReactions.emoji, reaction.emoji),
      ),
    )
    .returning({ emoji: messageReactions.emoji });
  return rows.length > 0;
}

/** Stores a message's reactions as shown (null when none). */
export async function setReactions(
  tx: DbOrTx,
  id: string,
  reactions: MessageReactions | null,
): Promise<MessageRow> {
  const [row] = await tx
    .update(messages)
    .set({ reactions })
    .where(eq(messages.id, id))
    .returning(messageColumns);
  return row!;
}
