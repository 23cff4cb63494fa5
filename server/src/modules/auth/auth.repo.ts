import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { prepared, type DbOrTx } from '../../platform/db/connect.ts';
import { refreshTokens, users } from '../../platform/db/schema.ts';

export type UserRow = typeof users.$inferSelect;

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
    .where(and(inArray(users.id, ids), isNull(users.disabledAt)));
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

export async function insertRefreshToken(db: DbOrTx, userId: string, expiresAt: Date) {
  const [row] = await db.insert(refreshTokens).values({ userId, expiresAt }).returning();
  return row!;
}

/** Revokes a live refresh token; returns its owner, or nothing if it was used or expired. */
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
    .returning({ userId: refreshTokens.userId });
  return row;
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
