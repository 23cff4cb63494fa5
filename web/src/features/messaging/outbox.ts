import type { Attachment, AttachmentKind, Message, ReplyQuote } from '@flexbnb/contracts';
import { useMemo, useSyncExternalStore } from 'react';

/** A file going out with a pending message: shown from the local copy until it is stored. */
export interface PendingAttachment {
  local_id: string;
  kind: AttachmentKind;
  name: string;
  content_type: string;
  size: number;
  /** A voice message's length as recorded. */
  duration_ms: number | null;
  /** The local file: the preview while sending, and what is uploaded while `attachment` is unset. */
  file: Blob;
  /** The upload, once the server has it (a retry does not upload it again). */
  attachment?: Attachment;
  /** While it uploads with the message: the share sent so far (0…1). */
  progress?: number;
}

/** A message the user wrote that the server has not confirmed yet. */
export interface PendingMessage {
  client_message_id: string;
  conversation_id: string;
  /** The text; empty when the message is only attachments. */
  message: string;
  quick_reply_id?: string;
  attachments?: PendingAttachment[];
  /** The message it answers, quoted as the server will quote it. */
  reply_to?: ReplyQuote;
  status: 'sending' | 'failed';
  error?: string;
  created_at: string;
}

export type ThreadItem =
  | { kind: 'stored'; key: string; message: Message }
  | { kind: 'pending'; key: string; pending: PendingMessage };

/**
 * The thread as shown: the stored messages in order, then what is still on its way. A pending
 * message disappears as soon as the stored one with its `client_message_id` is known (from the
 * send answer or the socket, whichever comes first), so it is never shown twice.
 */
export function mergeThread(stored: Message[], pending: PendingMessage[]): ThreadItem[] {
  const confirmed = new Set(stored.map((m) => m.client_message_id).filter(Boolean));
  return [
    ...stored.map((message): ThreadItem => ({ kind: 'stored', key: message.id, message })),
    ...pending
      .filter((p) => !confirmed.has(p.client_message_id))
      .map((p): ThreadItem => ({ kind: 'pending', key: p.client_message_id, pending: p })),
  ];
}

/** A tiny store of pending messages that outlives the thread view (navigate away and back). */
export function createOutbox() {
  let items: PendingMessage[] = [];
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    all: () => items,
    put: (item: PendingMessage) => {
      items = [...items.filter((i) => i.client_message_id !== item.client_message_id), item];
      emit();
    },
    remove: (clientMessageId: string) => {
      items = items.filter((i) => i.client_message_id !== clientMessageId);
      emit();
    },
  };
}
export type Outbox = ReturnType<typeof createOutbox>;

export const outbox = createOutbox();

export function usePending(box: Outbox, conversationId: string): PendingMessage[] {
  const all = useSyncExternalStore(box.subscribe, box.all);
  return useMemo(
    () => all.filter((p) => p.conversation_id === conversationId),
    [all, conversationId],
  );
}
