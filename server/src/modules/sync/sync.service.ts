import type {
  Message,
  MessageReactionEvent,
  MessageReadEvent,
  Notification,
  SyncEvent,
  SyncResult,
  UnreadCount,
} from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { AppError } from '../../platform/errors.ts';
import { readConversations, type ConversationSnapshot } from '../conversations/index.ts';
import { findMessages } from '../messages/index.ts';
import { findNotifications } from '../notifications/index.ts';
import { findTranslations } from '../translation/index.ts';
import * as repo from './sync.repo.ts';
import type { StoredEvent } from './sync.repo.ts';

/** A recorded event for one user: what the gateway pushes to the user's sockets. */
export interface Delivery {
  userId: string;
  event: SyncEvent;
}

/**
 * A stored event, what it names in one shape (see `STORED` in sync.feed.ts): a message or
 * conversation by id; a read receipt with its own fields; a notification by id. Events stored
 * before the feed had columns for the names carry them, and their type, in the payload;
 * `unread.changed` tells a badge change that no other event carried (notifications read).
 */
type Stored =
  | { type: 'message.created'; conversation_id: string; message_id: string }
  | { type: 'message.updated'; conversation_id: string; message_id: string }
  | { type: 'message.translated'; conversation_id: string; message_id: string; language: string }
  | Omit<MessageReactionEvent, 'cursor' | 'reactions'>
  | Omit<MessageReadEvent, 'cursor' | 'conversation' | 'unread'>
  | { type: 'conversation.updated'; conversation_id: string }
  | { type: 'unread.changed' }
  | { type: 'notification.created'; notification_id: string };

function storedOf(event: StoredEvent): Stored {
  return {
    type: event.type,
    ...(event.conversationId ? { conversation_id: event.conversationId } : {}),
    ...(event.messageId ? { message_id: event.messageId } : {}),
    ...(event.payload as object | null),
  } as Stored;
}

/** The kinds of event that carry no badge: they never move it. */
const WITHOUT_BADGE: ReadonlySet<Stored['type']> = new Set([
  'conversation.updated',
  'message.updated',
  'message.reaction',
  'message.translated',
]);

/** Events that name a message for something of it other than the message itself. */
const NOT_OF_THE_MESSAGE: ReadonlySet<Stored['type']> = new Set([
  'message.reaction',
  'message.translated',
]);

function unreadEvent(totals: UnreadCount) {
  return { type: 'unread.changed' as const, ...totals };
}

/** What the caller already has of what stored events name; the rest is read. */
export interface Known {
  conversations?: ReadonlyMap<string, ConversationSnapshot>;
  messages?: readonly Message[];
}

/**
 * The stored events as their users get them: what each names, in its current state (the
 * message as it is now, the conversation as that user sees it now, `badges` or the current
 * badge). The live push and sync both come through here, so they always agree; the push
 * passes what its statement answered as `known`, so it reads nothing.
 */
export async function materialise(
  db: DbOrTx,
  events: readonly StoredEvent[],
  badges: ReadonlyMap<string, UnreadCount> | ((userId: string) => Promise<UnreadCount>),
  known: Known = {},
): Promise<Delivery[]> {
  const stored = events.map(storedOf);
  const messageIds = new Set<string>();
  const conversationIds = new Set<string>();
  const notificationIds: string[] = [];
  const badgeUsers = new Set<string>();
  const translationKeys: { messageId: string; language: string }[] = [];
  stored.forEach((payload, i) => {
    if (payload.type === 'message.translated') {
      translationKeys.push({ messageId: payload.message_id, language: payload.language });
    } else if ('message_id' in payload) {
      messageIds.add(payload.message_id);
    }
    // A reaction carries the message's reactions, a translation itself: not the conversation.
    if ('conversation_id' in payload && !NOT_OF_THE_MESSAGE.has(payload.type)) {
      conversationIds.add(payload.conversation_id);
    }
    if ('notification_id' in payload) notificationIds.push(payload.notification_id);
    if (!WITHOUT_BADGE.has(payload.type)) badgeUsers.add(events[i]!.userId);
  });
  const wanted = [...conversationIds].filter((id) => !known.conversations?.has(id));
  const [read, notifications, badgeList, translations] = await Promise.all([
    readConversations(db, wanted),
    notificationIds.length > 0
      ? findNotifications(db, notificationIds)
      : Promise.resolve(new Map<string, Notification>()),
    Promise.all(
      [...badgeUsers].map(async (userId) => {
        const badge = typeof badges === 'function' ? await badges(userId) : badges.get(userId);
        return [userId, badge] as const;
      }),
    ),
    findTranslations(db, translationKeys),
  ]);
  const conversations = new Map([...(known.conversations ?? []), ...read]);
  // A conversation comes with its newest message, which is the one a send's events name
  // unless another followed: only the others are read.
  const messageById = new Map<string, Message>((known.messages ?? []).map((m) => [m.id, m]));
  for (const { lastMessage } of conversations.values()) {
    if (lastMessage && messageIds.has(lastMessage.id) && !messageById.has(lastMessage.id)) {
      messageById.set(lastMessage.id, lastMessage);
    }
  }
  const missing = [...messageIds].filter((id) => !messageById.has(id));
  for (const message of await findMessages(db, missing)) messageById.set(message.id, message);
  const badgeOf = new Map(badgeList);
  // Messages and conversations are never deleted while their participants exist, so every
  // name resolves; one that did not would have nothing to show.
  return events.flatMap((row, i): Delivery[] => {
    const payload = stored[i]!;
    const cursor = String(row.cursor);
    const deliver = (event: SyncEvent): Delivery[] => [{ userId: row.userId, event }];
    const badge = badgeOf.get(row.userId);
    const conversation =
      'conversation_id' in payload && !NOT_OF_THE_MESSAGE.has(payload.type)
        ? conversations.get(payload.conversation_id)?.as(row.userId)
        : undefined;
    switch (payload.type) {
      case 'message.created': {
        const message = messageById.get(payload.message_id);
        if (!message || !conversation || !badge) return [];
        return deliver({
          type: payload.type,
          cursor,
          conversation_id: message.conversation_id,
          seq: message.seq,
          message,
          conversation,
          unread: badge,
        });
      }
      case 'message.updated': {
        const message = messageById.get(payload.message_id);
        if (!message || !conversation) return [];
        return deliver({
          type: payload.type,
          cursor,
          conversation_id: message.conversation_id,
          message,
          conversation,
        });
      }
      case 'message.reaction': {
        const message = messageById.get(payload.message_id);
        if (!message) return [];
        return deliver({
          type: payload.type,
          cursor,
          conversation_id: message.conversation_id,
          message_id: message.id,
          user_id: payload.user_id,
          emoji: payload.emoji,
          added: payload.added,
          reactions: message.reactions,
        });
      }
      case 'message.translated': {
        // An edit since dropped the translation: the next one brings its own event.
        const translation = translations.get(`${payload.message_id}:${payload.language}`);
        if (!translation) return [];
        return deliver({
          type: payload.type,
          cursor,
          conversation_id: payload.conversation_id,
          message_id: payload.message_id,
          translation,
        });
      }
      case 'message.read':
        if (!conversation || !badge) return [];
        return deliver({
          ...payload,
          cursor,
          conversation,
          unread: badge,
        });
      case 'conversation.updated':
        return conversation ? deliver({ type: payload.type, cursor, conversation }) : [];
      case 'unread.changed':
        return badge ? deliver({ ...unreadEvent(badge), cursor }) : [];
      case 'notification.created': {
        const notification = notifications.get(payload.notification_id);
        return notification && badge
          ? deliver({ type: payload.type, cursor, notification, unread: badge })
          : [];
      }
    }
  });
}

/** The user's unread badge: one row, kept by the statements that record events. */
async function unreadTotals(db: DbOrTx, userId: string): Promise<UnreadCount> {
  const counters = await repo.countersOf(db, userId);
  return {
    messages: counters.unreadMessages,
    conversations: counters.unreadConversations,
    notifications: counters.unreadNotifications,
  };
}

function cursorExpired() {
  return new AppError(
    'cursor_expired',
    'Events after this cursor are no longer kept: reload, then sync from the current cursor',
  );
}

export type SyncService = ReturnType<typeof createSyncService>;

export function createSyncService(deps: ServiceDeps) {
  const { db } = deps;

  return {
    /**
     * The actor's events after `since`, oldest first with consecutive cursors; without
     * `since`, none and the current cursor (a starting point before loading state).
     * A message or conversation comes in its current state, which is at least as new as the
     * change the event records.
     * @throws cursor_expired when events after `since` were pruned: reload, then sync from
     *   the cursor answered without `since`
     */
    async since(actor: Actor, query: { since?: string; limit: number }): Promise<SyncResult> {
      if (query.since === undefined) {
        const { lastCursor } = await repo.countersOf(db, actor.id);
        return { events: [], cursor: String(lastCursor), has_more: false };
      }
      const since = Number(query.since);
      let rows = await repo.eventsSince(db, actor.id, since, query.limit + 1);
      if (rows.length === 0 && since < (await repo.countersOf(db, actor.id)).lastCursor) {
        // Events committed since the first read (a counter commits with its events): look
        // again, now that every event up to the counter read is visible unless pruned.
        rows = await repo.eventsSince(db, actor.id, since, query.limit + 1);
        if (rows.length === 0) throw cursorExpired();
      }
      // A user's cursors have no gaps and commit in order, so a first event past since + 1
      // means the events in between were pruned.
      if (rows.length > 0 && rows[0]!.cursor !== since + 1) {
        throw cursorExpired();
      }
      const page = rows.slice(0, query.limit);
      const deliveries = await materialise(db, page, (userId) => unreadTotals(db, userId));
      return {
        events: deliveries.map((d) => d.event),
        cursor: page.length > 0 ? String(page[page.length - 1]!.cursor) : String(since),
        has_more: rows.length > query.limit,
      };
    },

    /** The actor's unread badge: messages, conversations with any, and notifications. */
    async unreadCount(actor: Actor): Promise<UnreadCount> {
      return unreadTotals(db, actor.id);
    },

    /**
     * Deletes the change events older than `CHANGE_EVENTS_KEEP_DAYS`, or more than
     * `CHANGE_EVENTS_KEEP_PER_USER` behind their user's latest cursor, in short batches;
     * answers how many were deleted.
     */
    async prune(): Promise<number> {
      const { keepDays, keepPerUser } = deps.config.changeEvents;
      const olderThan = new Date(deps.now().getTime() - keepDays * 86_400_000);
      let total = 0;
      for (;;) {
        const deleted = await repo.pruneChangeEvents(db, { olderThan, keepPerUser, batch: 5000 });
        total += deleted;
        if (deleted < 5000) return total;
      }
    },
  };
}
