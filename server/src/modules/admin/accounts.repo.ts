import type { ADMIN_USER_SORTS, AuditAction } from '@flexbnb/contracts';
import {
  and,
  eq,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';
import {
  auditLog,
  conversations,
  messages,
  properties,
  refreshTokens,
  users,
} from '../../platform/db/schema.ts';
import type { AdminPage } from './admin.paging.ts';
import { countOf, matchesWords, orderOf, type Listed } from './admin.sql.ts';

// users

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  phone: users.phone,
  role: users.role,
  disabledAt: users.disabledAt,
  lastSeenAt: users.lastSeenAt,
  createdAt: users.createdAt,
};

export type AdminUserRow = Awaited<ReturnType<typeof findUser>> & object;

export interface UserFilter {
  q?: string;
  role?: 'user' | 'admin';
  status?: 'active' | 'disabled';
}

export type UserSort = (typeof ADMIN_USER_SORTS)[number];

const userSorts: Record<UserSort, AnyColumn | SQL> = {
  created_at: users.createdAt,
  name: sql`lower(${users.name})`,
  email: sql`lower(${users.email})`,
  last_seen_at: users.lastSeenAt,
};

export async function listUsers(
  db: DbOrTx,
  filter: UserFilter,
  page: AdminPage<UserSort>,
): Promise<Listed<AdminUserRow>> {
  const where = and(
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.status === 'active' ? isNull(users.disabledAt) : undefined,
    filter.status === 'disabled' ? isNotNull(users.disabledAt) : undefined,
    matchesWords(filter.q, [users.name, users.email]),
  );
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(where)
    .orderBy(...orderOf(page.sort, userSorts, users.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ n: countOf }).from(users).where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function findUser(db: DbOrTx, id: string) {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  return row;
}

export interface UserActivity {
  messagesSent: number;
  properties: number;
}

/**
 * How many messages each user sent and properties they host, for one page of users.
 * messages.sender_id has no index, and gets none: every send would pay for it. A sender is
 * always a participant, so the count reads the user's conversations (indexed by guest and by
 * host) and their messages (indexed by conversation) instead of the whole table.
 */
export async function activityOf(db: DbOrTx, ids: string[]): Promise<Map<string, UserActivity>> {
  if (ids.length === 0) return new Map();
  // Spelled out: in the select list of a query on one table, Drizzle writes a column without
  // its table, which inside these subqueries would name their own `id`.
  const user = sql`${users}.${sql.identifier(users.id.name)}`;
  const rows = await db
    .select({
      id: users.id,
      messagesSent: sql<number>`(select count(*)::int from ${messages} m
        where m.sender_id = ${user} and m.conversation_id in (
          select c.id from ${conversations} c
          where c.guest_id = ${user} or c.host_id = ${user}))`.mapWith(Number),
      properties: sql<number>`(select count(*)::int from ${properties} p
        where p.host_id = ${user})`.mapWith(Number),
    })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map(({ id, ...activity }) => [id, activity]));
}

/** An account as a change to it is decided on: locked, with every active admin. */
export interface LockedAccount {
  id: string;
  role: 'user' | 'admin';
  disabledAt: Date | null;
}

/**
 * Locks `userId`'s row and every active admin's, in id order, until the transaction ends; a
 * row another transaction changed meanwhile is read as it is after that one. Two admins
 * changing accounts at once are thus decided one after the other, so "never the last admin"
 * holds however they race. `no key update` is the lock an UPDATE of these columns takes
 * anyway: it leaves inserts that refer to the user (a message, a refresh token) alone.
 */
export async function lockAccountAndAdmins(
  db: DbOrTx,
  userId: string,
): Promise<{ target: LockedAccount | undefined; activeAdmins: string[] }> {
  const rows = await db
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(or(eq(users.id, userId), and(eq(users.role, 'admin'), isNull(users.disabledAt))))
    .orderBy(users.id)
    .for('no key update');
  return {
    target: rows.find((r) => r.id === userId),
    activeAdmins: rows.filter((r) => r.role === 'admin' && !r.disabledAt).map((r) => r.id),
  };
}

export async function setDisabledAt(db: DbOrTx, userId: string, at: Date | null) {
  await db.update(users).set({ disabledAt: at }).where(eq(users.id, userId));
}

export async function setRole(db: DbOrTx, userId: string, role: 'user' | 'admin') {
  await db.update(users).set({ role }).where(eq(users.id, userId));
}

/** Revokes every live refresh token of the user; answers how many. */
export async function revokeRefreshTokens(db: DbOrTx, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
    .returning({ id: refreshTokens.id });
  return rows.length;
}

/** The account with this e-mail address (in any case), locked until the transaction ends. */
export async function lockAccountByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .for('no key update');
  return row;
}

/** The account with this e-mail address (in any case), unlocked. */
export async function findAccountByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

/** Inserts an admin unless the e-mail address is taken (in any case, by the unique index). */
export async function insertAdmin(
  db: DbOrTx,
  values: { email: string; name: string; passwordHash: string },
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .insert(users)
    .values({ ...values, role: 'admin' })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return row;
}

export async function setPasswordHash(db: DbOrTx, userId: string, passwordHash: string) {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

// the audit log

export interface AuditFilter {
  actorId?: string;
  action?: AuditAction;
  targetType?: string;
  targetId?: string;
}

export type AuditRow = typeof auditLog.$inferSelect;

export async function listAudit(
  db: DbOrTx,
  filter: AuditFilter,
  page: AdminPage<'created_at'>,
): Promise<Listed<AuditRow>> {
  const where = and(
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.targetType ? eq(auditLog.targetType, filter.targetType) : undefined,
    filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
  );
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(...orderOf(page.sort, { created_at: auditLog.createdAt }, auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ n: countOf }).from(auditLog).where(where);
  return { rows, total: count?.n ?? 0 };
}
