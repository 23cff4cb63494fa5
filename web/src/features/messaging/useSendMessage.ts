import { routes, type Message } from '@flexbnb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, api } from '../../lib/api.ts';
import { addMessageToCache } from '../../lib/queries.ts';
import { outbox as defaultOutbox, usePending, type Outbox, type PendingMessage } from './outbox.ts';

function newId(): string {
  return crypto.randomUUID();
}

/**
 * Optimistic sending: the message shows at once as "sending", becomes the stored message when
 * the server answers, or "failed" with a retry that reuses its `client_message_id`, so a send
 * that did reach the server before the connection dropped is never stored twice.
 */
export function useSendMessage(conversationId: string, box: Outbox = defaultOutbox) {
  const client = useQueryClient();
  const pending = usePending(box, conversationId);

  const deliver = useCallback(
    async (item: PendingMessage) => {
      box.put({ ...item, status: 'sending', error: undefined });
      try {
        // Without `send_at` the answer is the stored message, never a scheduled one.
        const stored = (await api(routes.sendMessage, {
          body: {
            conversation_id: item.conversation_id,
            message: item.message,
            client_message_id: item.client_message_id,
            ...(item.quick_reply_id && { quick_reply_id: item.quick_reply_id }),
          },
        })) as Message;
        addMessageToCache(client, stored);
        box.remove(item.client_message_id);
        void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
      } catch (err) {
        const error =
          err instanceof ApiError ? err.message : 'Not sent — check your connection and retry';
        box.put({ ...item, status: 'failed', error });
      }
    },
    [box, client],
  );

  const send = useCallback(
    (text: string, quickReplyId?: string) =>
      deliver({
        client_message_id: newId(),
        conversation_id: conversationId,
        message: text,
        ...(quickReplyId && { quick_reply_id: quickReplyId }),
        status: 'sending',
        created_at: new Date().toISOString(),
      }),
    [conversationId, deliver],
  );

  const retry = useCallback(
    (clientMessageId: string) => {
      const item = box.all().find((p) => p.client_message_id === clientMessageId);
      return item ? deliver(item) : Promise.resolve();
    },
    [box, deliver],
  );

  const discard = useCallback((clientMessageId: string) => box.remove(clientMessageId), [box]);

  return { pending, send, retry, discard };
}
