import type { ConversationDetail, Message } from '@flexbnb/contracts';
import { describe, expect, it } from 'vitest';
import { keepOlderPages } from './queries.ts';

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
