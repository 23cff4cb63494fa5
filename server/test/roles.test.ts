import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, queryRows, type Database } from '../src/platform/db/connect.ts';
import { dbKind, openTestDatabase } from './harness.ts';
import { spawnServer, type ServerProcess } from './server-process.ts';

const running: ServerProcess[] = [];
afterAll(() => running.forEach((s) => s.child.kill('SIGKILL')));

const start = (env: Record<string, string>) => {
  const server = spawnServer({
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'roles-secret-roles-secret-roles-secret-01',
    SEED_DEMO: 'false',
    // The change feed's prune is the recurring job every worker keeps scheduled.
    CHANGE_EVENTS_PRUNE_INTERVAL_SECONDS: '1',
    ...env,
  });
  running.push(server);
  return server;
};

async function jobsByKind(database: Database) {
  return queryRows<{ kind: string; state: string }>(
    database.db,
    sql`select kind, state from jobs order by created_at`,
  );
}

/** What a node answers over HTTP, for the role checks. */
async function probe(url: string) {
  const [health, ready, login, docs, metrics] = await Promise.all([
    fetch(`${url}/healthz`),
    fetch(`${url}/readyz/`),
    fetch(`${url}/api/auth/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'password123' }),
    }),
    fetch(`${url}/api/openapi.json`),
    fetch(`${url}/metrics`),
  ]);
  return {
    health: health.status,
    ready: ready.status,
    login: login.status,
    docs: docs.status,
    metrics: metrics.status,
  };
}

/** The nodes' rows of the heartbeat (platform/nodes.ts). */
async function nodeRoles(database: Database) {
  const rows = await queryRows<{ roles: string[] }>(
    database.db,
    sql`select roles from server_nodes order by roles`,
  );
  return rows.map((r) => r.roles.join(','));
}

async function untilCompleted(read: () => Promise<{ kind: string; state: string }[]>) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const jobs = await read();
    if (jobs.some((j) => j.kind === 'sync.prune-change-events' && j.state === 'completed')) {
      return jobs;
    }
    if (Date.now() > deadline) throw new Error(`no prune completed: ${JSON.stringify(jobs)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('ROLES', () => {
  it(`runs jobs only on a worker, and a worker serves only the probes and /metrics (${dbKind})`, async () => {
    if (dbKind === 'postgres') {
      // Both nodes at once on one database, as a deployment splits them.
      const database = await openTestDatabase();
      try {
        const api = start({ DATABASE_URL: database.url!, ROLES: 'api' });
        const apiUrl = await api.ready;
        expect(api.output()).toContain('Roles: api');
        expect(await probe(apiUrl)).toEqual({
          health: 200,
          ready: 200,
          login: 401,
          docs: 200,
          metrics: 200,
        });
        await new Promise((r) => setTimeout(r, 1500));
        expect(await jobsByKind(database)).toEqual([]);

        const worker = start({ DATABASE_URL: database.url!, ROLES: 'worker' });
        const workerUrl = await worker.ready;
        expect(worker.output()).toContain('Roles: worker');
        expect(await probe(workerUrl)).toEqual({
          health: 200,
          ready: 200,
          login: 404,
          docs: 404,
          metrics: 200,
        });
        await untilCompleted(() => jobsByKind(database));
        // Each node says it is alive, with its roles; a graceful stop takes its row away.
        expect(await nodeRoles(database)).toEqual(['api', 'worker']);
        await Promise.all([api.stop(), worker.stop()]);
        expect([await api.exited, await worker.exited]).toEqual([0, 0]);
        expect(await nodeRoles(database)).toEqual([]);
      } finally {
        await database.close();
      }
      return;
    }
    // PGlite: one process per data folder, so the roles take turns on it.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-roles-'));
    const readDatabase = async <T>(read: (database: Database) => Promise<T>) => {
      const database = await openPglite({ dataDir: path.join(dataDir, 'pglite'), migrate: false });
      try {
        return await read(database);
      } finally {
        await database.close();
      }
    };
    const readJobs = () => readDatabase(jobsByKind);
    try {
      const api = start({ DATA_DIR: dataDir, ROLES: 'api' });
      const apiUrl = await api.ready;
      expect(await probe(apiUrl)).toEqual({
        health: 200,
        ready: 200,
        login: 401,
        docs: 200,
        metrics: 200,
      });
      await new Promise((r) => setTimeout(r, 1500));
      await api.stop();
      expect(await api.exited).toBe(0);
      expect(await readJobs()).toEqual([]);
      // A graceful stop took the node's row away.
      expect(await readDatabase(nodeRoles)).toEqual([]);

      const worker = start({ DATA_DIR: dataDir, ROLES: 'worker' });
      const workerUrl = await worker.ready;
      expect(await probe(workerUrl)).toEqual({
        health: 200,
        ready: 200,
        login: 404,
        docs: 404,
        metrics: 200,
      });
      await new Promise((r) => setTimeout(r, 2500));
      await worker.stop();
      expect(await worker.exited).toBe(0);
      await untilCompleted(readJobs);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('refuses an unknown role at start-up', async () => {
    const node = start({ DATA_DIR: '/nonexistent-never-created', ROLES: 'api,mailer' });
    expect(await node.exited).toBe(1);
    expect(node.output()).toContain('ROLES');
  });
});
