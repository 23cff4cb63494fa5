import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildApp, createServices } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from './demo.ts';
import { openPglite, openPostgres, type Database } from './platform/db/connect.ts';
import { DataDirInUseError, lockDataDir } from './platform/db/data-dir-lock.ts';
import { DEFAULT_WEB_DIR } from './platform/http/web-app.ts';

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

async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.warn(
      `Using the embedded database (PGlite) in ${config.dataDir}. It is for one node and for evaluation: ` +
        'it does not fsync, so a crash can lose recent writes. For production set DATABASE_URL to PostgreSQL.',
    );
  }
  const { database, release } = await openConfiguredDatabase(config);
  const app = await buildApp(config, { database, webDir: DEFAULT_WEB_DIR });

  let demo = false;
  if (config.seedDemo && (await isDatabaseEmpty(database.db))) {
    await seedDemo(createServices({ db: database.db, config, now: () => new Date() }));
    demo = true;
  }

  await app.listen({ port: config.port, host: config.host });
  const url =
    config.publicUrl ?? `http://localhost:${(app.server.address() as { port: number }).port}`;
  console.log(`\nFlexBNB Messenger is running at ${url}`);
  console.log(`API docs: ${url}/api/docs`);
  if (demo) {
    console.log(`\nDemo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.label.padEnd(6)} ${a.email}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await database.close();
    await release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirInUseError) {
    console.error(err.message);
  } else {
    console.error('FlexBNB Messenger failed to start:', err);
  }
  process.exit(1);
});
