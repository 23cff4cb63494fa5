import { routes, type ConversationDetail, type Message } from '@flexbnb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toast } from 'sonner';
import { ApiError, api } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
import { keys, setReactionsInCache, updateMessageInCache } from '../../lib/queries.ts';
import { withReaction } from './reactions.ts';

function reason(err: unknown, fallback: string): string {
  return err instanceof ApiError ? err.message : fallback;
}

/**
 * What I can do to a message of the thread: edit or unsend my own (the server says no after
 * 15 minutes or 24 hours: 409, shown as a toast), react to any, and ask for a received one in
 * my language. Each answer is the message
 * as it now is, which the cached thread takes; the other side hears of it by `message.updated`
 * or `message.reaction`. A reaction shows at once and is taken back if the server refuses it.
 */
export function useMessageActions(conversationId: string, me: string) {
  const client = useQueryClient();

  /** Resolves true once saved; false when refused (told in a toast). */
  const edit = useCallback(
    async (id: string, text: string): Promise<boolean> => {
      try {
        const message = await api(routes.editMessage, { params: { id }, body: { message: text } });
        updateMessageInCache(client, message);
        void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
        return true;
      } catch (err) {
        toast.error(reason(err, i18n.t('message.editFailed', { ns: 'messaging' })));
        return false;
      }
    },
    [client],
  );

  const unsend = useCallback(
    async (id: string): Promise<boolean> => {
      try {
        const message = await api(routes.unsendMessage, { params: { id } });
        updateMessageInCache(client, message);
        void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
        return true;
      } catch (err) {
        toast.error(reason(err, i18n.t('message.unsendFailed', { ns: 'messaging' })));
        return false;
      }
    },
    [client],
  );

  const toggleReaction = useCallback(
    async (message: Message, emoji: string) => {
      const current =
        client
          .getQueryData<ConversationDetail>(keys.detail(conversationId))
          ?.messages.find((m) => m.id === message.id) ?? message;
      const mine = current.reactions.some((r) => r.emoji === emoji && r.user_ids.includes(me));
      const before = current.reactions;
      setReactionsInCache(
        client,
        conversationId,
        message.id,
        withReaction(before, emoji, me, !mine),
      );
      try {
        const answer = mine
          ? await api(routes.removeReaction, { params: { id: message.id, emoji } })
          : await api(routes.addReaction, { params: { id: message.id }, body: { emoji } });
        setReactionsInCache(client, conversationId, message.id, answer.reactions);
      } catch (err) {
        setReactionsInCache(client, conversationId, message.id, before);
        toast.error(reason(err, i18n.t('message.reactionFailed', { ns: 'messaging' })));
      }
    },
    [client, conversationId, me],
  );

  /**
   * Asks for a received message in my language; resolves true once asked (the translation
   * comes later, as `message.translated`), false when refused (told in a toast).
   */
  const translate = useCallback(async (id: string): Promise<boolean> => {
    try {
      await api(routes.translateMessage, { params: { id } });
      return true;
    } catch (err) {
      toast.error(reason(err, i18n.t('message.translateFailed', { ns: 'messaging' })));
      return false;
    }
  }, []);

  return { edit, unsend, toggleReaction, translate };
}
