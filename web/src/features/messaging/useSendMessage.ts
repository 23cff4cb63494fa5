import { routes, type Message, type ReplyQuote } from '@flexbnb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, api } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
import { addMessageToCache } from '../../lib/queries.ts';
import type { Uploader } from '../attachments/http.ts';
import { upload as defaultUpload } from '../attachments/upload.ts';
import {
  outbox as defaultOutbox,
  usePending,
  type Outbox,
  type PendingAttachment,
  type PendingMessage,
} from './outbox.ts';

function newId(): string {
  return crypto.randomUUID();
}

/** What a message carries besides its text. */
export interface SendExtras {
  /** Uploaded by the composer already, or still to upload (a voice message). */
  attachments?: PendingAttachment[];
  /** The message it answers. */
  replyTo?: ReplyQuote;
}

function failure(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return i18n.t('bubble.notSentCheckConnection', { ns: 'messaging' });
}

/**
 * Optimistic sending: the message shows at once as "sending", becomes the stored message when
 * the server answers, or "failed" with a retry that reuses its `client_message_id`, so a send
 * that did reach the server before the connection dropped is never stored twice. Attachments
 * not uploaded yet go up first, with their progress on the pending message; a retry uploads
 * only those the server does not have.
 */
export function useSendMessage(
  conversationId: string,
  box: Outbox = defaultOutbox,
  upload: Uploader = defaultUpload,
) {
  const client = useQueryClient();
  const pending = usePending(box, conversationId);

  const deliver = useCallback(
    async (item: PendingMessage) => {
      let current: PendingMessage = { ...item, status: 'sending', error: undefined };
      const update = (next: PendingMessage) => {
        current = next;
        // Discarded meanwhile: stays discarded.
        if (box.all().some((p) => p.client_message_id === next.client_message_id)) box.put(next);
      };
      box.put(current);
      try {
        for (const [i, file] of (current.attachments ?? []).entries()) {
          if (file.attachment) continue;
          const withFile = (patch: Partial<PendingAttachment>) =>
            (current.attachments ?? []).map((a, j) => (j === i ? { ...a, ...patch } : a));
          update({ ...current, attachments: withFile({ progress: 0 }) });
          const attachment = await upload(file.file, file.name, {
            onProgress: (progress) => update({ ...current, attachments: withFile({ progress }) }),
          });
          update({ ...current, attachments: withFile({ attachment, progress: undefined }) });
        }
        if (!box.all().some((p) => p.client_message_id === current.client_message_id)) return;
        const ids = (current.attachments ?? []).flatMap((a) =>
          a.attachment ? [a.attachment.id] : [],
        );
        // Without `send_at` the answer is the stored message, never a scheduled one.
        const stored = (await api(routes.sendMessage, {
          body: {
            conversation_id: current.conversation_id,
            ...(current.message && { message: current.message }),
            client_message_id: current.client_message_id,
            ...(current.quick_reply_id && { quick_reply_id: current.quick_reply_id }),
            ...(ids.length > 0 && { attachment_ids: ids }),
            ...(current.reply_to && { reply_to_id: current.reply_to.id }),
          },
        })) as Message;
        addMessageToCache(client, stored);
        box.remove(current.client_message_id);
        void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
      } catch (err) {
        const attachments = current.attachments?.map((a) => ({ ...a, progress: undefined }));
        update({ ...current, attachments, status: 'failed', error: failure(err) });
      }
    },
    [box, client, upload],
  );

  const send = useCallback(
    (text: string, quickReplyId?: string, extras: SendExtras = {}) =>
      deliver({
        client_message_id: newId(),
        conversation_id: conversationId,
        message: text,
        ...(quickReplyId && { quick_reply_id: quickReplyId }),
        ...(extras.attachments?.length && { attachments: extras.attachments }),
        ...(extras.replyTo && { reply_to: extras.replyTo }),
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
