import { and, eq, gt, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { prepared, type DbOrTx } from '../../platform/db/connect.ts';
import {
  accountTokens,
  attachments,
  notificationPreferences,
  pendingRegistrations,
  properties,
  pushSubscriptions,
  quietHours,
  refreshTokens,
  reservations,
  users,
} from '../../platform/db/schema.ts';

export type UserRow = typeof users.$inferSelect;
export type AccountTokenPurpose = (typeof accountTokens.$inferSelect)['purpose'];
/** What presenting a profile photo needs of its attachment. */
export interface AvatarRow {
  id: string;
  hasThumbnail: boolean;
}

// Every authenticated request looks its user up, so the lookup is prepared once.
const preparedUserById = prepared((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare('user_by_id'),
);

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await preparedUserById(db).execute({ id });
  return row;
}

/** Of `ids`, the users that still exist and are not disabled. */
export async function findActiveUserIds(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.disabledAt), isNull(users.deletedAt)));
  return rows.map((r) => r.id);
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

export async function findUserByExternalSubject(
  db: DbOrTx,
  subject: string,
): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.externalSubject, subject));
  return row;
}

export async function insertUser(
  db: DbOrTx,
  values: typeof users.$inferInsert,
): Promise<UserRow | undefined> {
  const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
  return row;
}

export async function linkExternalSubject(db: DbOrTx, userId: string, subject: string) {
  await db.update(users).set({ externalSubject: subject }).where(eq(users.id, userId));
}

export async function insertRefreshToken(
  db: DbOrTx,
  token: { userId: string; familyId: string; expiresAt: Date },
) {
  const [row] = await db.insert(refreshTokens).values(token).returning();
  return row!;
}

/**
 * Revokes a live refresh token; returns its owner and sign-in, or nothing if it was used,
 * revoked or expired.
 */
export async function consumeRefreshToken(db: DbOrTx, id: string, now: Date) {
  const [row] = await db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(refreshTokens.id, id),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, now),
      ),
    )
    .returning({ userId: refreshTokens.userId, familyId: refreshTokens.familyId });
  return row;
}

export async function findRefreshToken(db: DbOrTx, id: string) {
  const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.id, id));
  return row;
}

/** Revokes every live refresh token of sign-in `familyId`. */
export async function revokeRefreshFamily(db: DbOrTx, familyId: string, at: Date) {
  await db
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/**
 * Stamps the accounts as seen at `at` (never moving a stamp back, as nodes' clocks differ a
 * little). The rows are locked in id order, the order the admin console locks users in, so
 * that a batch of stamps and an account change cannot deadlock.
 */
export async function touchLastSeen(db: DbOrTx, ids: string[], at: Date) {
  if (ids.length === 0) return;
  const locked = db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.id, ids))
    .orderBy(users.id)
    .for('no key update');
  await db
    .update(users)
    .set({ lastSeenAt: sql`greatest(${users.lastSeenAt}, ${at.toISOString()}::timestamptz)` })
    .where(inArray(users.id, locked));
}

/** The profile photo of `userId`, if it has one. */
export async function findAvatar(db: DbOrTx, userId: string): Promise<AvatarRow | undefined> {
  const [row] = await db
    .select({ id: attachments.id, thumbnailKey: attachments.thumbnailKey })
    .from(attachments)
    .where(eq(attachments.profileOf, userId));
  return row && { id: row.id, hasThumbnail: row.thumbnailKey !== null };
}

/** Locks and returns the account's row, for a change that reads it first. */
export async function lockUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  values: Partial<
    Pick<
      typeof users.$inferInsert,
      'name' | 'email' | 'phone' | 'locale' | 'timeZone' | 'passwordHash' | 'deletedAt'
    >
  >,
): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row!;
}

/**
 * Makes `attachmentId` the profile photo of `userId`, provided it is an image `userId` uploaded
 * that nothing claims yet; answers whether it did.
 */
export async function claimAvatar(
  db: DbOrTx,
  userId: string,
  attachmentId: string,
): Promise<boolean> {
  const claimed = await db
    .update(attachments)
    .set({ profileOf: userId })
    .where(
      and(
        eq(attachments.id, attachmentId),
        eq(attachments.uploaderId, userId),
        eq(attachments.kind, 'image'),
        isNull(attachments.messageId),
        isNull(attachments.quickReplyId),
        isNull(attachments.propertyId),
        isNull(attachments.profileOf),
      ),
    )
    .returning({ id: attachments.id });
  return claimed.length > 0;
}

/** Releases the profile photo of `userId` (but `keep`): unclaimed, the sweep removes it. */
export async function releaseAvatar(db: DbOrTx, userId: string, keep?: string) {
  await db
    .update(attachments)
    .set({ profileOf: null })
    .where(and(eq(attachments.profileOf, userId), ...(keep ? [ne(attachments.id, keep)] : [])));
}

/** Revokes every live refresh token of the user; answers how many. */
/** Revokes every live refresh token of the user; answers the sign-ins they belonged to. */
export async function revokeRefreshTokens(db: DbOrTx, userId: string, at: Date): Promise<string[]> {
  const rows = await db
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
    .returning({ familyId: refreshTokens.familyId });
  return [...new Set(rows.map((row) => row.familyId))];
}

/** Marks the user's unused links for `purpose` as used, so only the next one works. */
export async function supersedeAccountTokens(
  db: DbOrTx,
  userId: string,
  purpose: AccountTokenPurpose,
  at: Date,
) {
  await db
    .update(accountTokens)
    .set({ usedAt: at })
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
      ),
    );
}

export async function insertAccountToken(
  db: DbOrTx,
  values: {
    userId: string;
    purpose: AccountTokenPurpose;
    tokenHash: string;
    newEmail?: string;
    expiresAt: Date;
  },
) {
  await db.insert(accountTokens).values(values);
}

/**
 * Uses a live link once: marks it used and answers its user (and new address), or nothing for
 * a link unknown, used, superseded or expired.
 */
export async function consumeAccountToken(
  db: DbOrTx,
  tokenHash: string,
  purpose: AccountTokenPurpose,
  at: Date,
) {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: at })
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, at),
      ),
    )
    .returning({ userId: accountTokens.userId, newEmail: accountTokens.newEmail });
  return row;
}

/**
 * Whether the user has a stay that has not ended and may still happen (pending or confirmed),
 * as the guest or as the host of its property. `today` is an ISO date.
 */
export async function hasUpcomingStay(db: DbOrTx, userId: string, today: string) {
  const [row] = await db
    .select({ id: reservations.id })
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(
      and(
        inArray(reservations.status, ['pending', 'confirmed']),
        gte(reservations.checkOut, today),
        or(eq(reservations.guestId, userId), eq(properties.hostId, userId)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Forgets how the user is reached: push subscriptions, notification preferences, quiet hours. */
export async function deleteContactSettings(db: DbOrTx, userId: string) {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
  await db.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  await db.delete(quietHours).where(eq(quietHours.userId, userId));
}

export type PendingRegistration = typeof pendingRegistrations.$inferSelect;

/** Keeps a sign-up until its link is followed, and forgets the ones whose links expired. */
export async function insertPendingRegistration(
  db: DbOrTx,
  values: typeof pendingRegistrations.$inferInsert,
  at: Date,
) {
  await db.delete(pendingRegistrations).where(lte(pendingRegistrations.expiresAt, at));
  await db.insert(pendingRegistrations).values(values);
}

/** Uses a live sign-up link once: removes it and answers the sign-up, or nothing. */
export async function consumePendingRegistration(
  db: DbOrTx,
  tokenHash: string,
  at: Date,
): Promise<PendingRegistration | undefined> {
  const [row] = await db
    .delete(pendingRegistrations)
    .where(
      and(eq(pendingRegistrations.tokenHash, tokenHash), gt(pendingRegistrations.expiresAt, at)),
    )
    .returning();
  return row;
}
