import type { Message } from '@flexbnb/contracts';
import { describe, expect, it } from 'vitest';
import { stayDates } from '../../lib/time.ts';
import { messageText } from './systemLine.ts';

const base: Message = {
  id: crypto.randomUUID(),
  conversation_id: crypto.randomUUID(),
  seq: 2,
  sender_id: crypto.randomUUID(),
  receiver_id: crypto.randomUUID(),
  message: 'Reservation cancelled · 28 Mar – 2 Apr',
  screened: false,
  screening: null,
  is_read: true,
  read_at: '2026-12-04T10:00:00.000Z',
  is_quick_reply: false,
  client_message_id: null,
  kind: 'system',
  system: {
    type: 'reservation.cancelled',
    reservation_id: crypto.randomUUID(),
    check_in: '2027-03-28',
    check_out: '2027-04-02',
  },
  attachments: [],
  reply_to: null,
  reactions: [],
  edited_at: null,
  unsent_at: null,
  language: null,
  translation: null,
  created_at: '2026-12-04T10:00:00.000Z',
};

describe('messageText', () => {
  it('words a system line with the stay’s dates as the app writes them elsewhere', () => {
    expect(messageText(base)).toBe(
      `Reservation cancelled · ${stayDates('2027-03-28', '2027-04-02')}`,
    );
  });

  it('shows text as written, and a line of a kind it does not know as the server wrote it', () => {
    expect(messageText({ ...base, kind: 'text', system: null, message: 'Hi!' })).toBe('Hi!');
    const unknown = { ...base, system: { ...base.system!, type: 'reservation.moved' } };
    expect(messageText(unknown as unknown as Message)).toBe(base.message);
  });
});
