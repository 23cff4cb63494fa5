import { z } from 'zod';
import type { errorBody } from './common.ts';
import { isoDateTime } from './common.ts';
import type { sendMessageBody } from './messaging.ts';
import { conversation, message } from './messaging.ts';

/**
 * The realtime contract: the events the server pushes over Socket.IO and returns from
 * `GET /api/messaging/sync/`. Every persisted event carries `cursor` (opaque, increasing per
 * user) so a client that reconnects asks for exactly what it missed.
 */
export const SOCKET_PATH = '/api/messaging/socket';

export const messageCreatedEvent = z.object({
  type: z.literal('message.created'),
  cursor: z.string(),
  conversation_id: z.uuid(),
  seq: z.number().int(),
  message,
});

export const messageReadEvent = z.object({
  type: z.literal('message.read'),
  cursor: z.string(),
  conversation_id: z.uuid(),
  reader_id: z.uuid(),
  message_ids: z.array(z.uuid()),
  read_at: isoDateTime,
});

export const conversationUpdatedEvent = z.object({
  type: z.literal('conversation.updated'),
  cursor: z.string(),
  conversation,
});

export const syncEvent = z.discriminatedUnion('type', [
  messageCreatedEvent,
  messageReadEvent,
  conversationUpdatedEvent,
]);
export type SyncEvent = z.infer<typeof syncEvent>;

export const syncQuery = z.object({
  since: z.string().max(100).optional().describe('The cursor of the last event the client has'),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const syncResult = z
  .object({
    events: z.array(syncEvent),
    cursor: z.string().describe('Pass as `since` next time'),
    has_more: z.boolean(),
  })
  .meta({ id: 'SyncResult' });
export type SyncResult = z.infer<typeof syncResult>;

export const unreadChangedEvent = z.object({
  messages: z.number().int(),
  conversations: z.number().int(),
  notifications: z.number().int(),
});

export const typingEvent = z.object({
  conversation_id: z.uuid(),
  user_id: z.uuid(),
  is_typing: z.boolean(),
});

export const typingCommand = z.object({ conversation_id: z.uuid() });

export type SendAck =
  | { ok: true; message: z.infer<typeof message> }
  | { ok: false; error: z.infer<typeof errorBody>['error'] };

export interface ServerToClientEvents {
  'message.created': (event: z.infer<typeof messageCreatedEvent>) => void;
  'message.read': (event: z.infer<typeof messageReadEvent>) => void;
  'conversation.updated': (event: z.infer<typeof conversationUpdatedEvent>) => void;
  'unread.changed': (event: z.infer<typeof unreadChangedEvent>) => void;
  typing: (event: z.infer<typeof typingEvent>) => void;
}

export interface ClientToServerEvents {
  'typing.start': (command: z.infer<typeof typingCommand>) => void;
  'typing.stop': (command: z.infer<typeof typingCommand>) => void;
  'message.send': (body: z.input<typeof sendMessageBody>, ack: (result: SendAck) => void) => void;
}
