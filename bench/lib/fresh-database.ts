import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres, type Database } from '../../server/src/platform/db/connect.ts';

export interface FreshDatabase {
  name: string;
  url: string;
  database: Database;
}

/**
 * Creates `flexbnb_bench_<random>` on the server, migrates it with the application's own
 * migrations, hands it to `body`, and drops it afterwards whether `body` succeeded or not.
 */
export async function withFreshDatabase<T>(
  serverUrl: string,
  body: (fresh: FreshDatabase) => Promise<T>,
  options: { poolSize?: number } = {},
): Promise<T> {
  const name = `flexbnb_bench_${randomBytes(4).toString('hex')}`;
  const drop = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  // A bench stopped with Ctrl-C or killed must not leave a gigabyte-sized database behind.
  const onInterrupt = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: dropping ${name}`);
    void drop().finally(() => process.exit(signal === 'SIGTERM' ? 143 : 130));
  };
  await adminQuery(serverUrl, `create database ${name}`);
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let database: Database | undefined;
  try {
    database = await openPostgres({ url: url.toString(), poolSize: options.poolSize ?? 10 });
    return await body({ name, url: url.toString(), database });
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    await database?.close();
    await drop();
  }
}

async function adminQuery(serverUrl: string, text: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
