import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { SERVER_DIR } from '../paths.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; every repo function takes `Db | Tx` so services choose the scope. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel` (`pg_notify(channel, …)`),
   * delivered when the notifying transaction commits. On PostgreSQL all of a handle's
   * listeners share one dedicated connection outside the pool, which reconnects with back-off
   * when it is lost; notifications sent while it was down are lost, so `onReconnect` is called
   * once it listens again, for the caller to catch up. Resolves once the database listens;
   * the returned function stops listening. Throws when `channel` is not a plain lower-case
   * identifier, or when the first connection cannot be made.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  /**
   * How the connection pool is used at this moment, on PostgreSQL; absent on PGlite, which is
   * one connection inside this process.
   */
  poolUsage?(): PoolUsage;
  close(): Promise<void>;
}

/** A moment of node-postgres's pool: its connections open, those idle, the queries waiting. */
export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export const MIGRATIONS_DIR = path.join(SERVER_DIR, 'drizzle');

// Any fixed number: every node that starts takes this lock, so only one migrates at a time.
const MIGRATION_LOCK_KEY = 72_310_417;

export interface PostgresOptions {
  url: string;
  poolSize?: number;
}

/** Connects to PostgreSQL with a pool; `migrate` runs pending migrations under an advisory lock. */
export async function openPostgres(
  options: PostgresOptions & { migrate?: boolean },
): Promise<Database> {
  const max = options.poolSize ?? 10;
  const pool = new pg.Pool({ connectionString: options.url, max });
  // An idle client's connection error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => undefined);
  if (options.migrate ?? true) {
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
      client.release();
    }
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const listener = new PostgresListener(options.url);
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    listen: (channel, onNotify, onReconnect) => listener.listen(channel, onNotify, onReconnect),
    poolUsage: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max,
    }),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

function checkChannel(channel: string) {
  if (!CHANNEL.test(channel)) {
    throw new RangeError(`Invalid channel name ${JSON.stringify(channel)}: use [a-z0-9_]`);
  }
}

interface Subscriber {
  onNotify: (payload: string) => void;
  onReconnect: (() => void) | undefined;
}

/**
 * LISTEN needs a session of its own: a pooled connection goes back to the pool between
 * queries, and its LISTENs with it. One client per database handle carries every channel.
 */
class PostgresListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly channels = new Map<string, Set<Subscriber>>();
  private retryTimer: NodeJS.Timeout | undefined;
  private retryMs = 100;
  private closed = false;
  // pg wants one query at a time per client; listeners of several runners may ask at once.
  private serial: Promise<unknown> = Promise.resolve();

  constructor(private readonly url: string) {}

  private query(client: pg.Client, text: string): Promise<unknown> {
    const result = this.serial.then(() => client.query(text));
    this.serial = result.catch(() => undefined);
    return result;
  }

  async listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>> {
    checkChannel(channel);
    if (this.closed) throw new Error('The database is closed');
    const subscriber: Subscriber = { onNotify, onReconnect };
    let subscribers = this.channels.get(channel);
    if (!subscribers) {
      subscribers = new Set();
      this.channels.set(channel, subscribers);
    }
    subscribers.add(subscriber);
    try {
      const client = await this.connect();
      // A reconnect in between has LISTENed to every channel already; LISTEN twice is a no-op.
      await this.query(client, `listen ${channel}`);
    } catch (err) {
      subscribers.delete(subscriber);
      if (subscribers.size === 0 && this.channels.get(channel) === subscribers) {
        this.channels.delete(channel);
      }
      throw err;
    }
    return async () => {
      const current = this.channels.get(channel);
      if (!current?.delete(subscriber) || current.size > 0) return;
      this.channels.delete(channel);
      if (this.client) await this.query(this.client, `unlisten ${channel}`).catch(() => undefined);
    };
  }

  async close() {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.channels.clear();
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'flexbnb-listen',
      // A silently dropped connection (a NAT timeout, say) must be noticed to be replaced.
      keepAlive: true,
    });
    client.on('notification', (message) => {
      for (const subscriber of this.channels.get(message.channel) ?? []) {
        subscriber.onNotify(message.payload ?? '');
      }
    });
    // Only a connection that was up is lost; a failed connect is the caller's error.
    let up = false;
    const onLost = () => {
      if (!up) return;
      up = false;
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    // Without an 'error' listener a lost connection would crash the process.
    client.on('error', onLost);
    client.on('end', onLost);
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await this.query(client, `listen ${channel}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      throw new Error('The database is closed');
    }
    up = true;
    this.client = client;
    this.retryMs = 100;
    return client;
  }

  private scheduleReconnect() {
    if (this.closed || this.retryTimer) return;
    // Full jitter, so that every node of a cluster does not reconnect at the same instant.
    const delay = Math.random() * this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.closed || this.client || this.channels.size === 0) return;
      this.connect().then(
        () => {
          for (const subscribers of this.channels.values()) {
            for (const subscriber of subscribers) subscriber.onReconnect?.();
          }
        },
        () => this.scheduleReconnect(),
      );
    }, delay);
    this.retryTimer.unref();
  }
}

/**
 * Opens embedded PGlite: in `dataDir` when given (created if missing), in memory otherwise,
 * or from a data-directory dump (tests clone a migrated template that way).
 */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob; migrate?: boolean } = {},
): Promise<Database & { client: PGlite }> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Loaded only when used: a node on PostgreSQL does not carry the embedded database's code.
  const [
    { PGlite },
    { btree_gist },
    { pg_trgm },
    { drizzle: drizzlePglite },
    { migrate: migratePglite },
  ] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    // The reservations' no-overlap constraint (migration 0010) and search by name (0014).
    extensions: { btree_gist, pg_trgm },
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  if (options.migrate ?? true) {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
  }
  return {
    db,
    client,
    kind: 'pglite',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    // PGlite runs in this process and delivers its own NOTIFYs on commit; nothing to reconnect.
    listen: async (channel, onNotify) => {
      checkChannel(channel);
      const unlisten = await client.listen(channel, onNotify);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    close: () => client.close(),
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T extends Record<string, unknown>>(
  db: DbOrTx,
  query: SQL,
): Promise<T[]> {
  const result = await db.execute<T>(query);
  return (result as { rows: T[] }).rows;
}

/**
 * A statement built and prepared once per database handle, then reused: drizzle builds its
 * SQL once, and each PostgreSQL connection parses and plans it once instead of on every
 * request. Its name (`.prepare(name)`) must be unique among the server's statements.
 */
export function prepared<Statement>(build: (db: DbOrTx) => Statement): (db: DbOrTx) => Statement {
  const built = new WeakMap<DbOrTx, Statement>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}

/**
 * A statement whose text depends on a `shape` (which filters a query has, say), prepared once
 * per database handle and shape (see `prepared`); each shape needs its own name.
 */
export function preparedPerShape<Shape, Statement>(
  build: (db: DbOrTx, shape: Shape) => Statement,
): (db: DbOrTx, shape: Shape) => Statement {
  const statementsOf = prepared(() => new Map<string, Statement>());
  return (db, shape) => {
    const statements = statementsOf(db);
    const key = JSON.stringify(shape);
    let statement = statements.get(key);
    if (!statement) {
      statement = build(db, shape);
      statements.set(key, statement);
    }
    return statement;
  };
}
