import { and, desc, eq, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { conversations, properties, reservations, users } from '../../platform/db/schema.ts';

export type ReservationRow = typeof reservations.$inferSelect;
export type ReservationView = ReservationRow & {
  propertyTitle: string;
  propertyCurrency: string;
  hostId: string;
  guestName: string;
  hostName: string;
  /** The thread about this stay, once its guest opened one. */
  conversationId: string | null;
};

const hosts = alias(users, 'host');

const view = {
  reservation: reservations,
  propertyTitle: properties.title,
  propertyCurrency: properties.currency,
  hostId: properties.hostId,
  guestName: users.name,
  hostName: hosts.name,
  // One thread per stay at most; its unique index is on (property, guest, reservation).
  conversationId: sql<string | null>`(select ${conversations.id} from ${conversations}
    where ${conversations.propertyId} = ${reservations.propertyId}
      and ${conversations.guestId} = ${reservations.guestId}
      and ${conversations.reservationId} = ${reservations.id} limit 1)`,
};

function flatten(row: {
  reservation: ReservationRow;
  propertyTitle: string;
  propertyCurrency: string;
  hostId: string;
  guestName: string;
  hostName: string;
  conversationId: string | null;
}): ReservationView {
  return {
    ...row.reservation,
    propertyTitle: row.propertyTitle,
    propertyCurrency: row.propertyCurrency,
    hostId: row.hostId,
    guestName: row.guestName,
    hostName: row.hostName,
    conversationId: row.conversationId,
  };
}

function baseQuery(db: DbOrTx) {
  return db
    .select(view)
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .innerJoin(users, eq(users.id, reservations.guestId))
    .innerJoin(hosts, eq(hosts.id, properties.hostId));
}

/** Where a stay is relative to now: its check-in and check-out at the property's times, in its zone. */
export type StayWhen = 'upcoming' | 'current' | 'past';

const checkInAt = sql`((${reservations.checkIn} + ${properties.checkInTime}::time)
  at time zone ${properties.timezone})`;
const checkOutAt = sql`((${reservations.checkOut} + ${properties.checkOutTime}::time)
  at time zone ${properties.timezone})`;

function stayIs(when: StayWhen): SQL {
  switch (when) {
    case 'upcoming':
      return sql`${checkInAt} > now()`;
    case 'current':
      return sql`${checkInAt} <= now() and ${checkOutAt} > now()`;
    case 'past':
      return sql`${checkOutAt} <= now()`;
  }
}

/** What a list of the user's reservations narrows to. */
export interface ReservationFilters {
  /** Only those the user hosts, or only those they are the guest of; both when absent. */
  role?: 'host' | 'guest';
  statuses?: readonly ReservationStatus[];
  when?: StayWhen;
  propertyId?: string;
}

export async function findReservation(
  db: DbOrTx,
  id: string,
): Promise<ReservationView | undefined> {
  const [row] = await baseQuery(db).where(eq(reservations.id, id));
  return row && flatten(row);
}

/** The reservations the user is the guest or the host of, newest first, as `filters` narrow them. */
export async function listReservationsFor(
  db: DbOrTx,
  userId: string,
  options: { limit: number; after?: { created_at: string; id: string } } & ReservationFilters,
): Promise<ReservationView[]> {
  const { after, role, statuses, when, propertyId } = options;
  const rows = await baseQuery(db)
    .where(
      and(
        role === 'host'
          ? eq(properties.hostId, userId)
          : role === 'guest'
            ? eq(reservations.guestId, userId)
            : or(eq(reservations.guestId, userId), eq(properties.hostId, userId)),
        statuses && statuses.length > 0 ? inArray(reservations.status, [...statuses]) : undefined,
        when ? stayIs(when) : undefined,
        propertyId ? eq(reservations.propertyId, propertyId) : undefined,
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

export type ReservationStatus = ReservationRow['status'];

/**
 * Moves a reservation in one of `from` to `to`; answers its row as it was before, or undefined
 * when it was in none of them (the row stays locked to the end of the transaction).
 */
export async function transition(
  db: DbOrTx,
  id: string,
  from: readonly ReservationStatus[],
  to: ReservationStatus,
): Promise<{ previousStatus: ReservationStatus } | undefined> {
  // The old status comes from the locked row the update joins: RETURNING sees only the new one.
  const [row] = await queryRows<{ previous_status: ReservationStatus }>(
    db,
    sql`update ${reservations} r set status = ${to}, updated_at = now()
        from (select id, status from ${reservations} where id = ${id} for update) old
        where r.id = old.id and old.status in (${sql.join(
          from.map((status) => sql`${status}`),
          sql`, `,
        )})
        returning old.status as previous_status`,
  );
  return row && { previousStatus: row.previous_status };
}

/** Whether a confirmed or completed stay of the property other than `exceptId` shares a night. */
export async function overlapsConfirmedStay(
  db: DbOrTx,
  stay: { propertyId: string; checkIn: string; checkOut: string; exceptId?: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: reservations.id })
    .from(reservations)
    .where(
      and(
        eq(reservations.propertyId, stay.propertyId),
        inArray(reservations.status, ['confirmed', 'completed']),
        stay.exceptId ? ne(reservations.id, stay.exceptId) : undefined,
        sql`daterange(${reservations.checkIn}, ${reservations.checkOut}, '[)') &&
            daterange(${stay.checkIn}::date, ${stay.checkOut}::date, '[)')`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** What importing a stay at a property checks, for each of `stays` in their order. */
export interface ImportCheck {
  hostId: string;
  nightlyRate: string | null;
  /** Its check-out, at the property's time in its zone, has passed. */
  checkOutPassed: boolean;
  /** Its dates overlap a confirmed or completed stay there. */
  overlaps: boolean;
}

/**
 * Reads, in one statement, what importing each of `stays` checks (undefined for an unknown
 * property).
 */
export async function importChecks(
  db: DbOrTx,
  stays: readonly { propertyId: string; checkIn: string; checkOut: string }[],
): Promise<(ImportCheck | undefined)[]> {
  if (stays.length === 0) return [];
  const rows = await queryRows<{
    n: string;
    host_id: string;
    nightly_rate: string | null;
    check_out_passed: boolean;
    overlaps: boolean;
  }>(
    db,
    sql`select s.n, p.host_id, p.nightly_rate::text as nightly_rate,
          (s.check_out + p.check_out_time::time) at time zone p.timezone <= now() as check_out_passed,
          exists (select 1 from ${reservations} r
                  where r.property_id = s.property_id and r.status in ('confirmed', 'completed')
                    and daterange(r.check_in, r.check_out, '[)')
                        && daterange(s.check_in, s.check_out, '[)')) as overlaps
        from unnest(${sql.param(stays.map((s) => s.propertyId))}::uuid[],
                    ${sql.param(stays.map((s) => s.checkIn))}::date[],
                    ${sql.param(stays.map((s) => s.checkOut))}::date[])
             with ordinality as s(property_id, check_in, check_out, n)
        join ${properties} p on p.id = s.property_id`,
  );
  const byIndex = new Map(rows.map((r) => [Number(r.n) - 1, r]));
  return stays.map((_, i) => {
    const row = byIndex.get(i);
    return (
      row && {
        hostId: row.host_id,
        nightlyRate: row.nightly_rate,
        checkOutPassed: row.check_out_passed,
        overlaps: row.overlaps,
      }
    );
  });
}

/** A reservation a platform imports, as it is written. */
export interface ImportedRow {
  /** The platform's id of it (unique). */
  externalId: string;
  propertyId: string;
  guestId: string;
  checkIn: string;
  checkOut: string;
  guests: number;
  status: ReservationStatus;
  totalPrice: string | null;
  paymentDueAt: Date | null;
}

/**
 * New reservations in one statement, each column one array parameter (thousands of values
 * bound one by one cost more to build than to insert); answers their ids by external id.
 */
export async function insertReservations(
  db: DbOrTx,
  values: readonly ImportedRow[],
): Promise<Map<string, string>> {
  if (values.length === 0) return new Map();
  const column = <T>(pick: (row: ImportedRow) => T) => sql.param(values.map(pick));
  const rows = await queryRows<{ id: string; external_id: string }>(
    db,
    sql`insert into ${reservations}
          (external_id, property_id, guest_id, check_in, check_out, guests, status,
           total_price, payment_due_at)
        select * from unnest(${column((r) => r.externalId)}::text[],
          ${column((r) => r.propertyId)}::uuid[], ${column((r) => r.guestId)}::uuid[],
          ${column((r) => r.checkIn)}::date[], ${column((r) => r.checkOut)}::date[],
          ${column((r) => r.guests)}::int[], ${column((r) => r.status)}::text[],
          ${column((r) => r.totalPrice)}::numeric[],
          ${column((r) => r.paymentDueAt?.toISOString() ?? null)}::timestamptz[])
        returning id, external_id`,
  );
  return new Map(rows.map((r) => [r.external_id, r.id]));
}

/** Whether the stay's check-in (its date at the property's check-in time, in its zone) is still ahead. */
export async function beforeCheckIn(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({
      ahead: sql<boolean>`(${reservations.checkIn} + ${properties.checkInTime}::time)
        at time zone ${properties.timezone} > now()`,
    })
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(eq(reservations.id, id));
  return row?.ahead ?? false;
}

/** Whether the stay's check-out has passed, in the property's zone. */
export async function afterCheckOut(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({
      passed: sql<boolean>`(${reservations.checkOut} + ${properties.checkOutTime}::time)
        at time zone ${properties.timezone} <= now()`,
    })
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(eq(reservations.id, id));
  return row?.passed ?? false;
}

/** Changes a reservation still in one of `from`; answers the new row, or undefined. */
export async function updateStay(
  db: DbOrTx,
  id: string,
  from: readonly ReservationStatus[],
  changes: Partial<Pick<ReservationRow, 'checkIn' | 'checkOut' | 'guests' | 'paymentDueAt'>>,
): Promise<ReservationRow | undefined> {
  const [row] = await db
    .update(reservations)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(reservations.id, id), inArray(reservations.status, [...from])))
    .returning();
  return row;
}

/**
 * Confirmed stays whose check-out passed (in each property's zone), up to `limit`, moved to
 * completed; answers them with their parties.
 */
export async function completeEndedStays(db: DbOrTx, limit: number) {
  return queryRows<{
    reservation_id: string;
    property_id: string;
    guest_id: string;
    host_id: string;
    check_in: string;
    check_out: string;
  }>(
    db,
    sql`with ended as (
          select r.id from ${reservations} r join ${properties} p on p.id = r.property_id
          where r.status = 'confirmed'
            and (r.check_out + p.check_out_time::time) at time zone p.timezone <= now()
          order by r.check_out limit ${limit}
          for update of r skip locked
        )
        update ${reservations} r set status = 'completed', updated_at = now()
        from ended e, ${properties} p
        where r.id = e.id and p.id = r.property_id
        returning r.id as reservation_id, r.property_id, r.guest_id, p.host_id,
          r.check_in::text as check_in, r.check_out::text as check_out`,
  );
}
