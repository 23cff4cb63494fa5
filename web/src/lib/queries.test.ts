import type { ConversationDetail, Message, MessageTranslation } from '@flexbnb/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { keepOlderPages, keys, setTranslationInCache, updateMessageInCache } from './queries.ts';

const at = '2026-12-04T10:42:00.000Z';
const msg = (seq: number): Message => ({
  id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  conversation_id: 'c',
  seq,
  sender_id: 's',
  receiver_id: 'r',
  message: `m${seq}`,
  screened: false,
  screening: null,
  is_read: true,
  read_at: at,
  is_quick_reply: false,
  client_message_id: null,
  kind: 'text',
  system: null,
  attachments: [],
  reply_to: null,
  reactions: [],
  edited_at: null,
  unsent_at: null,
  language: null,
  translation: null,
  created_at: at,
});
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => msg(from + i));
const page = (messages: Message[], more: boolean) =>
  ({ messages, has_more_messages: more }) as ConversationDetail;

describe('keepOlderPages', () => {
  it('keeps the older pages loaded above a reloaded newest page', () => {
    const merged = keepOlderPages(page(range(51, 101), true), page(range(1, 100), false));
    expect(merged.messages.map((m) => m.seq)).toEqual(range(1, 101).map((m) => m.seq));
    expect(merged.has_more_messages).toBe(false);
  });

  it('drops them when the new page does not reach them (a gap)', () => {
    const fresh = page(range(151, 200), true);
    expect(keepOlderPages(fresh, page(range(1, 100), false))).toBe(fresh);
  });

  it('answers the page as it is with nothing older cached', () => {
    const fresh = page(range(1, 50), false);
    expect(keepOlderPages(fresh, undefined)).toBe(fresh);
    expect(keepOlderPages(fresh, page(range(1, 50), false))).toBe(fresh);
  });
});

describe('a translation in the cached thread', () => {
  const translation: MessageTranslation = {
    language: 'en',
    text: 'Is there parking nearby?',
    provider: 'libretranslate',
  };
  const german = (seq: number): Message => ({
    ...msg(seq),
    message: 'Gibt es in der Nähe einen Parkplatz?',
    language: 'de',
  });

  function thread(messages: Message[]) {
    const client = new QueryClient();
    client.setQueryData<ConversationDetail>(keys.detail('c'), {
      ...page(messages, false),
      last_message: messages.at(-1) ?? null,
    });
    const cached = () => client.getQueryData<ConversationDetail>(keys.detail('c'))!;
    return { client, cached };
  }

  it('comes to the message it translates, the thread’s last message too', () => {
    const { client, cached } = thread([german(1), german(2)]);
    setTranslationInCache(client, 'c', msg(2).id, translation);
    expect(cached().messages.map((m) => m.translation)).toEqual([null, translation]);
    expect(cached().last_message?.translation).toEqual(translation);
    setTranslationInCache(client, 'c', msg(1).id, translation);
    expect(cached().messages[0]?.translation).toEqual(translation);
  });

  it('leaves a thread alone where the message is not loaded', () => {
    const { client, cached } = thread([german(1)]);
    const before = cached();
    setTranslationInCache(client, 'c', msg(7).id, translation);
    expect(cached()).toBe(before);
  });

  it('stays through an update of the same text (a reaction, a quote) and goes with an edit', () => {
    const translated = { ...german(1), translation };
    const { client, cached } = thread([translated]);
    // Updates carry no translation: the one cached stays while the text is the same.
    const reacted = { ...german(1), reactions: [{ emoji: '👍', count: 1, user_ids: ['r'] }] };
    updateMessageInCache(client, reacted);
    expect(cached().messages[0]).toEqual({ ...reacted, translation });
    expect(cached().last_message).toEqual({ ...reacted, translation });

    const edited = {
      ...german(1),
      message: 'Gibt es einen Parkplatz für zwei Autos?',
      edited_at: at,
    };
    updateMessageInCache(client, edited);
    expect(cached().messages[0]?.translation).toBeNull();
    expect(cached().last_message?.translation).toBeNull();
  });

  it('goes when the message is unsent, and an update that carries one wins', () => {
    const { client, cached } = thread([{ ...german(1), translation }]);
    const newer: MessageTranslation = { ...translation, text: 'Is there parking close by?' };
    updateMessageInCache(client, { ...german(1), translation: newer });
    expect(cached().messages[0]?.translation).toEqual(newer);
    updateMessageInCache(client, { ...german(1), message: '', unsent_at: at });
    expect(cached().messages[0]?.translation).toBeNull();
  });
});
