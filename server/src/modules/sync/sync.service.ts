import type { SyncEvent, SyncResult } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/connect.ts';
import * as repo from './sync.repo.ts';

type WithoutCursor<T> = T extends unknown ? Omit<T, 'cursor'> : never;

/** An event for one user, before it has its cursor. */
export interface EventDraft {
  userId: string;
  event: WithoutCursor<SyncEvent>;
}

/** A recorded event: what to push to the user's sockets once the transaction commits. */
export interface Delivery {
  userId: string;
  event: SyncEvent;
}

/**
 * Records change events in the caller's transaction, numbering each user's events with
 * their next cursors, and returns the deliveries to publish after the commit.
 * Users are locked in id order so that two transactions never wait on each other in a cycle.
 */
export async function recordEvents(tx: Tx, drafts: EventDraft[]): Promise<Delivery[]> {
  const byUser = new Map<string, EventDraft[]>();
  for (const draft of drafts) {
    const list = byUser.get(draft.userId) ?? [];
    list.push(draft);
    byUser.set(draft.userId, list);
  }
  if (byUser.size === 0) return [];
  const users = [...byUser.keys()].sort();
  const last = await repo.reserveCursors(
    tx,
    users.map((userId) => [userId, byUser.get(userId)!.length]),
  );
  const deliveries: Delivery[] = [];
  for (const userId of users) {
    const own = byUser.get(userId)!;
    const end = last.get(userId)!;
    own.forEach((draft, i) => {
      const event = { ...draft.event, cursor: String(end - own.length + 1 + i) };
      deliveries.push({ userId, event });
    });
  }
  await repo.insertEvents(
    tx,
    deliveries.map(({ userId, event }) => ({
      userId,
      cursor: Number(event.cursor),
      type: event.type,
      payload: event,
    })),
  );
  return deliveries;
}

export type SyncService = ReturnType<typeof createSyncService>;

export function createSyncService(deps: ServiceDeps) {
  const { db } = deps;
  return {
    /**
     * The actor's events after `since`, oldest first with consecutive cursors; without
     * `since`, none and the current cursor (a starting point before loading state).
     */
    async since(actor: Actor, query: { since?: string; limit: number }): Promise<SyncResult> {
      if (query.since === undefined) {
        const head = await repo.lastCursor(db, actor.id);
        return { events: [], cursor: String(head), has_more: false };
      }
      const since = Number(query.since);
      const rows = await repo.eventsSince(db, actor.id, since, query.limit + 1);
      const page = rows.slice(0, query.limit);
      const events = page.map((row) => row.payload as SyncEvent);
      return {
        events,
        cursor: page.length > 0 ? String(page[page.length - 1]!.cursor) : String(since),
        has_more: rows.length > query.limit,
      };
    },
  };
}
