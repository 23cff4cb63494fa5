import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { conversations, messages } from '../../platform/db/schema.ts';

export type MessageRow = typeof messages.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;

/**
 * Locks the conversation row for the rest of the transaction, provided `userId` takes part.
 * Every write to a conversation's messages takes this lock first, so sequence numbers,
 * counters and idempotency checks never race and locks are always taken in one order.
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

/**
 * Inserts a message into its (locked) conversation and records it there (sequence, activity,
 * the receiver's badge and inbox) in one statement, so a send costs one round trip between
 * taking the lock and committing. Answers undefined, writing nothing, when the sender already
 * sent this `clientMessageId` in the conversation: the lock makes that earlier message a
 * committed one, which `findByClientId` then reads.
 */
export async function insertAndRecord(
  tx: DbOrTx,
  conversation: ConversationRow,
  values: typeof messages.$inferInsert,
): Promise<MessageRow | undefined> {
  const inserted = tx.$with('inserted').as(
    tx
      .insert(messages)
      .values(values)
      .onConflictDoNothing({
        target: [messages.conversationId, messages.senderId, messages.clientMessageId],
        where: sql`${messages.clientMessageId} is not null`,
      })
      .returning(),
  );
  const receiverIsHost = values.receiverId === conversation.hostId;
  const recorded = tx.$with('recorded').as(
    tx
      .update(conversations)
      .set({
        lastSeq: sql`${inserted.seq}`,
        lastMessageId: sql`${inserted.id}`,
        lastMessageAt: sql`${inserted.createdAt}`,
        lastActivityAt: sql`${inserted.createdAt}`,
        updatedAt: sql`${inserted.createdAt}`,
        // A new message brings an archived thread back into the receiver's inbox.
        ...(receiverIsHost
          ? { hostUnreadCount: sql`${conversations.hostUnreadCount} + 1`, isArchivedByHost: false }
          : {
              guestUnreadCount: sql`${conversations.guestUnreadCount} + 1`,
              isArchivedByGuest: false,
            }),
      })
      .from(inserted)
      .where(eq(conversations.id, inserted.conversationId))
      .returning({ id: conversations.id }),
  );
  const [row] = await tx.with(inserted, recorded).select().from(inserted);
  return row;
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

/** Takes `count` off the receiver's unread badge of the (locked) conversation. */
export async function decrementUnread(
  tx: DbOrTx,
  conversation: ConversationRow,
  receiverId: string,
  count: number,
) {
  if (count === 0) return;
  const column = receiverId === conversation.hostId ? 'hostUnreadCount' : 'guestUnreadCount';
  await tx
    .update(conversations)
    .set({ [column]: sql`greatest(${conversations[column]} - ${count}, 0)` })
    .where(eq(conversations.id, conversation.id));
}
