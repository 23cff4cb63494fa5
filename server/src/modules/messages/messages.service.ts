import type { Message } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/connect.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { countQuickReplyUse, quickReplyText } from '../quick-replies/index.ts';
import { recordEvents, type EventDraft } from '../sync/index.ts';
import { messageCreatedDrafts, messageReadDrafts } from './messages.events.ts';
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

/** What the message service needs from the conversations module (passed in to avoid an import cycle). */
export interface MessagesCollaborators {
  /** The conversation.updated and unread.changed events of a change, read in its transaction. */
  conversationEvents: (
    tx: Tx,
    conversationId: string,
    unreadFor?: readonly string[],
  ) => Promise<EventDraft[]>;
}

export function createMessagesService(deps: ServiceDeps, collaborators: MessagesCollaborators) {
  const { db } = deps;
  const { conversationEvents } = collaborators;

  return {
    /**
     * Sends a message in a conversation the actor takes part in: `message`, or the quick reply
     * `quick_reply_id` rendered for the conversation (`message` wins when both are given: the
     * client edited the preview). A quick reply counts one use, once per `client_message_id`.
     * @throws not_found when the conversation or quick reply is unknown or not the actor's;
     *   validation_failed when neither text nor quick reply is given or the quick reply can't be used here
     */
    async send(
      actor: Actor,
      input: {
        conversation_id: string;
        message?: string;
        quick_reply_id?: string;
        client_message_id?: string;
      },
    ): Promise<SendResult> {
      const { row, created, deliveries } = await db.transaction(async (tx) => {
        const conversation = await repo.lockConversationFor(tx, input.conversation_id, actor.id);
        if (!conversation) throw notFound('Conversation');
        const { quick_reply_id: quickReplyId } = input;
        // A retry of a quick-reply send gets its first message back even if the template
        // was changed or deleted since.
        const earlier =
          quickReplyId && input.client_message_id
            ? await repo.findByClientId(tx, conversation.id, actor.id, input.client_message_id)
            : undefined;
        if (earlier) return { row: earlier, created: false, deliveries: [] };
        const text = quickReplyId
          ? await quickReplyText(tx, actor.id, quickReplyId, conversation.id, input.message)
          : input.message;
        if (text === undefined) throw badRequest('body.message: give message or quick_reply_id');
        const appended = await appendMessage(tx, conversation, actor.id, text, {
          clientMessageId: input.client_message_id ?? null,
          isQuickReply: quickReplyId !== undefined,
        });
        if (!appended.created) return { ...appended, deliveries: [] };
        // A retry that found its first message must not count the use again.
        if (quickReplyId) await countQuickReplyUse(tx, quickReplyId);
        const deliveries = await recordEvents(tx, [
          ...messageCreatedDrafts(appended.row),
          ...(await conversationEvents(tx, conversation.id, [appended.row.receiverId])),
        ]);
        return { ...appended, deliveries };
      });
      deps.publish?.(deliveries);
      return { message: presentMessage(row), created };
    },

    /**
     * Marks one message read by its receiver.
     * @throws not_found (unknown, or not in the actor's conversations); forbidden for its sender
     */
    async markRead(actor: Actor, messageId: string): Promise<Message> {
      const { row, deliveries } = await db.transaction(async (tx) => {
        const message = await repo.findMessage(tx, messageId);
        if (!message || (message.senderId !== actor.id && message.receiverId !== actor.id)) {
          throw notFound('Message');
        }
        if (message.receiverId !== actor.id) {
          throw new AppError('forbidden', 'Only the receiver can mark a message as read');
        }
        if (message.isRead) return { row: message, deliveries: [] };
        const conversation = await repo.lockConversationFor(tx, message.conversationId, actor.id);
        if (!conversation) throw notFound('Message');
        const readAt = deps.now();
        const [updated] = await repo.markRead(tx, conversation.id, actor.id, readAt, message.id);
        // Another request may have read it between our first look and the lock.
        if (!updated) return { row: (await repo.findMessage(tx, messageId))!, deliveries: [] };
        await repo.decrementUnread(tx, conversation, actor.id, 1);
        const deliveries = await recordEvents(tx, [
          ...messageReadDrafts(conversation, actor.id, [updated], readAt),
          ...(await conversationEvents(tx, conversation.id, [actor.id])),
        ]);
        return { row: updated, deliveries };
      });
      deps.publish?.(deliveries);
      return presentMessage(row);
    },

    /**
     * Marks every message the actor received in the conversation as read.
     * @throws not_found
     */
    async markAllRead(actor: Actor, conversationId: string) {
      const readAt = deps.now();
      const { marked, deliveries } = await db.transaction(async (tx) => {
        const conversation = await repo.lockConversationFor(tx, conversationId, actor.id);
        if (!conversation) throw notFound('Conversation');
        const rows = await repo.markRead(tx, conversation.id, actor.id, readAt);
        await repo.decrementUnread(tx, conversation, actor.id, rows.length);
        const deliveries =
          rows.length === 0
            ? []
            : await recordEvents(tx, [
                ...messageReadDrafts(conversation, actor.id, rows, readAt),
                ...(await conversationEvents(tx, conversation.id, [actor.id])),
              ]);
        return { marked: rows, deliveries };
      });
      deps.publish?.(deliveries);
      return { marked: marked.length, read_at: readAt.toISOString() };
    },
  };
}
