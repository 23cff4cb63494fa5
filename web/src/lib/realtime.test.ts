import type {
  Badge,
  Conversation,
  ConversationDetail,
  Message,
  Notification,
  SyncEvent,
} from '@flexbnb/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { keys } from './queries.ts';
import { applyEvent } from './realtime.tsx';

const me = crypto.randomUUID();
const guest = crypto.randomUUID();
const conversationId = crypto.randomUUID();
const at = '2026-12-04T10:42:00.000Z';

const message: Message = {
  id: crypto.randomUUID(),
  conversation_id: conversationId,
  seq: 1,
  sender_id: guest,
  receiver_id: me,
  message: 'Hi!',
  screened: false,
  screening: null,
  is_read: false,
  read_at: null,
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
};

const conversation: Conversation = {
  id: conversationId,
  property_id: crypto.randomUUID(),
  guest_id: guest,
  host_id: me,
  reservation_id: null,
  property: { id: crypto.randomUUID(), title: 'Loft', timezone: 'UTC' },
  guest: { id: guest, name: 'Gina Guest' },
  host: { id: me, name: 'Hana Host' },
  reservation: null,
  is_archived_by_guest: false,
  is_archived_by_host: false,
  is_archived: false,
  unread_count: 1,
  last_message: message,
  last_message_at: at,
  created_at: at,
  updated_at: at,
};

function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: crypto.randomUUID(),
    notification_type: 'new_message',
    title: 'New message from Gina Guest',
    message: 'Hi!',
    conversation_id: conversationId,
    reservation_id: null,
    delivery_method: 'in_app,push',
    is_read: false,
    read_at: null,
    email_sent: false,
    email_sent_at: null,
    sms_sent: false,
    sms_sent_at: null,
    push_sent: false,
    push_sent_at: null,
    created_at: at,
    ...overrides,
  };
}

const badge = (notifications: number): Badge => ({ messages: 1, conversations: 1, notifications });

function setup(list?: Notification[]) {
  const client = new QueryClient();
  client.setQueryData(keys.unread, badge(0));
  if (list) client.setQueryData(keys.notificationList, list);
  return client;
}

describe('realtime events in the notification centre', () => {
  it("takes the badge from a message and from the message's notification, which counts once", () => {
    const client = setup([]);
    const created: SyncEvent = {
      type: 'message.created',
      cursor: '7',
      conversation_id: conversationId,
      seq: 1,
      message,
      conversation,
      unread: badge(1),
    };
    applyEvent(client, created, me);
    const raised = notification();
    applyEvent(
      client,
      { type: 'notification.created', cursor: '8', notification: raised, unread: badge(1) },
      me,
    );
    expect(client.getQueryData(keys.unread)).toEqual(badge(1));
    expect(client.getQueryData(keys.notificationList)).toEqual([raised]);
  });

  it('counts a notification that came alone (a booking), once, at the top of the list', () => {
    const older = notification({ is_read: true, created_at: '2026-12-01T10:00:00.000Z' });
    const client = setup([older]);
    const booking = notification({
      notification_type: 'booking_confirmed',
      title: 'Booking confirmed',
      conversation_id: null,
      reservation_id: crypto.randomUUID(),
    });
    const event: SyncEvent = {
      type: 'notification.created',
      cursor: '3',
      notification: booking,
      unread: badge(1),
    };
    applyEvent(client, event, me);
    applyEvent(client, event, me);
    expect(client.getQueryData<Badge>(keys.unread)?.notifications).toBe(1);
    expect(client.getQueryData(keys.notificationList)).toEqual([booking, older]);
  });

  it('sets the totals from unread.changed, and reloads the list when notifications were read', () => {
    const client = setup([notification()]);
    client.setQueryData(keys.unread, badge(1));
    applyEvent(
      client,
      { type: 'unread.changed', cursor: '9', messages: 0, conversations: 0, notifications: 0 },
      me,
    );
    expect(client.getQueryData(keys.unread)).toEqual({
      messages: 0,
      conversations: 0,
      notifications: 0,
    });
    expect(client.getQueryState(keys.notificationList)?.isInvalidated).toBe(true);
  });
});

describe('a system line of the stay', () => {
  it('comes into the thread and brings the stay’s reservation and reminders up to date', () => {
    const client = new QueryClient();
    const reservationId = crypto.randomUUID();
    client.setQueryData(keys.unread, badge(0));
    client.setQueryData(keys.reservations, []);
    client.setQueryData(keys.reminders(reservationId), []);
    const line: Message = {
      ...message,
      id: crypto.randomUUID(),
      seq: 2,
      sender_id: me,
      receiver_id: guest,
      message: 'Reservation confirmed · 12–15 Mar',
      is_read: true,
      read_at: at,
      kind: 'system',
      system: {
        type: 'reservation.confirmed',
        reservation_id: reservationId,
        check_in: '2027-03-12',
        check_out: '2027-03-15',
      },
    };
    const stay = {
      id: reservationId,
      check_in: '2027-03-12',
      check_out: '2027-03-15',
      guests: 2,
      status: 'confirmed' as const,
    };
    applyEvent(
      client,
      {
        type: 'message.created',
        cursor: '4',
        conversation_id: conversationId,
        seq: 2,
        message: line,
        conversation: { ...conversation, reservation_id: reservationId, reservation: stay },
        unread: badge(0),
      },
      me,
    );
    expect(client.getQueryState(keys.reservations)?.isInvalidated).toBe(true);
    expect(client.getQueryState(keys.reminders(reservationId))?.isInvalidated).toBe(true);
    expect(client.getQueryData(keys.unread)).toEqual(badge(0));
  });
});

describe('a message of mine that was scheduled', () => {
  it('leaves the waiting list under the thread and updates the stay’s timeline', () => {
    const client = new QueryClient();
    const reservationId = crypto.randomUUID();
    client.setQueryData(keys.unread, badge(0));
    client.setQueryData(keys.conversationScheduledMessages(conversationId), []);
    client.setQueryData(keys.stayScheduledMessages(reservationId), []);
    const stay = {
      id: reservationId,
      check_in: '2027-03-12',
      check_out: '2027-03-15',
      guests: 2,
      status: 'confirmed' as const,
    };
    const created = (sender: string): SyncEvent => ({
      type: 'message.created',
      cursor: '5',
      conversation_id: conversationId,
      seq: 3,
      message: { ...message, id: crypto.randomUUID(), seq: 3, sender_id: sender },
      conversation: { ...conversation, reservation_id: reservationId, reservation: stay },
      unread: badge(0),
    });
    const invalidated = () => [
      client.getQueryState(keys.conversationScheduledMessages(conversationId))?.isInvalidated,
      client.getQueryState(keys.stayScheduledMessages(reservationId))?.isInvalidated,
    ];

    // The other side's message says nothing about what I scheduled.
    applyEvent(client, created(guest), me);
    expect(invalidated()).toEqual([false, false]);
    applyEvent(client, created(me), me);
    expect(invalidated()).toEqual([true, true]);
  });
});

describe('edits, unsends and reactions from the other side', () => {
  const detail = (messages: Message[]): ConversationDetail => ({
    ...conversation,
    messages,
    has_more_messages: false,
  });
  const original: Message = {
    ...message,
    id: crypto.randomUUID(),
    seq: 1,
    message: 'Is parking free?',
  };
  const reply: Message = {
    ...message,
    id: crypto.randomUUID(),
    seq: 2,
    sender_id: me,
    receiver_id: guest,
    message: 'Yes, spot 4.',
    reply_to: {
      id: original.id,
      sender_id: guest,
      excerpt: 'Is parking free?',
      attachments: 0,
      unsent: false,
    },
  };

  function thread() {
    const client = new QueryClient();
    client.setQueryData(keys.detail(conversationId), {
      ...detail([original, reply]),
      last_message: reply,
    });
    return client;
  }
  const cached = (client: QueryClient) =>
    client.getQueryData<ConversationDetail>(keys.detail(conversationId))!;

  it('shows an edited message as it now is, where it is loaded', () => {
    const client = thread();
    const edited: Message = {
      ...original,
      message: 'Is parking free for two cars?',
      edited_at: '2026-12-04T10:45:00.000Z',
    };
    applyEvent(
      client,
      {
        type: 'message.updated',
        cursor: '11',
        conversation_id: conversationId,
        message: edited,
        conversation: { ...conversation, last_message: reply },
      },
      me,
    );
    expect(cached(client).messages).toEqual([edited, reply]);
    // The quote keeps what was answered, as the server does.
    expect(cached(client).messages[1]?.reply_to?.excerpt).toBe('Is parking free?');
    expect(cached(client).last_message).toEqual(reply);
  });

  it("updates the thread's last message when that is the one edited", () => {
    const client = thread();
    const edited: Message = { ...reply, message: 'Yes, spot 4 or 5.', edited_at: at };
    applyEvent(
      client,
      {
        type: 'message.updated',
        cursor: '16',
        conversation_id: conversationId,
        message: edited,
        conversation: { ...conversation, last_message: edited },
      },
      me,
    );
    expect(cached(client).last_message).toEqual(edited);
    expect(cached(client).messages.at(-1)).toEqual(edited);
  });

  it('unsends a message for the reader too, and replies quoting it quote nothing', () => {
    const client = thread();
    const unsent: Message = { ...original, message: '', unsent_at: '2026-12-04T11:00:00.000Z' };
    applyEvent(
      client,
      {
        type: 'message.updated',
        cursor: '12',
        conversation_id: conversationId,
        message: unsent,
        conversation: { ...conversation, last_message: reply },
      },
      me,
    );
    const [first, second] = cached(client).messages;
    expect(first).toEqual(unsent);
    expect(second?.reply_to).toEqual({
      id: original.id,
      sender_id: guest,
      excerpt: '',
      attachments: 0,
      unsent: true,
    });
  });

  it('takes the reactions a message.reaction carries, and ignores a message not loaded', () => {
    const client = thread();
    const reactions = [{ emoji: '👍', count: 1, user_ids: [guest] }];
    applyEvent(
      client,
      {
        type: 'message.reaction',
        cursor: '13',
        conversation_id: conversationId,
        message_id: reply.id,
        user_id: guest,
        emoji: '👍',
        added: true,
        reactions,
      },
      me,
    );
    expect(cached(client).messages[1]?.reactions).toEqual(reactions);
    expect(cached(client).messages[0]?.reactions).toEqual([]);

    const before = cached(client);
    applyEvent(
      client,
      {
        type: 'message.reaction',
        cursor: '14',
        conversation_id: conversationId,
        message_id: crypto.randomUUID(),
        user_id: guest,
        emoji: '❤️',
        added: true,
        reactions: [{ emoji: '❤️', count: 1, user_ids: [guest] }],
      },
      me,
    );
    expect(cached(client)).toBe(before);

    applyEvent(
      client,
      {
        type: 'message.reaction',
        cursor: '15',
        conversation_id: conversationId,
        message_id: reply.id,
        user_id: guest,
        emoji: '👍',
        added: false,
        reactions: [],
      },
      me,
    );
    expect(cached(client).messages[1]?.reactions).toEqual([]);
  });
});

describe('a translation for me', () => {
  const german: Message = {
    ...message,
    id: crypto.randomUUID(),
    message: 'Gibt es in der Nähe einen Parkplatz?',
    language: 'de',
  };
  const translation = {
    language: 'en' as const,
    text: 'Is there parking nearby?',
    provider: 'deepl' as const,
  };
  function thread() {
    const client = new QueryClient();
    client.setQueryData<ConversationDetail>(keys.detail(conversationId), {
      ...conversation,
      last_message: german,
      messages: [german],
      has_more_messages: false,
    });
    return client;
  }
  const cached = (client: QueryClient) =>
    client.getQueryData<ConversationDetail>(keys.detail(conversationId))!;
  const translated = (cursor: string, messageId = german.id): SyncEvent => ({
    type: 'message.translated',
    cursor,
    conversation_id: conversationId,
    message_id: messageId,
    translation,
  });

  it('comes into the thread from message.translated, live or from the sync feed', () => {
    const client = thread();
    applyEvent(client, translated('21'), me);
    expect(cached(client).messages[0]).toEqual({ ...german, translation });
    expect(cached(client).last_message).toEqual({ ...german, translation });

    const before = cached(client);
    applyEvent(client, translated('22', crypto.randomUUID()), me);
    expect(cached(client)).toBe(before);
  });

  it('stays through a reaction’s message.updated, and goes with an edit', () => {
    const client = thread();
    applyEvent(client, translated('23'), me);
    const updated = (cursor: string, m: Message): SyncEvent => ({
      type: 'message.updated',
      cursor,
      conversation_id: conversationId,
      message: m,
      conversation: { ...conversation, last_message: m },
    });
    applyEvent(client, updated('24', { ...german, reactions: [] }), me);
    expect(cached(client).messages[0]?.translation).toEqual(translation);
    const edited = { ...german, message: 'Gibt es einen Parkplatz für zwei Autos?', edited_at: at };
    applyEvent(client, updated('25', edited), me);
    expect(cached(client).messages[0]).toEqual(edited);
  });
});
