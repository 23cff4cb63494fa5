// A node of the race tests (modules/reminders/reminders.test.ts and
// modules/scheduled-messages/scheduled-messages.test.ts), in a process of its own as a real node
// is: its own pool, services and configured job runner, which runs every module's jobs (the due
// reminders' and scheduled messages' send jobs among them) until the test kills the process. With
// MODE=command it is instead the management command (`process-reminders`): once ready it waits
// for a line on stdin (the test's go), passes over the due reminders every 100 ms until none is
// left scheduled (a tight cron), then prints what it sent and exits.
// Env: DATABASE_URL (an `application_name` in it names the process to the database),
// JOBS_CONCURRENCY, MODE. Warnings and errors go to stderr, one line each.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { openPostgres, queryRows } from '../src/platform/db/connect.ts';
import { createConfiguredJobRunner } from '../src/platform/jobs/index.ts';
import type { Logger } from '../src/platform/context.ts';
import { createServices } from '../src/services.ts';
import { testConfig } from './harness.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL');
const config = testConfig({ DATABASE_URL: url, JOBS_CONCURRENCY: process.env.JOBS_CONCURRENCY });
const report = (level: string) => (details: object, message: string) =>
  console.error(`${level}: ${message} ${JSON.stringify(details, errorFields)}`);
const log: Logger = { info: () => undefined, warn: report('warn'), error: report('error') };

const database = await openPostgres({ url, poolSize: config.databasePoolSize, migrate: false });
const services = createServices({ db: database.db, config, now: () => new Date(), log });

if (process.env.MODE === 'command') {
  const input = createInterface({ input: process.stdin });
  console.log('command ready');
  await once(input, 'line');
  input.close();
  // A pass every 100 ms, as a tight cron would, until none is left scheduled.
  let sent = 0;
  let skipped = 0;
  let passes = 0;
  for (;;) {
    const pass = await services.reminders.sendDue();
    passes += 1;
    sent += pass.sent.length;
    skipped += pass.skipped;
    const [left] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from automated_reminders where status = 'scheduled'`,
    );
    if (left!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`command sent ${sent} skipped ${skipped} in ${passes} passes`);
  await services.notifications.close();
  await database.close();
  process.exit(0);
} else {
  const runner = createConfiguredJobRunner(config, { database, jobs: services.jobs, log });
  await runner.start();
  console.log('worker ready');
  // The runner's timers are unref'd; this process lives until it is killed.
  setInterval(() => undefined, 60_000);
}

/** An Error's message and stack, which JSON.stringify would drop. */
function errorFields(_key: string, value: unknown) {
  return value instanceof Error ? { message: value.message, stack: value.stack } : value;
}
