import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { messages, properties, reservations, users } from '../../platform/db/schema.ts';

export type UserRow = typeof users.$inferSelect;

/** The account the platform knows as `externalId` (its tokens' `sub`), deleted ones too. */
export async function findUserByExternalId(
  db: DbOrTx,
  externalId: string,
  options: { lock?: boolean } = {},
): Promise<UserRow | undefined> {
  const query = db.select().from(users).where(eq(users.externalSubject, externalId));
  const [row] = await (options.lock ? query.for('update') : query);
  return row;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The account with this address in any case (the unique index is on its lower case). */
export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .for('update');
  return row;
}

/**
 * A new account. An email or external id taken meanwhile fails on its unique index (the
 * caller runs again and finds it).
 */
export async function insertUser(
  db: DbOrTx,
  values: Pick<
    typeof users.$inferInsert,
    'email' | 'name' | 'phone' | 'locale' | 'timeZone' | 'externalSubject'
  >,
): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  values: Partial<
    Pick<
      typeof users.$inferInsert,
      'email' | 'name' | 'phone' | 'locale' | 'timeZone' | 'externalSubject'
    >
  >,
): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row!;
}

/** The property the platform knows as `externalId`, with its host. */
export async function findPropertyByExternalId(
  db: DbOrTx,
  externalId: string,
): Promise<{ id: string; hostId: string } | undefined> {
  const [row] = await db
    .select({ id: properties.id, hostId: properties.hostId })
    .from(properties)
    .where(eq(properties.externalId, externalId));
  return row;
}

/**
 * Notes `keyId` as the API key that synced the property last: its screening policy, if it
 * has one, screens the property's conversations (see `platformPolicy` of the screening module).
 */
export async function recordSyncingKey(
  db: DbOrTx,
  propertyId: string,
  keyId: string,
): Promise<void> {
  await db
    .update(properties)
    .set({ apiKeyId: keyId })
    .where(
      and(eq(properties.id, propertyId), sql`${properties.apiKeyId} is distinct from ${keyId}`),
    );
}

/** The reservation the platform knows as `externalId`: where and whose it is. */
export async function findReservationByExternalId(
  db: DbOrTx,
  externalId: string,
): Promise<
  | { id: string; propertyId: string; guestId: string; hostId: string; externalId: string }
  | undefined
> {
  const [row] = await db
    .select({
      id: reservations.id,
      propertyId: reservations.propertyId,
      guestId: reservations.guestId,
      hostId: properties.hostId,
      externalId: sql<string>`${reservations.externalId}`,
    })
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(eq(reservations.externalId, externalId));
  return row;
}

/** What a batch of imported reservations names, found in one read each. */
export async function findImportReferences(
  db: DbOrTx,
  ids: { properties: string[]; users: string[]; reservations: string[] },
) {
  const [propertyRows, userRows, reservationRows] = await Promise.all([
    ids.properties.length === 0
      ? []
      : db
          .select({
            externalId: properties.externalId,
            id: properties.id,
            hostId: properties.hostId,
          })
          .from(properties)
          .where(inArray(properties.externalId, ids.properties)),
    ids.users.length === 0
      ? []
      : db
          .select({
            externalId: users.externalSubject,
            id: users.id,
            deletedAt: users.deletedAt,
          })
          .from(users)
          .where(inArray(users.externalSubject, ids.users)),
    ids.reservations.length === 0
      ? []
      : db
          .select({
            externalId: reservations.externalId,
            id: reservations.id,
            propertyId: reservations.propertyId,
            guestId: reservations.guestId,
            checkIn: reservations.checkIn,
            checkOut: reservations.checkOut,
            guests: reservations.guests,
            status: reservations.status,
            paymentDueAt: reservations.paymentDueAt,
          })
          .from(reservations)
          .where(inArray(reservations.externalId, ids.reservations)),
  ]);
  return {
    properties: new Map(propertyRows.map((r) => [r.externalId!, r])),
    users: new Map(userRows.map((r) => [r.externalId!, r])),
    reservations: new Map(reservationRows.map((r) => [r.externalId!, r])),
  };
}

/** The message `senderId` posted in the conversation under `clientMessageId`, if any. */
export async function findMessageIdByClientId(
  db: DbOrTx,
  conversationId: string,
  senderId: string,
  clientMessageId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        eq(messages.senderId, senderId),
        eq(messages.clientMessageId, clientMessageId),
      ),
    );
  return row?.id;
}
