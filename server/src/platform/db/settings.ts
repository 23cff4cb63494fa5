import { eq } from 'drizzle-orm';
import type { DbOrTx } from './connect.ts';
import { appSettings } from './schema.ts';

/** Returns the stored value of `key`, storing `fallback` first if there is none (race-safe). */
export async function getOrCreateSetting(
  db: DbOrTx,
  key: string,
  fallback: string,
): Promise<string> {
  await db.insert(appSettings).values({ key, value: fallback }).onConflictDoNothing();
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, key));
  return row!.value;
}

/** Stores `key` once; true only for the one caller (of any node) that stored it. */
export async function claimSetting(db: DbOrTx, key: string, value: string): Promise<boolean> {
  const rows = await db
    .insert(appSettings)
    .values({ key, value })
    .onConflictDoNothing()
    .returning({ key: appSettings.key });
  return rows.length === 1;
}
