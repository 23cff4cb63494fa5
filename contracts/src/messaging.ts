import { z } from 'zod';
import { isoDate, isoDateTime, nonBlank, userSummary } from './common.ts';
import { reservationStatus } from './reservations.ts';
import { language, messageTranslation } from './languages.ts';
import { screening } from './screening.ts';

export const MESSAGE_MAX_LENGTH = 5000;

/**
 * The changes of a stay its conversations show as a line of their own (a new reservation has
 * no conversation yet).
 */
export const STAY_LINE_EVENTS = [
  'reservation.confirmed',
  'reservation.declined',
  'reservation.cancelled',
  'reservation.changed',
  'reservation.completed',
] as const;
export type StayLineEvent = (typeof STAY_LINE_EVENTS)[number];
/**
 * What a system line tells: a change of its stay (one of `STAY_LINE_EVENTS`), or a line a rental
 * platform posted into the stay's conversation (`platform_note.posted`, its words in `message`).
 */
export const SYSTEM_LINE_TYPES = [...STAY_LINE_EVENTS, 'platform_note.posted'] as const;

export const MESSAGE_KINDS = ['text', 'system'] as const;

/** What an attachment is, decided from its content (never its name or declared type). */
export const ATTACHMENT_KINDS = ['image', 'audio', 'file'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
/** How many attachments one message (or quick reply) may carry. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;
/**
 * The types an attachment is served as, by kind: images are re-encoded (HEIC/HEIF/AVIF become
 * JPEG), PDFs and audio are kept as uploaded. An upload of any other content is refused (415).
 */
export const ATTACHMENT_CONTENT_TYPES = {
  image: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  file: ['application/pdf'],
  audio: ['audio/webm', 'audio/ogg', 'audio/mp4'],
} as const satisfies Record<AttachmentKind, readonly string[]>;
/** The multipart field an upload carries its file in. */
export const ATTACHMENT_UPLOAD_FIELD = 'file';
/** The sender may edit a message this long after sending it… */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;
/** …and unsend it this long after. */
export const UNSEND_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How much of the original a quoted reply carries. */
export const REPLY_EXCERPT_LENGTH = 200;
/** How many different emojis one person may put under one message. */
export const MAX_EMOJIS_PER_PERSON = 20;

export const attachment = z
  .object({
    id: z.uuid(),
    kind: z.enum(ATTACHMENT_KINDS),
    content_type: z
      .string()
      .describe('Decided from the content: image/jpeg, application/pdf, audio/webm…'),
    size: z.number().int().describe('Bytes, as stored (images re-encoded)'),
    name: z.string().describe('The file name given at upload, for display and downloads'),
    width: z.number().int().nullable().describe('Images: pixels'),
    height: z.number().int().nullable().describe('Images: pixels'),
    duration_ms: z.number().int().nullable().describe('Audio: length, when the container tells it'),
    url: z
      .string()
      .describe(
        'GET with the bearer token: the content (range requests for audio); 404 to non-participants',
      ),
    thumbnail_url: z.string().nullable().describe('Images: a small JPEG preview'),
  })
  .meta({
    id: 'Attachment',
    examples: [
      {
        id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
        kind: 'image',
        content_type: 'image/jpeg',
        size: 183204,
        name: 'parking.jpg',
        width: 1600,
        height: 1200,
        duration_ms: null,
        url: '/api/messaging/attachments/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d/content',
        thumbnail_url: '/api/messaging/attachments/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d/thumbnail',
      },
    ],
  });
export type Attachment = z.infer<typeof attachment>;

/**
 * The quote a reply carries of the message it answers, as that message reads now: an edit
 * rewrites it, an unsend empties it (the earlier texts only admins read).
 */
export const replyQuote = z
  .object({
    id: z.uuid(),
    sender_id: z.uuid(),
    excerpt: z
      .string()
      .describe(
        `The first ${REPLY_EXCERPT_LENGTH} characters of its text (as edited); empty once it was unsent`,
      ),
    attachments: z.number().int().describe('How many attachments it has'),
    unsent: z.boolean(),
  })
  .meta({ id: 'ReplyQuote' });
export type ReplyQuote = z.infer<typeof replyQuote>;

/** One emoji under a message: who reacted with it. */
export const reaction = z
  .object({
    emoji: z.string(),
    count: z.number().int(),
    user_ids: z.array(z.uuid()).describe('In the order they reacted'),
  })
  .meta({ id: 'Reaction' });
export type Reaction = z.infer<typeof reaction>;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** One emoji: a single grapheme that is pictographic (👍, ❤️, 👍🏽, 🇵🇹, 👨‍👩‍👧). */
export const emoji = z
  .string()
  .min(1)
  .max(32)
  .refine(
    (s) =>
      [...graphemes.segment(s)].length === 1 &&
      /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(s),
    'must be one emoji',
  );

export const systemLine = z
  .object({
    type: z
      .enum(SYSTEM_LINE_TYPES)
      .describe(
        "A change of the stay, or `platform_note.posted`: a rental platform's line, worded by `message`",
      ),
    reservation_id: z.uuid(),
    check_in: isoDate,
    check_out: isoDate,
  })
  .describe('What a system line tells, for a client that words it itself')
  .meta({ id: 'SystemLine' });
export type SystemLine = z.infer<typeof systemLine>;

export const message = z
  .object({
    id: z.uuid(),
    conversation_id: z.uuid(),
    seq: z.number().int().describe('Position in the conversation: 1, 2, 3… without gaps'),
    sender_id: z.uuid(),
    receiver_id: z.uuid(),
    message: z
      .string()
      .describe(
        'The text; when `screened`, with contact details hidden (both participants see it so)',
      ),
    screened: z
      .boolean()
      .describe(
        'Contact details or an off-platform payment request in it are hidden until the booking is confirmed',
      ),
    screening: screening.nullable().describe('What contact screening found, if anything'),
    language: language
      .nullable()
      .describe('The language the text was written in, as detected; null when too short to tell'),
    translation: messageTranslation
      .nullable()
      .describe(
        'The text in the reader’s language, when it differs from `language` and a translation ' +
          'has been made (after the send: `message.translated` tells when); null otherwise',
      ),
    is_read: z.boolean(),
    read_at: isoDateTime.nullable(),
    is_quick_reply: z.boolean(),
    client_message_id: z.string().nullable(),
    kind: z
      .enum(MESSAGE_KINDS)
      .describe(
        '`text`: written by its sender. `system`: a line the messenger wrote about the stay ' +
          '(its sender made the change); never unread, never notified',
      ),
    system: systemLine.nullable().describe('For a system line, what it tells; null for text'),
    attachments: z.array(attachment).describe('In the order they were sent; none once unsent'),
    reply_to: replyQuote.nullable().describe('The message this one answers, quoted'),
    reactions: z.array(reaction).describe('Each emoji once, in the order first used'),
    edited_at: isoDateTime.nullable().describe('Its sender last edited the text then'),
    unsent_at: isoDateTime
      .nullable()
      .describe('Its sender unsent it then: `message` is empty and it has no attachments'),
    created_at: isoDateTime,
  })
  .meta({
    id: 'Message',
    examples: [
      {
        id: '9c8b7a6f-5e4d-4c3b-8a29-18f7e6d5c4b3',
        conversation_id: 'c0ffee00-1234-4abc-9def-0123456789ab',
        seq: 3,
        sender_id: '7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11',
        receiver_id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
        message: 'Hi! Is early check-in possible?',
        screened: false,
        screening: null,
        language: 'en',
        translation: {
          language: 'pt',
          text: 'Olá! É possível fazer o check-in mais cedo?',
          provider: 'libretranslate',
        },
        is_read: false,
        read_at: null,
        is_quick_reply: false,
        client_message_id: 'b1e2c3d4-0000-4000-8000-000000000001',
        kind: 'text',
        system: null,
        attachments: [],
        reply_to: null,
        reactions: [{ emoji: '👍', count: 1, user_ids: ['3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69'] }],
        edited_at: null,
        unsent_at: null,
        created_at: '2026-11-25T10:05:00.000Z',
      },
    ],
  });
export type Message = z.infer<typeof message>;

export const conversationFilter = z.enum(['all', 'unread', 'active', 'archived']);
export type ConversationFilter = z.infer<typeof conversationFilter>;

const reservationSummary = z.object({
  id: z.uuid(),
  check_in: isoDate,
  check_out: isoDate,
  guests: z.number().int(),
  status: reservationStatus,
});

export const conversation = z
  .object({
    id: z.uuid(),
    property_id: z.uuid(),
    guest_id: z.uuid(),
    host_id: z.uuid(),
    reservation_id: z.uuid().nullable(),
    property: z.object({ id: z.uuid(), title: z.string(), timezone: z.string() }),
    guest: userSummary,
    host: userSummary,
    reservation: reservationSummary.nullable(),
    is_archived_by_guest: z.boolean(),
    is_archived_by_host: z.boolean(),
    is_archived: z.boolean().describe("The caller's own archive flag"),
    unread_count: z.number().int().describe('Messages the caller has received and not read'),
    last_message: message.nullable(),
    last_message_at: isoDateTime.nullable(),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .meta({ id: 'Conversation' });
export type Conversation = z.infer<typeof conversation>;

export const conversationDetail = conversation
  .extend({
    messages: z.array(message).describe('One page, oldest first; the newest page by default'),
    has_more_messages: z.boolean().describe('Older messages exist: ask with ?before=<first id>'),
  })
  .meta({ id: 'ConversationDetail' });
export type ConversationDetail = z.infer<typeof conversationDetail>;

export const conversationListQuery = z.object({
  filter: conversationFilter.default('all'),
  q: z.string().trim().max(200).optional(),
  property_id: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const conversationDetailQuery = z.object({
  before: z.uuid().optional().describe('A message id: return the page of messages before it'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const createConversationBody = z
  .object({
    property_id: z.uuid(),
    message: nonBlank(MESSAGE_MAX_LENGTH).optional(),
    reservation_id: z.uuid().optional(),
    client_message_id: z.string().min(1).max(100).optional(),
  })
  .meta({
    examples: [
      { property_id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21', message: 'Hello! Is the loft free?' },
    ],
  });

export const sendMessageBody = z
  .object({
    conversation_id: z.uuid(),
    send_at: isoDateTime
      .optional()
      .describe(
        'Send later: a future time within 90 days; answered 202 with the scheduled message',
      ),
    message: nonBlank(MESSAGE_MAX_LENGTH)
      .optional()
      // Not a zod refinement: the object stays extensible (`.omit`, `.pick`) for other
      // contracts; the message service answers 400 when all are missing.
      .describe('The text; required unless quick_reply_id or attachment_ids is given'),
    attachment_ids: z
      .array(z.uuid())
      .min(1)
      .max(MAX_ATTACHMENTS_PER_MESSAGE)
      .optional()
      .describe(
        'Uploads of the caller (`POST /api/messaging/attachments/`) not sent yet, in the order to show them; ' +
          '400 for any other id',
      ),
    reply_to_id: z
      .uuid()
      .optional()
      .describe(
        'A message of the same conversation this one answers (400 otherwise): it is quoted',
      ),
    quick_reply_id: z
      .uuid()
      .optional()
      .describe(
        "One of the caller's quick replies: without message, the template rendered for this " +
          'conversation is sent; with message (the client edited the preview), that text is sent. ' +
          'Either way the message is marked is_quick_reply and the template counts one use.',
      ),
    client_message_id: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('Chosen by the client; a retry with the same id returns the first message'),
  })
  .meta({
    examples: [
      {
        conversation_id: 'c0ffee00-1234-4abc-9def-0123456789ab',
        message: 'Hi! Is early check-in possible?',
        client_message_id: 'b1e2c3d4-0000-4000-8000-000000000001',
      },
      {
        conversation_id: 'c0ffee00-1234-4abc-9def-0123456789ab',
        quick_reply_id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
        client_message_id: 'b1e2c3d4-0000-4000-8000-000000000002',
      },
    ],
  });

export const editMessageBody = z
  .object({ message: nonBlank(MESSAGE_MAX_LENGTH) })
  .meta({ examples: [{ message: 'Hi! Is early check-in at 1 pm possible?' }] });

export const reactionBody = z.object({ emoji }).meta({ examples: [{ emoji: '👍' }] });
export const reactionParams = z.object({ id: z.uuid(), emoji });

export const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200)
    .describe(
      'Words as people type them: `"a phrase"`, `-excluded`, `this or that`; a last word of three ' +
        'letters or more also matches words it begins (`nois` finds "noise") while it is typed',
    ),
  property_id: z.uuid().optional(),
  conversation_id: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
});

/** A piece of a snippet: the words that matched are `highlight`. */
export const snippetPart = z.object({ text: z.string(), highlight: z.boolean() });

export const searchHit = z
  .object({
    type: z
      .enum(['message', 'conversation'])
      .describe('`message`: its text matched; `conversation`: the guest name or property title'),
    conversation_id: z.uuid(),
    message_id: z.uuid().nullable(),
    seq: z.number().int().nullable().describe("The message's position, to open the thread at it"),
    sender_id: z.uuid().nullable(),
    property: z.object({ id: z.uuid(), title: z.string() }),
    guest: userSummary,
    host: userSummary,
    snippet: z.array(snippetPart).describe('The matching text around the match, parts in order'),
    created_at: isoDateTime.describe("The message's time, or the conversation's last activity"),
  })
  .meta({
    id: 'SearchHit',
    examples: [
      {
        type: 'message',
        conversation_id: 'c0ffee00-1234-4abc-9def-0123456789ab',
        message_id: '5a1e0000-1234-4abc-9def-0123456789ab',
        seq: 3,
        sender_id: '9e57a000-1234-4abc-9def-0123456789ab',
        property: { id: 'a11ce000-1234-4abc-9def-0123456789ab', title: 'Seaside Loft' },
        guest: { id: '9e57a000-1234-4abc-9def-0123456789ab', name: 'Gina Guest' },
        host: { id: '4057a000-1234-4abc-9def-0123456789ab', name: 'Hana Host' },
        snippet: [
          { text: 'The ', highlight: false },
          { text: 'noises', highlight: true },
          { text: ' from the street kept us awake', highlight: false },
        ],
        created_at: '2026-11-25T10:06:00.000Z',
      },
    ],
  });
export type SearchHit = z.infer<typeof searchHit>;

export const markAllReadResult = z
  .object({ marked: z.number().int(), read_at: isoDateTime })
  .meta({ examples: [{ marked: 3, read_at: '2026-11-25T10:06:00.000Z' }] });

export const unreadCount = z
  .object({
    messages: z.number().int().describe('Unread messages received by the caller'),
    conversations: z.number().int().describe('Conversations with at least one of them'),
    notifications: z.number().int().describe('Unread notifications'),
  })
  .meta({ id: 'UnreadCount', examples: [{ messages: 4, conversations: 2, notifications: 1 }] });
export type UnreadCount = z.infer<typeof unreadCount>;
