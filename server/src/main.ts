import { buildApp, buildWorkerApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  claimDemoSeed,
  guardDemoAccounts,
  seedDemo,
} from './demo.ts';
import { DataDirInUseError } from './platform/db/data-dir-lock.ts';
import { openConfiguredDatabase } from './platform/db/open.ts';
import { DEFAULT_WEB_DIR } from './platform/http/web-app.ts';
import { createConfiguredJobRunner } from './platform/jobs/index.ts';
import { startNodeHeartbeat } from './platform/nodes.ts';

/** A stop that takes longer (a stuck request or job) ends the process anyway. */
const STOP_DEADLINE_MS = 10_000;

async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.warn(
      `Using the embedded database (PGlite) in ${config.dataDir}. It is for one node and for evaluation: ` +
        'it does not fsync, so a crash can lose recent writes. For production set DATABASE_URL to PostgreSQL.',
    );
  }
  const { database, release } = await openConfiguredDatabase(config);
  // A worker-only node serves the health probes and nothing else over HTTP.
  let stopping = false;
  const app = config.roles.api
    ? await buildApp(config, { database, webDir: DEFAULT_WEB_DIR, stopping: () => stopping })
    : await buildWorkerApp(config, { database, stopping: () => stopping });

  let demo = false;
  if (config.roles.api && config.seedDemo && (await claimDemoSeed(database.db))) {
    await seedDemo(app.services);
    demo = true;
  }
  if (config.roles.api) {
    const { demoted } = await guardDemoAccounts(database.db, config);
    if (demoted) {
      app.log.warn('the demo admin account is an ordinary user outside NODE_ENV=development');
    }
  }
  // After the demo seeding, which only fills a database without users.
  if (config.admin) {
    const admin = await app.services.admin.accounts.ensureAdmin(config.admin);
    if (admin.created || admin.promoted) {
      app.log.info(
        { userId: admin.id },
        `ADMIN_EMAIL: ${config.admin.email} ${admin.created ? 'created' : 'made an administrator'}`,
      );
    }
  }

  const runner = config.roles.worker
    ? createConfiguredJobRunner(config, { database, jobs: app.services.jobs, log: app.log })
    : undefined;

  await app.listen({ port: config.port, host: config.host });
  await runner?.start();
  const roles = (['api', 'worker'] as const).filter((role) => config.roles[role]);
  // The admin dashboard lists the nodes alive from these rows.
  const heartbeat = await startNodeHeartbeat({
    db: database.db,
    roles,
    sockets: config.roles.api ? () => app.realtime.io.of('/').sockets.size : () => 0,
    log: app.log,
  });
  const url =
    config.publicUrl ?? `http://localhost:${(app.server.address() as { port: number }).port}`;
  // One write, so whoever watches for the URL also has the logins.
  const lines = config.roles.api
    ? [`\nFlexBNB Messenger is running at ${url}`, `API docs: ${url}/api/docs`]
    : [
        `\nFlexBNB Messenger worker is running at ${url} (it serves /healthz, /readyz and /metrics only)`,
      ];
  lines.push(`Roles: ${roles.join(', ')}`);
  if (demo) {
    lines.push(`\nDemo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.label.padEnd(6)} ${a.email}`);
  }
  console.log(lines.join('\n'));

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    const started = Date.now();
    const deadline = setTimeout(() => {
      app.log.error(`did not stop within ${STOP_DEADLINE_MS / 1000} s: exiting now`);
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    // Unready first (/readyz answers 503), for load balancers to turn new work away.
    await new Promise((resolve) => setTimeout(resolve, config.stopDrainMs));
    // The runner next: it finishes or releases the jobs it holds while the database is up.
    await runner?.stop();
    await heartbeat.stop();
    // Sockets are told to reconnect (to another node), and in-flight requests finish — until a
    // second before the deadline: a client that stopped reading its answer cannot hold the stop.
    const cutOff = setTimeout(
      () => app.server.closeAllConnections(),
      Math.max(0, started + STOP_DEADLINE_MS - 1000 - Date.now()),
    );
    cutOff.unref();
    await app.close();
    clearTimeout(cutOff);
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
