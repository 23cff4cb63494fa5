import type { ReplyQuote } from '@flexbnb/contracts';
import type { SQL } from 'drizzle-orm';
import type { MessageAttachment, StoredScreening } from '../db/schema.ts';

/** Who and what a reservation's events are about. */
const STAY = {
  reservation_id: 'uuid',
  property_id: 'uuid',
  guest_id: 'uuid',
  host_id: 'uuid',
  check_in: 'date',
  check_out: 'date',
} as const;

/**
 * Every domain event of the messenger and the columns of its payload: one map, the only place
 * an event is declared. A use case records an event (see `bus.ts`); the handlers of other
 * modules react to it. Payloads name what happened by id and carry only what the reactions
 * need, so an event recorded inside a statement (the send) is a row of a CTE with exactly
 * these columns, and one recorded from TypeScript becomes such a row through `values`.
 *
 * Column types are PostgreSQL's; a trailing `?` allows null. Times travel as ISO-8601 strings.
 */
export const DOMAIN_EVENTS = {
  /** A message was appended to a conversation (not a retry of one already sent). */
  'message.created': {
    message_id: 'uuid',
    conversation_id: 'uuid',
    seq: 'int4',
    sender_id: 'uuid',
    receiver_id: 'uuid',
    created_at: 'timestamptz',
    /** The message itself, so that its reactions (the push) need not read it back. */
    message: 'text',
    is_quick_reply: 'bool',
    client_message_id: 'text?',
    /** The template the text came from, if any. */
    quick_reply_id: 'uuid?',
    /** What the message keeps of its attachments (`messages.attachments`); null when none. */
    attachments: 'attachments?',
    /** The quote of the message it answers, if any. */
    reply_to: 'reply_quote?',
    /** What contact screening found, if anything (`messages.screening`). */
    screening: 'screening?',
    /** The language the text was detected in, if it could be told. */
    language: 'text?',
    /** The receiver's unread count in the conversation before this message. */
    receiver_unread_before: 'int4',
  },
  /** The receiver read messages of a conversation. */
  'message.read': {
    conversation_id: 'uuid',
    guest_id: 'uuid',
    host_id: 'uuid',
    reader_id: 'uuid',
    message_ids: 'uuid[]',
    seqs: 'int4[]',
    read_at: 'timestamptz',
    /** The reader's unread count in the conversation before and after. */
    unread_before: 'int4',
    unread_after: 'int4',
  },
  /**
   * A message changed without being sent again: its sender edited it (`edited`) or unsent it
   * (`unsent`), or the quote it carries changed because the message it answers did (`quoted`).
   */
  'message.updated': {
    message_id: 'uuid',
    conversation_id: 'uuid',
    guest_id: 'uuid',
    host_id: 'uuid',
    actor_id: 'uuid',
    change: 'text',
  },
  /**
   * A message was machine-translated into `language`, the language its reader `reader_id`
   * reads (the translation is in `message_translations`).
   */
  'message.translated': {
    message_id: 'uuid',
    conversation_id: 'uuid',
    reader_id: 'uuid',
    language: 'text',
  },
  /** A participant reacted to a message with an emoji (`added`), or took the reaction back. */
  'message.reacted': {
    message_id: 'uuid',
    conversation_id: 'uuid',
    guest_id: 'uuid',
    host_id: 'uuid',
    user_id: 'uuid',
    emoji: 'text',
    added: 'bool',
  },
  /** A guest started a thread with a property's host. */
  'conversation.created': {
    conversation_id: 'uuid',
    property_id: 'uuid',
    guest_id: 'uuid',
    host_id: 'uuid',
    reservation_id: 'uuid?',
    /** A first message is recorded with it, in the same unit of work. */
    with_message: 'bool',
  },
  /** A participant archived the conversation for themselves, or brought it back. */
  'conversation.archived': {
    conversation_id: 'uuid',
    guest_id: 'uuid',
    host_id: 'uuid',
    user_id: 'uuid',
    archived: 'bool',
    /** A message is recorded with it, in the same unit of work. */
    with_message: 'bool',
  },
  /** A host listed a property. */
  'property.created': {
    property_id: 'uuid',
    host_id: 'uuid',
    /** It is the host's first property. */
    first_of_host: 'bool',
  },
  /** A host changed a property's details (held scheduled messages may now have their values). */
  'property.updated': {
    property_id: 'uuid',
    host_id: 'uuid',
  },
  /** A guest booked a property. */
  'reservation.created': STAY,
  /** A host confirmed a pending reservation. */
  'reservation.confirmed': STAY,
  /** A host declined a pending reservation. */
  'reservation.declined': STAY,
  /** The guest or the host cancelled a pending or confirmed reservation. */
  'reservation.cancelled': {
    ...STAY,
    cancelled_by: 'uuid',
    /** What it was before: pending or confirmed. */
    previous_status: 'text',
  },
  /** The dates, guests or payment due time of a reservation changed. */
  'reservation.changed': {
    ...STAY,
    changed_by: 'uuid',
    previous_check_in: 'date',
    previous_check_out: 'date',
  },
  /** A confirmed stay ended: its host or the daily job marked it completed. */
  'reservation.completed': STAY,
  /**
   * A rental platform's bulk import brought a reservation as it is there (`status`: any of a
   * reservation's): its times still to come are planned, nobody is told.
   */
  'reservation.imported': { ...STAY, status: 'text' },
  /**
   * A rental platform posted a system line ("Payment received") into the stay's conversation
   * `conversation_id`, from its host (`POST /api/platform/messages/`, `as: system`); once per
   * `client_message_id` there.
   */
  'platform_note.posted': {
    ...STAY,
    conversation_id: 'uuid',
    text: 'text',
    client_message_id: 'text',
  },
  /**
   * An automated reminder went out: its guest is notified (and its host, for check-in and
   * check-out), with the texts written when it was sent.
   */
  'reminder.sent': {
    reminder_id: 'uuid',
    reservation_id: 'uuid',
    reminder_type: 'text',
    guest_id: 'uuid',
    host_id: 'uuid',
    /** The id the guest's notification takes: the reminder names it. */
    guest_notification_id: 'uuid',
    title: 'text',
    guest_message: 'text',
    /** Null when the host is not told of this kind. */
    host_message: 'text?',
    /** Goes through quiet hours (the 2-hour check-in reminder). */
    urgent: 'bool',
    sent_at: 'timestamptz',
    /** What the texts are worded from, for their readers' languages (`notifications.params`). */
    params: 'params?',
  },
  /**
   * A scheduled message fell due with placeholders that have no value: it waits, and its
   * sender is told which.
   */
  'scheduled_message.held': {
    scheduled_message_id: 'uuid',
    sender_id: 'uuid',
    reservation_id: 'uuid?',
    conversation_id: 'uuid?',
    title: 'text',
    message: 'text',
    /** What the texts are worded from, for their reader's language (`notifications.params`). */
    params: 'params?',
  },
  /** A user read notifications: `count` of them were unread. */
  'notification.read': {
    user_id: 'uuid',
    notification_ids: 'uuid[]',
    count: 'int4',
  },
  /** A notification's email, SMS or push failed for good: no attempt of it is left. */
  'notification.failed': {
    notification_id: 'uuid',
    delivery_id: 'uuid',
    user_id: 'uuid',
    notification_type: 'text',
    channel: 'text',
    attempts: 'int4',
    error: 'text',
    failed_at: 'timestamptz',
  },
  /** A platform's webhook endpoint kept failing, and the messenger turned it off. */
  'webhook.disabled': {
    endpoint_id: 'uuid',
    url: 'text',
    /** Deliveries that failed for good in a row. */
    failures: 'int4',
    reason: 'text',
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

/**
 * What a handler's SQL part can hand to the parts after it in the same statement, by name:
 * a data-modifying CTE's rows are visible to the rest of the statement only through what it
 * returns, so a later part reads the changed rows from here, never from the table.
 */
export interface StatementOutputs {
  /** The conversation rows the statement changed, every column, as it leaves them. */
  conversations?: SQL;
  /**
   * The notifications the statement raised or read, as rows (id, user_id, change) where
   * change is `created` or `read`: the change feed tells their users and moves their badge.
   */
  notifications?: SQL;
  /**
   * The system lines the statement wrote into conversations, as rows (message_id,
   * conversation_id, guest_id, host_id): the change feed tells both participants.
   */
  stayLines?: SQL;
  /**
   * Messages the statement changed in place, as rows (message_id, conversation_id, guest_id,
   * host_id): the change feed tells both participants (`message.updated`).
   */
  updatedMessages?: SQL;
}

export type ColumnType =
  | 'uuid'
  | 'uuid?'
  | 'int4'
  | 'bool'
  | 'text'
  | 'text?'
  | 'date'
  | 'timestamptz'
  | 'timestamptz?'
  | 'uuid[]'
  | 'int4[]'
  // jsonb, with the shape it holds
  | 'attachments?'
  | 'reply_quote?'
  | 'screening?'
  | 'params?';

interface TsOf {
  uuid: string;
  'uuid?': string | null;
  int4: number;
  bool: boolean;
  text: string;
  'text?': string | null;
  date: string;
  timestamptz: string;
  'timestamptz?': string | null;
  'uuid[]': string[];
  'int4[]': number[];
  'attachments?': MessageAttachment[] | null;
  'reply_quote?': ReplyQuote | null;
  'screening?': StoredScreening | null;
  'params?': Record<string, unknown> | null;
}

/** The column types PostgreSQL holds as jsonb. */
const JSONB_TYPES: ReadonlySet<ColumnType> = new Set([
  'attachments?',
  'reply_quote?',
  'screening?',
  'params?',
]);

export type EventName = keyof typeof DOMAIN_EVENTS;

/** The payload of an event, as TypeScript sees it. */
export type EventPayload<K extends EventName> = {
  -readonly [C in keyof (typeof DOMAIN_EVENTS)[K]]: TsOf[(typeof DOMAIN_EVENTS)[K][C] & ColumnType];
};

/** The event's columns in declaration order: the order of a source CTE's columns. */
export function eventColumns<K extends EventName>(name: K): (keyof EventPayload<K> & string)[] {
  return Object.keys(DOMAIN_EVENTS[name]) as (keyof EventPayload<K> & string)[];
}

/** The SQL type a column is cast to in a `values` source. */
export function sqlTypeOf(name: EventName, column: string): string {
  const type = (DOMAIN_EVENTS[name] as Record<string, ColumnType>)[column]!;
  return JSONB_TYPES.has(type) ? 'jsonb' : type.replace('?', '');
}
