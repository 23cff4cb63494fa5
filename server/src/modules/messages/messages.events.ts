import type { EventDraft } from '../sync/index.ts';
import { presentMessage } from './messages.presenter.ts';
import type { ConversationRow, MessageRow } from './messages.repo.ts';

/** `message.created` for both participants (the sender's other devices show it too). */
export function messageCreatedDrafts(row: MessageRow): EventDraft[] {
  const message = presentMessage(row);
  return [row.senderId, row.receiverId].map((userId) => ({
    userId,
    event: {
      type: 'message.created',
      conversation_id: row.conversationId,
      seq: row.seq,
      message,
    },
  }));
}

/** The read receipt, for the reader and for the sender of the messages read. */
export function messageReadDrafts(
  conversation: ConversationRow,
  readerId: string,
  rows: MessageRow[],
  readAt: Date,
): EventDraft[] {
  if (rows.length === 0) return [];
  const ordered = [...rows].sort((a, b) => a.seq - b.seq);
  return [conversation.guestId, conversation.hostId].map((userId) => ({
    userId,
    event: {
      type: 'message.read',
      conversation_id: conversation.id,
      reader_id: readerId,
      message_ids: ordered.map((m) => m.id),
      seqs: ordered.map((m) => m.seq),
      read_at: readAt.toISOString(),
    },
  }));
}
