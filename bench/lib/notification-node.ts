// One worker node of the notifications bench, in a process of its own as a real node is: its
// pool, services (and so SMTP pool) and configured job runner. For each `run` the bench sends
// the node drains the due jobs and answers its CPU time; `stop` ends it.
import https from 'node:https';
import type { Config } from '../../server/src/config.ts';
import { openPostgres } from '../../server/src/platform/db/connect.ts';
import { createConfiguredJobRunner } from '../../server/src/platform/jobs/index.ts';
import { createServices } from '../../server/src/services.ts';

export interface NodeSetup {
  config: Config;
  /** The push stand-in's CA (PEM). */
  ca: string;
}

export type NodeMessage = { type: 'ready' } | { type: 'drained'; cpuMs: number };

const setup = JSON.parse(process.env.BENCH_NOTIFICATION_NODE ?? 'null') as NodeSetup | null;
if (!setup || !process.send) throw new Error('Started by bench/notifications.ts only');
const tell = (message: NodeMessage) => process.send!(message);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

const { config } = setup;
const database = await openPostgres({
  url: config.databaseUrl!,
  poolSize: config.databasePoolSize,
  migrate: false,
});
// Kept alive as Node's global agent is; closed by this side after 4 s idle, before the
// stand-in's server would (5 s), so no push goes out on a connection being closed.
const agent = new https.Agent({ ca: setup.ca, keepAlive: true, timeout: 4_000 });
const services = createServices({
  db: database.db,
  config,
  now: () => new Date(),
  log: quiet,
  httpsAgent: agent,
});

process.on('message', (message: string) => {
  if (message === 'run') {
    // A runner per drain: between drains none listens, so the next backlog is raised whole
    // before any of it is delivered.
    const runner = createConfiguredJobRunner(config, {
      database,
      jobs: services.jobs,
      log: quiet,
    });
    const before = process.cpuUsage();
    void (async () => {
      await runner.start();
      await runner.drain();
      const cpu = process.cpuUsage(before);
      await runner.stop();
      tell({ type: 'drained', cpuMs: (cpu.user + cpu.system) / 1000 });
    })();
  } else if (message === 'stop') {
    void (async () => {
      await services.notifications.close();
      await database.close();
      agent.destroy();
      process.exit(0);
    })();
  }
});
tell({ type: 'ready' });
