import type {
  Language,
  Message,
  MessageTranslation,
  Reaction,
  Screening,
} from '@flexbnb/contracts';
import type { MessageReactions, StoredScreening } from '../../platform/db/schema.ts';
import type { EventPayload } from '../../platform/events/index.ts';
import { presentAttachment } from '../attachments/index.ts';
import type { MessageRow } from './messages.repo.ts';

// The attachments module serves the files, so it owns their URLs (its templates use them too).
export { attachmentUrl, presentAttachment } from '../attachments/index.ts';

export function presentReactions(reactions: MessageReactions | null): Reaction[] {
  return (reactions ?? []).map(({ emoji, user_ids: userIds }) => ({
    emoji,
    count: userIds.length,
    user_ids: userIds,
  }));
}

/** What screening found, as both participants may know it: the kinds, never the details. */
export function presentScreening(screening: StoredScreening | null): Screening | null {
  if (!screening) return null;
  return {
    action: screening.action,
    kinds: [...new Set(screening.matches.map((match) => match.kind))],
  };
}

/** `translation`: the message in its reader's language, when one was made for them. */
export function presentMessage(
  row: MessageRow,
  translation: MessageTranslation | null = null,
): Message {
  return {
    id: row.id,
    conversation_id: row.conversationId,
    seq: row.seq,
    sender_id: row.senderId,
    receiver_id: row.receiverId,
    message: row.message,
    screened: row.screening?.action === 'masked',
    screening: presentScreening(row.screening),
    language: row.language as Language | null,
    translation,
    is_read: row.isRead,
    read_at: row.readAt?.toISOString() ?? null,
    is_quick_reply: row.isQuickReply,
    client_message_id: row.clientMessageId,
    kind: row.systemEvent ? 'system' : 'text',
    system: row.systemEvent,
    attachments: (row.attachments ?? []).map(presentAttachment),
    reply_to: row.replyTo,
    reactions: presentReactions(row.reactions),
    edited_at: row.editedAt?.toISOString() ?? null,
    unsent_at: row.unsentAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}

/**
 * The message a `message.created` event carries, as clients see it: new, so unread. System
 * lines are written by the stay's events, not sent, so the event's messages are text.
 */
export function presentCreatedMessage(event: EventPayload<'message.created'>): Message {
  return presentMessage({
    id: event.message_id,
    conversationId: event.conversation_id,
    seq: event.seq,
    senderId: event.sender_id,
    receiverId: event.receiver_id,
    message: event.message,
    isRead: false,
    readAt: null,
    isQuickReply: event.is_quick_reply,
    clientMessageId: event.client_message_id,
    systemEvent: null,
    replyToId: event.reply_to?.id ?? null,
    replyTo: event.reply_to,
    attachments: event.attachments,
    reactions: null,
    screening: event.screening,
    language: event.language,
    editedAt: null,
    unsentAt: null,
    createdAt: new Date(event.created_at),
  });
}
