import { and, desc, eq, gte, inArray, lt, lte, or } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { properties, reservations, users } from '../../platform/db/schema.ts';
import type { ViewerStay } from './properties.policy.ts';

export type PropertyRow = typeof properties.$inferSelect;
export type PropertyWithHost = PropertyRow & { hostName: string };

const withHost = { property: properties, hostName: users.name };

export async function findProperty(db: DbOrTx, id: string): Promise<PropertyWithHost | undefined> {
  const [row] = await db
    .select(withHost)
    .from(properties)
    .innerJoin(users, eq(users.id, properties.hostId))
    .where(eq(properties.id, id));
  return row && { ...row.property, hostName: row.hostName };
}

export async function listProperties(
  db: DbOrTx,
  options: {
    hostId?: string;
    externalId?: string;
    limit: number;
    after?: { created_at: string; id: string };
  },
): Promise<PropertyWithHost[]> {
  const { after } = options;
  const rows = await db
    .select(withHost)
    .from(properties)
    .innerJoin(users, eq(users.id, properties.hostId))
    .where(
      and(
        options.hostId ? eq(properties.hostId, options.hostId) : undefined,
        options.externalId !== undefined
          ? eq(properties.externalId, options.externalId)
          : undefined,
        after
          ? or(
              lt(properties.createdAt, new Date(after.created_at)),
              and(
                eq(properties.createdAt, new Date(after.created_at)),
                lt(properties.id, after.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(properties.createdAt), desc(properties.id))
    .limit(options.limit);
  return rows.map((r) => ({ ...r.property, hostName: r.hostName }));
}

export async function insertProperty(db: DbOrTx, values: typeof properties.$inferInsert) {
  const [row] = await db.insert(properties).values(values).returning();
  return row!;
}

export async function updateProperty(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof properties.$inferInsert>,
) {
  const [row] = await db.update(properties).set(patch).where(eq(properties.id, id)).returning();
  return row;
}

/** Locks the host's user row until the transaction ends, serialising their property changes. */
export async function lockHost(tx: DbOrTx, hostId: string): Promise<void> {
  // NO KEY UPDATE: rows that merely reference the user (tokens, messages) are not held up.
  await tx.select({ id: users.id }).from(users).where(eq(users.id, hostId)).for('no key update');
}

export async function countHostProperties(db: DbOrTx, hostId: string): Promise<number> {
  const rows = await db
    .select({ id: properties.id })
    .from(properties)
    .where(eq(properties.hostId, hostId))
    .limit(2);
  return rows.length;
}

/**
 * The viewer's reservations of these properties that could have their access window open
 * at `now`, by property; properties.policy.seesAccessDetails decides.
 */
export async function findViewerStays(
  db: DbOrTx,
  viewerId: string,
  propertyIds: string[],
  now: Date,
): Promise<Map<string, ViewerStay[]>> {
  const stays = new Map<string, ViewerStay[]>();
  if (propertyIds.length === 0) return stays;
  // These bounds only narrow the rows; the property's calendar decides. They leave a day of
  // slack past the widest case: zones from UTC−12 to UTC+14, and a window that opens 24 hours
  // before check-in day across a DST jump.
  const today = DateTime.fromJSDate(now, { zone: 'utc' });
  const rows = await db
    .select({
      propertyId: reservations.propertyId,
      checkIn: reservations.checkIn,
      checkOut: reservations.checkOut,
      status: reservations.status,
    })
    .from(reservations)
    .where(
      and(
        eq(reservations.guestId, viewerId),
        inArray(reservations.propertyId, propertyIds),
        lte(reservations.checkIn, today.plus({ days: 4 }).toISODate()!),
        gte(reservations.checkOut, today.minus({ days: 2 }).toISODate()!),
      ),
    );
  for (const { propertyId, ...stay } of rows) {
    stays.set(propertyId, [...(stays.get(propertyId) ?? []), stay]);
  }
  return stays;
}
