import { z } from 'zod';
import type { errorBody } from './common.ts';
import { isoDateTime } from './common.ts';
import type { sendMessageBody } from './messaging.ts';
import { conversation, message, reaction } from './messaging.ts';
import { messageTranslation } from './languages.ts';
import { notification } from './notifications.ts';

/**
 * The realtime contract: the events the server pushes over Socket.IO and returns from
 * `GET /api/messaging/sync/`.
 *
 * Every persisted event carries `cursor`: a decimal string, per user, that goes up by exactly
 * one for each event the user gets (1, 2, 3… without gaps). A client keeps the highest cursor
 * it has applied; when a live event's cursor is more than one above it (a gap) or after a
 * reconnect, it calls `GET /api/messaging/sync/?since=<cursor>` and applies what comes back.
 * Events at or below the client's cursor are duplicates and are ignored.
 *
 * Sync returns the same events under the same cursors as the live ones, each with what it is
 * about in its current state: a `message.created` carries the message as it is now (read
 * since, perhaps), a `conversation.updated` the conversation as the user sees it now, an
 * `unread.changed` the current badge. Applying them in order ends in the current state.
 *
 * Socket.IO client options the server expects (jittered back-off, so that a restarted node is
 * not hit by every client at once):
 * `io(origin, { path: SOCKET_PATH, transports: ['websocket'], auth: { token },
 *   reconnectionDelay: 1000, reconnectionDelayMax: 30000, randomizationFactor: 0.5 })`.
 * The token is read at each (re)connection: pass `auth: (cb) => cb({ token: current })` so a
 * refreshed token is used. A refused handshake gives `connect_error` whose `data` is
 * `{ code, message }` (`unauthorized`, `token_expired`, `forbidden` for a foreign Origin).
 * The server disconnects a socket when its token expires or the account is disabled: the
 * client refreshes its token and reconnects.
 */
export const SOCKET_PATH = '/api/messaging/socket';

/** How long a typing indicator lasts without a refresh (`typing.start` again). */
export const TYPING_TTL_MS = 6000;

const cursor = z.string().regex(/^\d{1,18}$/);

/** The user's badge totals: what `GET /api/messaging/unread-count/` answers, with notifications. */
export const badge = z.object({
  messages: z.number().int(),
  conversations: z.number().int(),
  notifications: z.number().int(),
});
export type Badge = z.infer<typeof badge>;

/**
 * A new message, to both participants (and the sender's other devices). It carries what the
 * message changed: the conversation as this user now sees it (last message, unread count,
 * archive flag) and this user's badge, so one frame updates the thread, the inbox and the
 * badge.
 */
export const messageCreatedEvent = z.object({
  type: z.literal('message.created'),
  cursor,
  conversation_id: z.uuid(),
  seq: z.number().int().describe("The message's position in its conversation"),
  message,
  conversation,
  unread: badge,
});
export type MessageCreatedEvent = z.infer<typeof messageCreatedEvent>;

/**
 * A read receipt: the receiver read these messages; both participants get it, each with the
 * conversation as they now see it and their badge.
 */
export const messageReadEvent = z.object({
  type: z.literal('message.read'),
  cursor,
  conversation_id: z.uuid(),
  reader_id: z.uuid(),
  message_ids: z.array(z.uuid()),
  seqs: z.array(z.number().int()).describe('The per-conversation seq of each of message_ids'),
  read_at: isoDateTime,
  conversation,
  unread: badge,
});
export type MessageReadEvent = z.infer<typeof messageReadEvent>;

/**
 * The conversation as the receiving user sees it (their archive flag and unread count): sent
 * when a conversation changes without a message (created, archived); a message or read
 * receipt carries the conversation itself.
 */
/**
 * A message changed: its sender edited or unsent it. Both participants get it, with the message
 * as it now is and the conversation as they see it (its last message may be this one).
 */
export const messageUpdatedEvent = z.object({
  type: z.literal('message.updated'),
  cursor,
  conversation_id: z.uuid(),
  message,
  conversation,
});
export type MessageUpdatedEvent = z.infer<typeof messageUpdatedEvent>;

/** Someone reacted to a message or took a reaction back; both participants get it. */
export const messageReactionEvent = z.object({
  type: z.literal('message.reaction'),
  cursor,
  conversation_id: z.uuid(),
  message_id: z.uuid(),
  user_id: z.uuid(),
  emoji: z.string(),
  added: z.boolean().describe('false: taken back'),
  reactions: z.array(reaction).describe("The message's reactions now"),
});
export type MessageReactionEvent = z.infer<typeof messageReactionEvent>;

/**
 * A message was machine-translated into its reader's language (the reader's language differs
 * from the one it was written in); only that reader gets it.
 */
export const messageTranslatedEvent = z.object({
  type: z.literal('message.translated'),
  cursor,
  conversation_id: z.uuid(),
  message_id: z.uuid(),
  translation: messageTranslation,
});
export type MessageTranslatedEvent = z.infer<typeof messageTranslatedEvent>;

export const conversationUpdatedEvent = z.object({
  type: z.literal('conversation.updated'),
  cursor,
  conversation,
});
export type ConversationUpdatedEvent = z.infer<typeof conversationUpdatedEvent>;

/** A notification for this user (its badge carries the unread notifications). */
export const notificationCreatedEvent = z.object({
  type: z.literal('notification.created'),
  cursor,
  notification,
  unread: badge,
});
export type NotificationCreatedEvent = z.infer<typeof notificationCreatedEvent>;

/**
 * The user's badge totals after a change that is not a message or a read receipt (those
 * carry the badge themselves); feeds written before messages carried it hold these too.
 */
export const unreadChangedEvent = z.object({
  type: z.literal('unread.changed'),
  cursor,
  messages: z.number().int(),
  conversations: z.number().int(),
  notifications: z.number().int(),
});
export type UnreadChangedEvent = z.infer<typeof unreadChangedEvent>;

export const syncEvent = z.discriminatedUnion('type', [
  messageCreatedEvent,
  messageReadEvent,
  messageUpdatedEvent,
  messageReactionEvent,
  messageTranslatedEvent,
  conversationUpdatedEvent,
  notificationCreatedEvent,
  unreadChangedEvent,
]);
export type SyncEvent = z.infer<typeof syncEvent>;
export type SyncEventType = SyncEvent['type'];

export const syncQuery = z.object({
  since: cursor
    .optional()
    .describe(
      'The cursor of the last event the client applied. Without it the answer has no events and the ' +
        'current cursor: take it before loading state over REST, then sync from it.',
    ),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const syncResult = z
  .object({
    events: z.array(syncEvent).describe('Oldest first, cursors consecutive'),
    cursor: z.string().describe('Pass as `since` next time'),
    has_more: z.boolean().describe('More events follow: call again with `cursor`'),
  })
  .meta({ id: 'SyncResult' });
export type SyncResult = z.infer<typeof syncResult>;

/** Someone started or stopped typing in a conversation; never persisted, never synced. */
export const typingEvent = z.object({
  conversation_id: z.uuid(),
  user_id: z.uuid(),
  is_typing: z.boolean(),
});
export type TypingEvent = z.infer<typeof typingEvent>;

export const typingCommand = z.object({ conversation_id: z.uuid() });

type ErrorShape = z.infer<typeof errorBody>['error'];

/**
 * The answer to `message.send`. A new message's `event` is the `message.created` the sending
 * socket would otherwise have received (the sender's cursor, conversation and badge): the
 * socket gets this acknowledgement instead of its own echo, so apply `event` as a live event.
 * A retry of an earlier `client_message_id` answers `created: false` and no event.
 * Refused for load: `error.code` `overloaded` with `error.details.retry_after_ms`; send the
 * same body (same `client_message_id`) again after that long.
 */
export type SendAck =
  | {
      ok: true;
      message: z.infer<typeof message>;
      created: boolean;
      event?: MessageCreatedEvent;
    }
  | { ok: false; error: ErrorShape };

export type CommandAck = { ok: true } | { ok: false; error: ErrorShape };

type Emit<T extends SyncEvent['type']> = (event: Extract<SyncEvent, { type: T }>) => void;

export interface ServerToClientEvents {
  'message.created': Emit<'message.created'>;
  'message.read': Emit<'message.read'>;
  'message.updated': Emit<'message.updated'>;
  'message.reaction': Emit<'message.reaction'>;
  'message.translated': Emit<'message.translated'>;
  'conversation.updated': Emit<'conversation.updated'>;
  'notification.created': Emit<'notification.created'>;
  'unread.changed': Emit<'unread.changed'>;
  typing: (event: TypingEvent) => void;
  /** Sent just before the server closes the socket: the token expired or the account was disabled. */
  'session.ended': (event: { code: 'token_expired' | 'unauthorized'; message: string }) => void;
}

export interface ClientToServerEvents {
  /** Refresh at least every TYPING_TTL_MS while typing; the ack reports not_found for a foreign conversation. */
  'typing.start': (
    command: z.input<typeof typingCommand>,
    ack?: (result: CommandAck) => void,
  ) => void;
  'typing.stop': (
    command: z.input<typeof typingCommand>,
    ack?: (result: CommandAck) => void,
  ) => void;
  /** Same body, validation, rate limit and `client_message_id` idempotency as the REST send. */
  'message.send': (body: z.input<typeof sendMessageBody>, ack: (result: SendAck) => void) => void;
}
