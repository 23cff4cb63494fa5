import { sql } from 'drizzle-orm';
import { openPostgres, queryRows, type Database } from '../server/src/platform/db/connect.ts';
import {
  createJobRunner,
  defineJob,
  enqueue,
  type JobLogger,
  type JobRunner,
} from '../server/src/platform/jobs/index.ts';
import { printTargets, type BenchContext } from './lib/bench.ts';
import { withFreshDatabase } from './lib/fresh-database.ts';
import { BASELINE_INSERT, BASELINE_TABLE, describeMachine, loadAverage } from './lib/machine.ts';
import { formatTable, ms, ratio, Samples } from './lib/stats.ts';

const JOBS = Number(process.env.BENCH_JOBS ?? 50_000);
const WORKERS = Number(process.env.BENCH_JOB_WORKERS ?? 4);
// The first figure is the target's; the default JOBS_CONCURRENCY (4) is shown beside it.
const CONCURRENCY = (process.env.BENCH_JOB_CONCURRENCY ?? '32,4').split(',').map(Number);
const BASELINE_ITERATIONS = 2_000;
const WAKE_UPS = 200;
const TARGET_PER_SECOND = 5_000;
/** The backbone issue's "a due job starts within 100 ms, not at the next poll". */
const TARGET_WAKE_MS = 100;

/**
 * The jobs platform on a throw-away PostgreSQL database: a backlog of no-op jobs claimed and
 * completed by several workers (each its own runner and connection pool, as separate nodes
 * would be), against a bare `INSERT … RETURNING` round trip measured in the same run, so that
 * machines of different speed compare by the ratio. For context: `enqueue` one at a time, the
 * wake-up latency of an idle worker (poll interval a minute, so only LISTEN/NOTIFY can start
 * the job), and how many claim updates were HOT.
 */
export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(serverUrl, async ({ url, database }) => {
    const { db } = database;
    await describeMachine(db, `; load average ${loadAverage()}`);

    await db.execute(sql.raw(BASELINE_TABLE));
    const baseline = new Samples('bare INSERT … RETURNING');
    const enqueueOne = new Samples('enqueue (own transaction)');
    for (let i = 0; i < BASELINE_ITERATIONS + 200; i++) {
      const insert = () => db.execute(sql.raw(BASELINE_INSERT));
      const add = () => enqueue(db, 'bench.warm-up', { i });
      // The first 200 warm up (connections, plans); interleaved so load falls on both alike.
      if (i < 200) {
        await insert();
        await add();
      } else {
        await baseline.time(insert);
        await enqueueOne.time(add);
      }
    }
    await db.execute(sql`delete from jobs`);
    const base = baseline.summary();
    const insertsPerSecond = (1000 * base.count) / baseline.values.reduce((a, b) => a + b, 0);
    const enqueued = enqueueOne.summary();
    const enqueuesPerSecond = (1000 * enqueued.count) / enqueueOne.values.reduce((a, b) => a + b);

    if (process.env.FF)
      await db.execute(sql.raw(`alter table jobs set (fillfactor = ${process.env.FF})`));
    const scenarios: Drained[] = [];
    for (const concurrency of CONCURRENCY) scenarios.push(await drainBacklog(url, db, concurrency));
    const wake = await wakeUpLatency(url);

    console.log(
      `\n${JOBS.toLocaleString('en')} no-op jobs drained by ${WORKERS} workers (each its own ` +
        `pool); a claim takes up to \`concurrency\` jobs and completes the previous ones in the ` +
        `same statement; load average after ${loadAverage()}\n`,
    );
    console.log(
      formatTable(
        ['measure', 'per second', 'p50 ms', 'p99 ms', '/ insert rate'],
        [
          [base.name, rate(insertsPerSecond), ms(base.p50), ms(base.p99), ratio(1)],
          [
            enqueued.name,
            rate(enqueuesPerSecond),
            ms(enqueued.p50),
            ms(enqueued.p99),
            ratio(enqueuesPerSecond / insertsPerSecond),
          ],
          ...scenarios.map((d) => [
            `jobs claimed and completed, ${WORKERS} workers × concurrency ${d.concurrency}`,
            rate(d.perSecond),
            '',
            '',
            ratio(d.perSecond / insertsPerSecond),
          ]),
          ['wake-up: commit → handler, idle worker', '', ms(wake.p50), ms(wake.p99), ''],
        ],
      ),
    );
    console.log('\nThe jobs table after each drain:');
    for (const d of scenarios) {
      console.log(
        `  concurrency ${d.concurrency}: ${d.updates.toLocaleString('en')} updates, ` +
          `${pct(d.hot, d.updates)} HOT (the claims; a completion moves the row out of the due ` +
          `index and cannot be), ${d.dead.toLocaleString('en')} dead row versions ` +
          `(autovacuum ${d.autovacuum}), ${(d.bytes / 2 ** 20).toFixed(1)} MiB with its indexes`,
      );
    }

    const [target] = scenarios;
    printTargets([
      {
        target: `no-op jobs claimed and completed ≥ ${rate(TARGET_PER_SECOND)}/s with ${WORKERS} workers (concurrency ${target!.concurrency})`,
        met: target!.perSecond >= TARGET_PER_SECOND,
        figure: `${rate(target!.perSecond)}/s, ${ratio(target!.perSecond / insertsPerSecond)} the bare-insert rate of ${rate(insertsPerSecond)}/s`,
      },
      {
        target: `an idle worker starts a due job within ${TARGET_WAKE_MS} ms of its commit (p99)`,
        met: wake.p99 <= TARGET_WAKE_MS,
        figure: `p50 ${ms(wake.p50)} ms, p99 ${ms(wake.p99)} ms`,
      },
    ]);
  });
}

interface Drained {
  concurrency: number;
  perSecond: number;
  updates: number;
  hot: number;
  dead: number;
  bytes: number;
  autovacuum: string;
}

/** A backlog of JOBS no-op jobs, drained by WORKERS runners of `concurrency` each. */
async function drainBacklog(
  url: string,
  db: Database['db'],
  concurrency: number,
): Promise<Drained> {
  await db.execute(sql`truncate jobs`);
  // The backlog, set-based: what is measured is claiming and completing, not adding.
  await db.execute(
    sql`insert into jobs (kind, idempotency_key, payload)
        select 'bench.noop', 'noop-' || g, jsonb_build_object('n', g)
        from generate_series(1, ${JOBS}) as g`,
  );
  const noop = defineJob({ kind: 'bench.noop', run: async () => {} });
  const handles: Database[] = [];
  const workers: JobRunner[] = [];
  for (let i = 0; i < WORKERS; i++) {
    const handle = await openPostgres({ url, poolSize: 3, migrate: false });
    handles.push(handle);
    workers.push(createJobRunner({ database: handle, jobs: [noop], concurrency, log: quiet }));
  }
  const before = await tableStats(db);
  const startedAt = process.hrtime.bigint();
  await Promise.all(workers.map((w) => w.start()));
  // Each drain ends when its worker finds nothing due and has nothing running.
  await Promise.all(workers.map((w) => w.drain()));
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  await Promise.all(workers.map((w) => w.stop()));
  // Closing the pools ends their backends, which flushes their statistics.
  await Promise.all(handles.map((h) => h.close()));
  const [done] = await queryRows<{ completed: number; attempts: number }>(
    db,
    sql`select count(*)::int as completed, max(attempts) as attempts
        from jobs where kind = 'bench.noop' and state = 'completed'`,
  );
  if (done?.completed !== JOBS || done.attempts !== 1) {
    throw new Error(`Expected ${JOBS} jobs completed once each, found ${JSON.stringify(done)}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 600));
  const after = await tableStats(db);
  return {
    concurrency,
    perSecond: JOBS / seconds,
    updates: after.n_tup_upd - before.n_tup_upd,
    hot: after.n_tup_hot_upd - before.n_tup_hot_upd,
    dead: after.n_dead_tup,
    bytes: after.bytes,
    autovacuum: after.autovacuum,
  };
}

/** Enqueue → handler start, one job at a time, on a worker that would not poll for a minute. */
async function wakeUpLatency(url: string) {
  const workerDb = await openPostgres({ url, poolSize: 2, migrate: false });
  const clientDb = await openPostgres({ url, poolSize: 1, migrate: false });
  const latency = new Samples('wake-up');
  let started: ((at: bigint) => void) | undefined;
  const timed = defineJob({
    kind: 'bench.timed',
    run: async () => started?.(process.hrtime.bigint()),
  });
  const worker = createJobRunner({ database: workerDb, jobs: [timed], pollMs: 60_000, log: quiet });
  try {
    await worker.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < WAKE_UPS; i++) {
      const at = new Promise<bigint>((resolve) => (started = resolve));
      await clientDb.db.transaction((tx) => enqueue(tx, timed, null));
      const committed = process.hrtime.bigint();
      latency.values.push(Math.max(0, Number((await at) - committed) / 1e6));
    }
  } finally {
    await worker.stop();
    await workerDb.close();
    await clientDb.close();
  }
  return latency.summary();
}

interface TableStats extends Record<string, unknown> {
  n_tup_upd: number;
  n_tup_hot_upd: number;
  n_dead_tup: number;
  bytes: number;
  autovacuum: string;
}

async function tableStats(db: Database['db']): Promise<TableStats> {
  const [stats] = await queryRows<TableStats>(
    db,
    sql`select n_tup_upd::int, n_tup_hot_upd::int, n_dead_tup::int,
               pg_total_relation_size('jobs')::float8 as bytes,
               current_setting('autovacuum') as autovacuum
        from pg_stat_user_tables where relname = 'jobs'`,
  );
  return stats!;
}

const quiet: JobLogger = { info: () => {}, warn: () => {}, error: (d, m) => console.error(m, d) };
const rate = (value: number) => Math.round(value).toLocaleString('en');
const pct = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`;
