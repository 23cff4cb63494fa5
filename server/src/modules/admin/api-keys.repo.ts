import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { ApiKeyScope, ScreeningPolicy } from '@flexbnb/contracts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { apiKeys } from '../../platform/db/schema.ts';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(
  db: DbOrTx,
  values: {
    name: string;
    prefix: string;
    keyHash: string;
    scopes: ApiKeyScope[];
    screeningPolicy: ScreeningPolicy | null;
    createdBy: string | null;
  },
): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  return row!;
}

/** Every key, newest first: an installation has a handful. */
export async function listApiKeys(db: DbOrTx): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export async function findApiKey(db: DbOrTx, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

export async function findApiKeyByHash(
  db: DbOrTx,
  keyHash: string,
): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash));
  return row;
}

/**
 * Changes a key's name or screening policy (the fields given), locked for the rest of the
 * transaction; answers the row as it was and as it now is, or undefined when unknown.
 */
export async function updateApiKey(
  db: DbOrTx,
  id: string,
  values: { name?: string; screeningPolicy?: ScreeningPolicy | null },
): Promise<{ before: ApiKeyRow; after: ApiKeyRow } | undefined> {
  const [before] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
  if (!before) return undefined;
  const [after] = await db.update(apiKeys).set(values).where(eq(apiKeys.id, id)).returning();
  return { before, after: after! };
}

/** Revokes a key not revoked yet; answers the row when this call revoked it. */
export async function revokeApiKey(db: DbOrTx, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row;
}

/** Marks a key used now, unless it was marked within `withinMs` (so a busy key writes rarely). */
export async function touchApiKey(db: DbOrTx, id: string, now: Date, withinMs: number) {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - withinMs))),
      ),
    );
}
