import type { Message } from '@flexbnb/contracts';
import type { MessageRow } from './messages.repo.ts';

export function presentMessage(row: MessageRow): Message {
  return {
    id: row.id,
    conversation_id: row.conversationId,
    seq: row.seq,
    sender_id: row.senderId,
    receiver_id: row.receiverId,
    message: row.message,
    is_read: row.isRead,
    read_at: row.readAt?.toISOString() ?? null,
    is_quick_reply: row.isQuickReply,
    client_message_id: row.clientMessageId,
    created_at: row.createdAt.toISOString(),
  };
}
