import { parseArgs } from 'node:util';
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
  create-admin --email E --name N --password P
                                create an administrator account
`;

async function run(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === 'serve') {
    await import('./main.ts');
    return;
  }
  if (!command || !['migrate', 'seed-demo', 'create-admin'].includes(command)) {
    console.log(USAGE);
    process.exitCode = command ? 2 : 0;
    return;
  }
  const config = loadConfig();
  const { database, release } = await openConfiguredDatabase(config);
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
    } else {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          password: { type: 'string' },
        },
      });
      if (!values.email || !values.name || !values.password || values.password.length < 8) {
        console.error('create-admin needs --email, --name and --password (8 characters or more).');
        process.exitCode = 2;
        return;
      }
      const user = await services.auth.createUser({
        email: values.email,
        name: values.name,
        password: values.password,
        role: 'admin',
      });
      console.log(`Administrator ${user.email} created (${user.id}).`);
    }
  } finally {
    await database.close();
    await release();
  }
}

run(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirInUseError || err instanceof AppError) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
