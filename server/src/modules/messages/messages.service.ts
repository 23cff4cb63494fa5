import type { Message } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx, Tx } from '../../platform/db/connect.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import type { ConversationView } from '../conversations/conversations.repo.ts';
import { quickReplyText } from '../quick-replies/index.ts';
import {
  deliveriesOf,
  recordEvents,
  unreadChanged,
  unreadDelta,
  type Delivery,
  type EventDraft,
} from '../sync/index.ts';
import { messageCreatedDrafts, messageReadDrafts } from './messages.events.ts';
import { presentMessage } from './messages.presenter.ts';
import * as repo from './messages.repo.ts';

export interface AppendInput {
  conversationId: string;
  senderId: string;
  text: string;
  clientMessageId?: string | null;
  /** The quick reply the text came from: the send counts one use of it. */
  quickReplyId?: string | null;
}

export interface SendResult {
  message: Message;
  /** False when `client_message_id` matched an earlier message, which is returned instead. */
  created: boolean;
}

/** The user's unread count in a conversation. */
function unreadOf(conversation: repo.ConversationRow, userId: string) {
  return userId === conversation.hostId
    ? conversation.hostUnreadCount
    : conversation.guestUnreadCount;
}

export interface Appended {
  row: repo.MessageRow;
  /** False when `clientMessageId` matched an earlier message, which is returned instead. */
  created: boolean;
  /** The events to publish once the message is committed. */
  deliveries: Delivery[];
}

/** The conversation.updated drafts of a conversation: each participant's own view of it. */
export type ConversationUpdates = (view: ConversationView) => EventDraft[];

/**
 * Appends a message from `senderId` to one of their conversations, with its events, in one
 * statement: on its own, or in the caller's transaction. The receiver is the other
 * participant. A `clientMessageId` the sender already used there gives back the earlier
 * message, creating nothing; undefined when the conversation is not the sender's.
 */
export async function appendMessage(
  db: DbOrTx,
  input: AppendInput,
  conversationUpdates: ConversationUpdates,
): Promise<Appended | undefined> {
  const sent = await repo.sendStatement(db, {
    conversationId: input.conversationId,
    senderId: input.senderId,
    message: input.text,
    isQuickReply: Boolean(input.quickReplyId),
    clientMessageId: input.clientMessageId ?? null,
    quickReplyId: input.quickReplyId ?? null,
  });
  if (sent) {
    const { message: row, view, recorded } = sent;
    // The same events, in each user's order, as the statement's drafts.
    const drafts = [
      ...messageCreatedDrafts(row),
      ...conversationUpdates(view),
      unreadChanged(row.receiverId),
    ];
    return { row, created: true, deliveries: deliveriesOf(drafts, recorded) };
  }
  // Nothing written: a retry, or not the sender's conversation. A retry racing its first
  // attempt waited for it inside the statement, so the first message is committed and read
  // here (a new snapshot).
  const earlier = input.clientMessageId
    ? await repo.findByClientId(db, input.conversationId, input.senderId, input.clientMessageId)
    : undefined;
  return earlier && { row: earlier, created: false, deliveries: [] };
}

/** The messages with these ids (those that exist), as clients see them. */
export async function findMessages(db: DbOrTx, ids: string[]): Promise<Message[]> {
  return (await repo.findMessageRows(db, ids)).map(presentMessage);
}

export type MessagesService = ReturnType<typeof createMessagesService>;

/** What the message service needs from the conversations module (passed in to avoid an import cycle). */
export interface MessagesCollaborators {
  conversationUpdates: ConversationUpdates;
  /** The conversation.updated events of a change, read in its transaction. */
  conversationEvents: (tx: Tx, conversationId: string) => Promise<EventDraft[]>;
}

export function createMessagesService(deps: ServiceDeps, collaborators: MessagesCollaborators) {
  const { db } = deps;
  const { conversationEvents, conversationUpdates } = collaborators;

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
      const { quick_reply_id: quickReplyId, client_message_id: clientMessageId } = input;
      // A retry of a quick-reply send gets its first message back even if the template was
      // changed or deleted since.
      const earlier =
        quickReplyId && clientMessageId
          ? await repo.findByClientId(db, input.conversation_id, actor.id, clientMessageId)
          : undefined;
      if (earlier) return { message: presentMessage(earlier), created: false };
      const text = quickReplyId
        ? await quickReplyText(db, actor.id, quickReplyId, input.conversation_id, input.message)
        : input.message;
      if (text === undefined) throw badRequest('body.message: give message or quick_reply_id');
      const sent = await appendMessage(
        db,
        {
          conversationId: input.conversation_id,
          senderId: actor.id,
          text,
          clientMessageId,
          quickReplyId,
        },
        conversationUpdates,
      );
      if (!sent) throw notFound('Conversation');
      deps.publish?.(sent.deliveries);
      return { message: presentMessage(sent.row), created: sent.created };
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
        const unread = await repo.decrementUnread(tx, conversation, actor.id, 1);
        const deliveries = await recordEvents(tx, [
          ...messageReadDrafts(conversation, actor.id, [updated], readAt),
          ...(await conversationEvents(tx, conversation.id)),
          unreadChanged(actor.id, unreadDelta(unreadOf(conversation, actor.id), unread)),
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
        const unread = await repo.decrementUnread(tx, conversation, actor.id, rows.length);
        const deliveries =
          rows.length === 0
            ? []
            : await recordEvents(tx, [
                ...messageReadDrafts(conversation, actor.id, rows, readAt),
                ...(await conversationEvents(tx, conversation.id)),
                unreadChanged(actor.id, unreadDelta(unreadOf(conversation, actor.id), unread)),
              ]);
        return { marked: rows, deliveries };
      });
      deps.publish?.(deliveries);
      return { marked: marked.length, read_at: readAt.toISOString() };
    },
  };
}
