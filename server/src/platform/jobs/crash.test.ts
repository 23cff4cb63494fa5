import { waitFor } from '../../../test/wait.ts';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dbKind, openTestDatabase } from '../../../test/harness.ts';
import { queryRows, type Database } from '../db/connect.ts';
import {
  createJobRunner,
  defineJob,
  enqueue,
  type JobDefinition,
  type JobLogger,
} from './index.ts';

// A worker dies mid-attempt, after its side effect and before it could record the outcome.
// On PostgreSQL it is a real process killed with SIGKILL; PGlite cannot be opened by two
// processes, so there the dead worker is a runner in this process whose handler never
// returns and which is never stopped. Either way the lease really runs out and another
// runner really takes the job.

const KIND = 'test.crash';
const LEASE_MS = 1_500;
const serverDir = path.resolve(import.meta.dirname, '../../..');

let database: Database & { url?: string };
const logged: string[] = [];
const log: JobLogger = {
  info: (_details, message) => logged.push(message),
  warn: (_details, message) => logged.push(message),
  error: (_details, message) => logged.push(message),
};

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.execute(
    sql`create table job_side_effects (key text primary key, attempt int not null, pid int not null)`,
  );
});

afterAll(async () => {
  await database?.close();
});

const jobRow = async (id: string) => {
  const [row] = await queryRows<{
    state: string;
    attempts: number;
    locked_until: number | null;
    last_error: string | null;
  }>(
    database.db,
    sql`select state, attempts, extract(epoch from locked_until)::float8 * 1000 as locked_until,
               last_error
        from jobs where id = ${id}`,
  );
  return row!;
};

/** Starts the doomed worker; resolves once its handler did the side effect and hangs. */
async function crashingWorker(): Promise<{ kill: () => Promise<void> }> {
  if (dbKind === 'postgres') {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/job-worker.ts'], {
      cwd: serverDir,
      env: {
        ...process.env,
        DATABASE_URL: database.url!,
        JOB_KIND: KIND,
        LEASE_MS: String(LEASE_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/started \S+ attempt 1/.test(output)) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then(() => reject(new Error(`the worker exited:\n${output}`)));
    });
    return {
      kill: async () => {
        child.kill('SIGKILL');
        expect(await exited).toBe('SIGKILL');
      },
    };
  }
  let started!: () => void;
  const startedOnce = new Promise<void>((resolve) => (started = resolve));
  const doomed = defineJob({
    kind: KIND,
    leaseMs: LEASE_MS,
    run: async (job, { db }) => {
      await db.execute(
        sql`insert into job_side_effects (key, attempt, pid)
            values (${job.idempotencyKey}, ${job.attempt}, ${process.pid})
            on conflict (key) do nothing`,
      );
      started();
      await new Promise(() => {}); // dies here: never returns, whatever the signal says
    },
  });
  const runner = createJobRunner({ database, jobs: [doomed], concurrency: 1, pollMs: 50, log });
  await runner.start();
  await startedOnce;
  // Abandoned, never stopped: it holds its only slot for ever and claims nothing more.
  return { kill: async () => {} };
}

it('runs a job again once the lease of its killed worker runs out, and its side effect happens once', async () => {
  const { id } = await enqueue(database.db, KIND, {}, { idempotencyKey: 'crash-1' });
  const worker = await crashingWorker();
  await worker.kill();

  const held = await jobRow(id);
  expect(held).toMatchObject({ state: 'running', attempts: 1 });
  const leaseEnds = held.locked_until!;

  const seen: { attempt: number; key: string; at: number }[] = [];
  const survivor: JobDefinition = defineJob({
    kind: KIND,
    leaseMs: LEASE_MS,
    run: async (job, { db }) => {
      seen.push({ attempt: job.attempt, key: job.idempotencyKey, at: Date.now() });
      await db.execute(
        sql`insert into job_side_effects (key, attempt, pid)
            values (${job.idempotencyKey}, ${job.attempt}, ${process.pid})
            on conflict (key) do nothing`,
      );
    },
  });
  const runner = createJobRunner({ database, jobs: [survivor], pollMs: 50, log });
  await runner.start();
  try {
    await waitFor(
      async () => ((await jobRow(id)).state === 'completed' ? true : undefined),
      10_000,
    );
  } finally {
    await runner.stop();
  }

  // Taken only once the lease ran out (the clocks are this machine's, to the millisecond).
  expect(seen).toHaveLength(1);
  expect(seen[0]!.at).toBeGreaterThanOrEqual(leaseEnds - 1);
  expect(seen[0]).toMatchObject({ attempt: 2, key: 'crash-1' });
  expect(await jobRow(id)).toMatchObject({ state: 'completed', attempts: 2, locked_until: null });
  const effects = await queryRows<{ key: string; attempt: number }>(
    database.db,
    sql`select key, attempt from job_side_effects`,
  );
  expect(effects).toEqual([{ key: 'crash-1', attempt: 1 }]);
});
