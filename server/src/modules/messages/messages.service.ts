import type { Message } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/connect.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { presentMessage } from './messages.presenter.ts';
import * as repo from './messages.repo.ts';

export interface AppendOptions {
  clientMessageId?: string | null;
  isQuickReply?: boolean;
}

export interface SendResult {
  message: Message;
  /** False when `client_message_id` matched an earlier message, which is returned instead. */
  created: boolean;
}

/**
 * Appends a message from `senderId` to a conversation the caller has locked with
 * `lockConversationFor`; the receiver is the other participant.
 */
export async function appendMessage(
  tx: Tx,
  conversation: repo.ConversationRow,
  senderId: string,
  text: string,
  options: AppendOptions = {},
): Promise<{ row: repo.MessageRow; created: boolean }> {
  const row = await repo.insertAndRecord(tx, conversation, {
    conversationId: conversation.id,
    seq: conversation.lastSeq + 1,
    senderId,
    receiverId: senderId === conversation.hostId ? conversation.guestId : conversation.hostId,
    message: text,
    isQuickReply: options.isQuickReply ?? false,
    clientMessageId: options.clientMessageId ?? null,
  });
  if (row) return { row, created: true };
  // Only a retry writes nothing. Safe against two racing retries: both hold the
  // conversation lock in turn, and the second one's insert meets the first one's
  // committed row, which this query sees.
  const earlier = options.clientMessageId
    ? await repo.findByClientId(tx, conversation.id, senderId, options.clientMessageId)
    : undefined;
  if (!earlier) throw new Error('A message was neither written nor found');
  return { row: earlier, created: false };
}

export type MessagesService = ReturnType<typeof createMessagesService>;

export function createMessagesService(deps: ServiceDeps) {
  const { db } = deps;

  return {
    /**
     * Sends a message in a conversation the actor takes part in.
     * @throws not_found when the conversation is unknown or not the actor's
     */
    async send(
      actor: Actor,
      input: { conversation_id: string; message: string; client_message_id?: string },
    ): Promise<SendResult> {
      const { row, created } = await db.transaction(async (tx) => {
        const conversation = await repo.lockConversationFor(tx, input.conversation_id, actor.id);
        if (!conversation) throw notFound('Conversation');
        return appendMessage(tx, conversation, actor.id, input.message, {
          clientMessageId: input.client_message_id ?? null,
        });
      });
      return { message: presentMessage(row), created };
    },

    /**
     * Marks one message read by its receiver.
     * @throws not_found (unknown, or not in the actor's conversations); forbidden for its sender
     */
    async markRead(actor: Actor, messageId: string): Promise<Message> {
      const row = await db.transaction(async (tx) => {
        const message = await repo.findMessage(tx, messageId);
        if (!message || (message.senderId !== actor.id && message.receiverId !== actor.id)) {
          throw notFound('Message');
        }
        if (message.receiverId !== actor.id) {
          throw new AppError('forbidden', 'Only the receiver can mark a message as read');
        }
        if (message.isRead) return message;
        const conversation = await repo.lockConversationFor(tx, message.conversationId, actor.id);
        if (!conversation) throw notFound('Message');
        const [updated] = await repo.markRead(
          tx,
          conversation.id,
          actor.id,
          deps.now(),
          message.id,
        );
        // Another request may have read it between our first look and the lock.
        if (!updated) return (await repo.findMessage(tx, messageId))!;
        await repo.decrementUnread(tx, conversation, actor.id, 1);
        return updated;
      });
      return presentMessage(row);
    },

    /**
     * Marks every message the actor received in the conversation as read.
     * @throws not_found
     */
    async markAllRead(actor: Actor, conversationId: string) {
      const readAt = deps.now();
      const marked = await db.transaction(async (tx) => {
        const conversation = await repo.lockConversationFor(tx, conversationId, actor.id);
        if (!conversation) throw notFound('Conversation');
        const rows = await repo.markRead(tx, conversation.id, actor.id, readAt);
        await repo.decrementUnread(tx, conversation, actor.id, rows.length);
        return rows;
      });
      return { marked: marked.length, read_at: readAt.toISOString() };
    },
  };
}
