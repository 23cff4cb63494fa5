import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, claimDemoSeed, seedDemo } from './demo.ts';
import { DataDirInUseError } from './platform/db/data-dir-lock.ts';
import { openConfiguredDatabase } from './platform/db/open.ts';
import { DEFAULT_WEB_DIR } from './platform/http/web-app.ts';

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
  if (config.seedDemo && (await claimDemoSeed(database.db))) {
    await seedDemo(app.services);
    demo = true;
  }

  await app.listen({ port: config.port, host: config.host });
  const url =
    config.publicUrl ?? `http://localhost:${(app.server.address() as { port: number }).port}`;
  // One write, so whoever watches for the URL also has the logins.
  const lines = [`\nFlexBNB Messenger is running at ${url}`, `API docs: ${url}/api/docs`];
  if (demo) {
    lines.push(`\nDemo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.label.padEnd(6)} ${a.email}`);
  }
  console.log(lines.join('\n'));

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
