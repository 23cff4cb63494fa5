import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { properties, reservations, users } from '../../platform/db/schema.ts';

export type ReservationRow = typeof reservations.$inferSelect;
export type ReservationView = ReservationRow & {
  propertyTitle: string;
  hostId: string;
  guestName: string;
};

const view = {
  reservation: reservations,
  propertyTitle: properties.title,
  hostId: properties.hostId,
  guestName: users.name,
};

function flatten(row: {
  reservation: ReservationRow;
  propertyTitle: string;
  hostId: string;
  guestName: string;
}): ReservationView {
  return {
    ...row.reservation,
    propertyTitle: row.propertyTitle,
    hostId: row.hostId,
    guestName: row.guestName,
  };
}

function baseQuery(db: DbOrTx) {
  return db
    .select(view)
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .innerJoin(users, eq(users.id, reservations.guestId));
}

export async function findReservation(
  db: DbOrTx,
  id: string,
): Promise<ReservationView | undefined> {
  const [row] = await baseQuery(db).where(eq(reservations.id, id));
  return row && flatten(row);
}

/** The reservations the user is the guest or the host of, newest first. */
export async function listReservationsFor(
  db: DbOrTx,
  userId: string,
  options: { limit: number; after?: { created_at: string; id: string } },
): Promise<ReservationView[]> {
  const { after } = options;
  const rows = await baseQuery(db)
    .where(
      and(
        or(eq(reservations.guestId, userId), eq(properties.hostId, userId)),
        after
          ? or(
              lt(reservations.createdAt, new Date(after.created_at)),
              and(
                eq(reservations.createdAt, new Date(after.created_at)),
                lt(reservations.id, after.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(reservations.createdAt), desc(reservations.id))
    .limit(options.limit);
  return rows.map(flatten);
}

export async function insertReservation(db: DbOrTx, values: typeof reservations.$inferInsert) {
  const [row] = await db.insert(reservations).values(values).returning();
  return row!;
}

/** Moves a reservation from `from` to `to`; answers whether it was in `from` (row locked). */
export async function transition(
  db: DbOrTx,
  id: string,
  from: ReservationRow['status'],
  to: ReservationRow['status'],
): Promise<boolean> {
  const rows = await db
    .update(reservations)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(reservations.id, id), eq(reservations.status, from)))
    .returning({ id: reservations.id });
  return rows.length > 0;
}
