// One worker node of the reminders bench, in a process of its own as a real `ROLES=worker`
// node is: its pool, services and configured job runner. For each `run` the bench sends the
// node drains the due jobs and answers its CPU time; `stop` ends it. (As lib/notification-node.ts,
// without the push stand-in: reminders go out in-app only.)
import type { Config } from '../../server/src/config.ts';
import { openPostgres } from '../../server/src/platform/db/connect.ts';
import { createConfiguredJobRunner } from '../../server/src/platform/jobs/index.ts';
import { createServices } from '../../server/src/services.ts';

export interface ReminderNodeSetup {
  config: Config;
}

export type ReminderNodeMessage = { type: 'ready' } | { type: 'drained'; cpuMs: number };

const setup = JSON.parse(process.env.BENCH_REMINDER_NODE ?? 'null') as ReminderNodeSetup | null;
if (!setup || !process.send) throw new Error('Started by bench/reminders.ts only');
const tell = (message: ReminderNodeMessage) => process.send!(message);
const quiet = {
  info: () => undefined,
  warn: (details: object, message: string) => console.warn(message, details),
  error: (details: object, message: string) => console.error(message, details),
};

const { config } = setup;
const database = await openPostgres({
  url: config.databaseUrl!,
  poolSize: config.databasePoolSize,
  migrate: false,
});
const services = createServices({ db: database.db, config, now: () => new Date(), log: quiet });

process.on('message', (message: string) => {
  if (message === 'run') {
    // A runner per drain: between drains none listens, so the next backlog is seeded whole
    // before any of it is sent.
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
      process.exit(0);
    })();
  }
});
tell({ type: 'ready' });
