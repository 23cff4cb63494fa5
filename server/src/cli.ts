import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createServices } from './services.ts';
import { consoleLog } from './platform/log.ts';
import { ConfigError, loadConfig } from './config.ts';
import { claimDemoSeed, seedDemo } from './demo.ts';
import { openConfiguredDatabase } from './platform/db/open.ts';
import { DataDirInUseError } from './platform/db/data-dir-lock.ts';
import { AppError } from './platform/errors.ts';

const USAGE = `Usage: npm run cli -- <command>

  serve                         start the server (what npm start runs)
  migrate                       apply pending database migrations and exit
  seed-demo                     fill an empty database with the demo accounts and conversations
  process-reminders [--dry-run] send every automated reminder that is due, print what was sent,
                                and exit (for cron; running servers also send them on time);
                                --dry-run lists what is due and sends nothing
  create-admin --email E --password P [--name N]
                                create an administrator account, or make the account with
                                that email one (it also gets that password and is enabled)
`;

async function run(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === 'serve') {
    await import('./main.ts');
    return;
  }
  if (
    !command ||
    !['migrate', 'seed-demo', 'create-admin', 'process-reminders'].includes(command)
  ) {
    console.log(USAGE);
    process.exitCode = command ? 2 : 0;
    return;
  }
  const config = loadConfig();
  const { database, release } = await openConfiguredDatabase(config).catch((err: unknown) => {
    if (command === 'process-reminders' && err instanceof DataDirInUseError) {
      throw new DataDirInUseError(
        `A FlexBNB Messenger server holds DATA_DIR ${config.dataDir}, and the embedded database ` +
          'takes one process at a time, so this command cannot run beside it. A server whose ' +
          'ROLES include worker (the default) sends every reminder itself within seconds of ' +
          'its time, so there is nothing to do while it runs. To run passes from cron, use ' +
          'PostgreSQL (DATABASE_URL).',
      );
    }
    throw err;
  });
  try {
    const services = createServices({
      db: database.db,
      config,
      now: () => new Date(),
      log: consoleLog,
    });
    if (command === 'migrate') {
      console.log('Database migrated.');
    } else if (command === 'seed-demo') {
      if (await claimDemoSeed(database.db)) {
        await seedDemo(services);
        console.log('Demo data created.');
      } else {
        console.log('The database already has users (or was seeded before); nothing done.');
      }
    } else if (command === 'process-reminders') {
      await processReminders(services, rest);
    } else {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          password: { type: 'string' },
        },
      });
      const email = values.email?.trim() ?? '';
      // The same rules as registration and ADMIN_EMAIL / ADMIN_PASSWORD.
      if (
        !z.email().max(254).safeParse(email).success ||
        !values.password ||
        values.password.length < 8 ||
        values.password.length > 256
      ) {
        console.error(
          'create-admin needs --email and --password (8 characters or more); --name is optional.',
        );
        process.exitCode = 2;
        return;
      }
      const admin = await services.admin.accounts.createAdmin({
        email,
        name: values.name,
        password: values.password,
      });
      const done = admin.created
        ? 'created'
        : [
            admin.promoted ? 'made an administrator' : 'already an administrator',
            admin.enabled && 'enabled',
            'password set',
          ]
            .filter(Boolean)
            .join(', ');
      console.log(`Administrator ${email} ${done} (${admin.id}).`);
    }
  } finally {
    await database.close();
    await release();
  }
}

/** The specification's management command: one pass over the due reminders. */
async function processReminders(services: ReturnType<typeof createServices>, args: string[]) {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' } } });
  if (values['dry-run']) {
    const due = await services.reminders.due();
    for (const r of due) {
      console.log(
        `${r.scheduled_for}  ${r.reminder_type} (${r.offset_minutes} min before)  ` +
          `${r.property_title}, ${r.guest_name}  reservation ${r.reservation_id}`,
      );
    }
    console.log(
      `${due.length} reminder${due.length === 1 ? '' : 's'} due; nothing sent (--dry-run).`,
    );
    return;
  }
  const { sent, skipped } = await services.reminders.sendDue();
  for (const r of sent) {
    console.log(
      `sent  ${r.title}  to ${r.host_message ? 'guest and host' : 'guest'}  reservation ${r.reservation_id}`,
    );
  }
  console.log(
    `Sent ${sent.length} reminder${sent.length === 1 ? '' : 's'}; skipped ${skipped} ` +
      '(a check-in or check-out reminder of a stay not confirmed).',
  );
}

run(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirInUseError || err instanceof AppError) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
