import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { openPglite, openPostgres, type Database } from './connect.ts';
import { lockDataDir } from './data-dir-lock.ts';

/** Opens the configured database, migrated; for PGlite, under the data folder's lock. */
export async function openConfiguredDatabase(
  config: Config,
): Promise<{ database: Database; release: () => Promise<void> }> {
  if (config.databaseUrl) {
    const database = await openPostgres({
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
    });
    return { database, release: async () => {} };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const unlock = await lockDataDir(config.dataDir, (err) => {
    console.error(`Lost the lock on DATA_DIR (${err.message}); stopping to protect the data.`);
    process.exit(1);
  });
  try {
    const database = await openPglite({ dataDir: path.join(config.dataDir, 'pglite') });
    return { database, release: unlock };
  } catch (err) {
    await unlock();
    throw err;
  }
}
