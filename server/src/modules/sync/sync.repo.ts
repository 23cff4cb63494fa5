import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { changeEventCounters, changeEvents } from '../../platform/db/schema.ts';

export type ChangeEventRow = typeof changeEvents.$inferSelect;

/**
 * Reserves the next cursors of each user (`counts`: user id → how many) and returns each
 * user's last one. The counter rows stay locked until the transaction ends, which is what
 * makes a user's cursors commit in order; rows are locked in the order given.
 */
export async function reserveCursors(
  tx: DbOrTx,
  counts: [userId: string, count: number][],
): Promise<Map<string, number>> {
  const rows = await tx
    .insert(changeEventCounters)
    .values(counts.map(([userId, count]) => ({ userId, lastCursor: count })))
    .onConflictDoUpdate({
      target: changeEventCounters.userId,
      set: { lastCursor: sql`${changeEventCounters.lastCursor} + excluded.last_cursor` },
    })
    .returning({ userId: changeEventCounters.userId, lastCursor: changeEventCounters.lastCursor });
  return new Map(rows.map((r) => [r.userId, Number(r.lastCursor)]));
}

export async function insertEvents(tx: DbOrTx, rows: (typeof changeEvents.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(changeEvents).values(rows);
}

/** The user's events after `since`, oldest first. */
export async function eventsSince(
  db: DbOrTx,
  userId: string,
  since: number,
  limit: number,
): Promise<ChangeEventRow[]> {
  return db
    .select()
    .from(changeEvents)
    .where(and(eq(changeEvents.userId, userId), gt(changeEvents.cursor, since)))
    .orderBy(asc(changeEvents.cursor))
    .limit(limit);
}

/** The user's latest cursor; 0 before their first event. */
export async function lastCursor(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ lastCursor: changeEventCounters.lastCursor })
    .from(changeEventCounters)
    .where(eq(changeEventCounters.userId, userId));
  return Number(row?.lastCursor ?? 0);
}
