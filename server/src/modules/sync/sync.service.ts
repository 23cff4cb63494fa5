import type { Conversation, Message, SyncEvent, SyncResult, UnreadCount } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import * as repo from './sync.repo.ts';

type WithoutCursor<T> = T extends unknown ? Omit<T, 'cursor'> : never;
type UnreadChanged = Extract<SyncEvent, { type: 'unread.changed' }>;

/** How one change moves a user's unread badge. */
export interface UnreadDelta {
  messages: number;
  conversations: number;
}

/**
 * An event for one user, before it has its cursor. `unread.changed` carries how the change
 * moves the user's badge, which `recordEvents` applies (the send statement works out its own);
 * the recorded event gets the user's new totals.
 */
export type EventDraft =
  | { userId: string; event: Exclude<WithoutCursor<SyncEvent>, { type: 'unread.changed' }> }
  | { userId: string; event: { type: 'unread.changed' }; unread?: UnreadDelta };

/** A recorded event: what to push to the user's sockets once the transaction commits. */
export interface Delivery {
  userId: string;
  event: SyncEvent;
}

/** The badge change of a conversation whose unread count for a user went from `before` to `after`. */
export function unreadDelta(before: number, after: number): UnreadDelta {
  return { messages: after - before, conversations: Number(after > 0) - Number(before > 0) };
}

export function unreadChanged(userId: string, delta?: UnreadDelta): EventDraft {
  return { userId, event: { type: 'unread.changed' }, unread: delta };
}

/**
 * What `change_events.payload` keeps of an event. A message or conversation is named, not
 * copied: sync reads its current state (see `since`), so the record stays small and a
 * catching-up client gets the latest version of each.
 */
export function storedPayload(draft: EventDraft): object {
  const { event } = draft;
  switch (event.type) {
    case 'message.created':
      return {
        type: event.type,
        conversation_id: event.conversation_id,
        seq: event.seq,
        message_id: event.message.id,
      };
    case 'conversation.updated':
      return { type: event.type, conversation_id: event.conversation.id };
    case 'unread.changed':
      return { type: event.type };
    default:
      return event;
  }
}

/** The stored payloads that name what they are about (see `storedPayload`). */
type StoredReference =
  | { type: 'message.created'; conversation_id: string; seq: number; message_id: string }
  | { type: 'conversation.updated'; conversation_id: string }
  | { type: 'unread.changed' };

function unreadEvent(totals: UnreadCount): Omit<UnreadChanged, 'cursor'> {
  // Notifications are not stored by this server yet, so none of them is unread.
  return { type: 'unread.changed', ...totals, notifications: 0 };
}

/**
 * Gives each draft its cursor from the events the recording statement wrote: a user's events
 * were numbered in the order of their drafts. `unread.changed` gets the user's new totals.
 */
export function deliveriesOf(drafts: EventDraft[], recorded: repo.RecordedEvent[]): Delivery[] {
  const byUser = new Map<string, repo.RecordedEvent[]>();
  for (const event of recorded) {
    byUser.set(event.userId, [...(byUser.get(event.userId) ?? []), event]);
  }
  const taken = new Map<string, number>();
  return drafts.map((draft) => {
    const index = taken.get(draft.userId) ?? 0;
    taken.set(draft.userId, index + 1);
    const row = byUser.get(draft.userId)?.[index];
    if (!row || row.type !== draft.event.type) {
      throw new Error(`Event ${index} of user ${draft.userId} was not recorded as drafted`);
    }
    const event =
      draft.event.type === 'unread.changed'
        ? unreadEvent({ messages: row.unreadMessages, conversations: row.unreadConversations })
        : draft.event;
    return { userId: draft.userId, event: { ...event, cursor: String(row.cursor) } };
  });
}

/**
 * Records change events in the caller's transaction, numbering each user's events with their
 * next cursors and applying the badge changes, and returns the deliveries to publish after
 * the commit.
 */
export async function recordEvents(db: DbOrTx, drafts: EventDraft[]): Promise<Delivery[]> {
  if (drafts.length === 0) return [];
  const rows = drafts.map((draft, ord) => {
    const unread = ('unread' in draft && draft.unread) || { messages: 0, conversations: 0 };
    return sql`(${ord}::int, ${draft.userId}::uuid, ${draft.event.type}::text,
                ${JSON.stringify(storedPayload(draft))}::jsonb,
                ${unread.messages}::int, ${unread.conversations}::int)`;
  });
  const recorded = await repo.recordDrafts(
    db,
    sql`select * from (values ${sql.join(rows, sql`, `)})
          as d(ord, user_id, type, payload, unread_messages, unread_conversations)`,
  );
  return deliveriesOf(drafts, recorded);
}

/** The user's unread badge: one row, kept by the statements that record events. */
export async function unreadTotals(db: DbOrTx, userId: string): Promise<UnreadCount> {
  const counters = await repo.countersOf(db, userId);
  return { messages: counters.unreadMessages, conversations: counters.unreadConversations };
}

/** What sync needs from the modules that own messages and conversations. */
export interface SyncSources {
  /** The messages with these ids (those that exist). */
  messages: (ids: string[]) => Promise<Message[]>;
  /** These conversations (those that exist) as `viewer` sees them. */
  conversations: (viewer: Actor, ids: string[]) => Promise<Conversation[]>;
}

export type SyncService = ReturnType<typeof createSyncService>;

export function createSyncService(deps: ServiceDeps, sources: SyncSources) {
  const { db } = deps;

  /** The stored events as the client gets them: what they name, in its current state. */
  async function materialise(actor: Actor, rows: repo.ChangeEventRow[]): Promise<SyncEvent[]> {
    const stored = rows.map((row) => row.payload as StoredReference | WithoutCursor<SyncEvent>);
    const messageIds = new Set<string>();
    const conversationIds = new Set<string>();
    for (const payload of stored) {
      if ('message_id' in payload) messageIds.add(payload.message_id);
      else if (payload.type === 'conversation.updated' && 'conversation_id' in payload) {
        conversationIds.add(payload.conversation_id);
      }
    }
    const [messages, conversations, badge] = await Promise.all([
      sources.messages([...messageIds]),
      sources.conversations(actor, [...conversationIds]),
      stored.some((p) => p.type === 'unread.changed') ? unreadTotals(db, actor.id) : undefined,
    ]);
    const messageById = new Map(messages.map((m) => [m.id, m]));
    const conversationById = new Map(conversations.map((c) => [c.id, c]));
    // Messages and conversations are never deleted while their participants exist, so every
    // name resolves; one that did not would have nothing to show.
    return rows.flatMap((row, i): SyncEvent[] => {
      const payload = stored[i]!;
      const cursor = String(row.cursor);
      if ('message_id' in payload) {
        const message = messageById.get(payload.message_id);
        if (!message) return [];
        const { type, conversation_id, seq } = payload;
        return [{ type, cursor, conversation_id, seq, message }];
      }
      if (payload.type === 'conversation.updated' && 'conversation_id' in payload) {
        const conversation = conversationById.get(payload.conversation_id);
        return conversation ? [{ type: payload.type, cursor, conversation }] : [];
      }
      if (payload.type === 'unread.changed') {
        return badge ? [{ ...unreadEvent(badge), cursor }] : [];
      }
      return [{ ...payload, cursor }];
    });
  }

  return {
    /**
     * The actor's events after `since`, oldest first with consecutive cursors; without
     * `since`, none and the current cursor (a starting point before loading state).
     * A message or conversation comes in its current state, which is at least as new as the
     * change the event records.
     */
    async since(actor: Actor, query: { since?: string; limit: number }): Promise<SyncResult> {
      if (query.since === undefined) {
        const { lastCursor } = await repo.countersOf(db, actor.id);
        return { events: [], cursor: String(lastCursor), has_more: false };
      }
      const since = Number(query.since);
      const rows = await repo.eventsSince(db, actor.id, since, query.limit + 1);
      const page = rows.slice(0, query.limit);
      return {
        events: await materialise(actor, page),
        cursor: page.length > 0 ? String(page[page.length - 1]!.cursor) : String(since),
        has_more: rows.length > query.limit,
      };
    },
  };
}
