import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type AppDeps } from '../src/app.ts';
import { loadConfig, type Config, type Env } from '../src/config.ts';
import { openPglite, openPostgres, type Database } from '../src/platform/db/connect.ts';
import { createJobRunner, type JobRunnerOptions } from '../src/platform/jobs/index.ts';

export const dbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/**
 * A fresh, migrated database for one test file: a clone of the run's template. On PostgreSQL
 * `url` names the clone, for tests that start server processes on it.
 */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  if (dbKind === 'pglite') {
    const dump = readFileSync(inject('pgliteTemplate'));
    return openPglite({ loadDataDir: new Blob([dump]), migrate: false });
  }
  const { url, database: template } = inject('postgresTemplate');
  const name = `${template.replace('_tpl_', '_t_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Two workers cloning the same template at once can collide; the loser tries again.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        break;
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openPostgres({ url: dbUrl.toString(), poolSize: 20, migrate: false });
  return {
    ...database,
    url: dbUrl.toString(),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export function testConfig(env: Env = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    AUTH_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000',
    SEND_RATE_LIMIT_PER_MINUTE: '10000',
    // Tests send in bursts on a busy machine; the tests of back-pressure set their own limits.
    SEND_MAX_WAIT_MS: '60000',
    ...env,
  } as Record<string, string>);
}

export interface TestApp {
  app: FastifyInstance;
  database: Database & { url?: string };
  /** Shifts the server's clock from real time (token expiry, reminders). */
  clock: { offsetMs: number };
  close(): Promise<void>;
}

/** The real application on a real database, for `inject`. */
export async function createTestApp(
  env: Env = {},
  deps: Pick<AppDeps, 'httpsAgent'> = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = { offsetMs: 0 };
  const now = () => new Date(Date.now() + clock.offsetMs);
  const app = await buildApp(testConfig(env), { database, now, ...deps });
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Runs every due job of the app, as a worker would, until none is left. A retry whose back-off
 * ends while it drains runs too; a test that wants the failure to stay pins `now`.
 */
export async function drainJobs(t: TestApp, options: Pick<JobRunnerOptions, 'now'> = {}) {
  const runner = createJobRunner({
    database: t.database,
    jobs: t.app.services.jobs,
    log: silent,
    ...options,
  });
  await runner.drain();
  await runner.stop();
}

let counter = 0;
export function uniqueEmail(prefix = 'user') {
  counter += 1;
  return `${prefix}.${counter}.${randomBytes(3).toString('hex')}@example.com`;
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  token: string;
  refreshToken: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A small client over `app.inject` that signs requests as a user. */
export function api(app: FastifyInstance) {
  const call = async (
    method: Method,
    url: string,
    options: { as?: TestUser | string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse & { data: any }> => {
    const token = typeof options.as === 'string' ? options.as : options.as?.token;
    const res = await app.inject({
      method,
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
    });
    let data: unknown;
    try {
      data = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      data = res.body;
    }
    return Object.assign(res, { data });
  };
  return {
    call,
    get: (url: string, as?: TestUser) => call('GET', url, { as }),
    post: (url: string, body: unknown, as?: TestUser) => call('POST', url, { body, as }),
  };
}
