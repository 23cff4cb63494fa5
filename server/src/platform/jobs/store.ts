import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx, type Tx } from '../db/connect.ts';
import { DEFAULT_MAX_ATTEMPTS, type JobDefinition } from './define.ts';

// The SQL of the jobs table (schema.ts). Every statement that ends an attempt is fenced by
// (id, attempts, state = 'running'): attempts rise with every claim, so a worker whose lease
// ran out and whose job another worker took since cannot complete, retry or release it.

/** The NOTIFY channel an enqueue wakes the workers on; the payload is the job's run_at (ms). */
export const JOBS_CHANNEL = 'flexbnb_jobs';

const MAX_KEY_LENGTH = 200;
const MAX_ERROR_LENGTH = 2_000;

export interface EnqueueOptions {
  /** When the job may run; default now (the transaction's start). */
  runAt?: Date;
  /**
   * Unique per kind: enqueuing a kind with a key it has already (pending, running, failed,
   * or completed within the retention period) creates nothing and answers that job. Default
   * the new job's id, i.e. no deduplication.
   */
  idempotencyKey?: string;
  /** Default the definition's, or 10 for a kind given by name. */
  maxAttempts?: number;
}

/**
 * Adds a job in the caller's transaction (or on its own with a plain `Db`): nothing runs
 * unless that commits, and the workers are woken as it commits (a NOTIFY, sent on commit).
 * Pass the job's definition for a typed payload and its `maxAttempts`; a kind given by name
 * (one this process does not define) is accepted as it is.
 * Answers the job's id and whether this call created it (false: the key existed).
 * Throws a RangeError for an empty or over-long key, a bad `maxAttempts` or `runAt`, a
 * TypeError when the payload is not JSON-serialisable, and the database's error otherwise.
 */
export async function enqueue<P>(
  db: DbOrTx,
  job: JobDefinition<P> | string,
  payload: P,
  options: EnqueueOptions = {},
): Promise<{ id: string; created: boolean }> {
  const kind = typeof job === 'string' ? job : job.kind;
  const maxAttempts =
    options.maxAttempts ?? (typeof job === 'string' ? DEFAULT_MAX_ATTEMPTS : job.maxAttempts);
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a positive integer, not ${maxAttempts}`);
  }
  if (options.runAt && Number.isNaN(options.runAt.getTime())) {
    throw new RangeError('runAt is an invalid date');
  }
  const id = randomUUID();
  const key = options.idempotencyKey ?? id;
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new RangeError(`An idempotency key has 1 to ${MAX_KEY_LENGTH} characters`);
  }
  const json = JSON.stringify(payload ?? null);
  // The row being deleted by the prune between our conflict and our read: try once more.
  for (let round = 0; round < 3; round++) {
    // The NOTIFY sits in the same statement, so it costs no round trip; it is queued with the
    // transaction and delivered on commit, and only when a row was inserted.
    const [inserted] = await queryRows<{ id: string }>(
      db,
      sql`with inserted as (
            insert into jobs (id, kind, idempotency_key, payload, run_at, max_attempts)
            values (${id}, ${kind}, ${key}, ${json}::jsonb,
                    coalesce(${options.runAt?.toISOString() ?? null}::timestamptz, now()),
                    ${maxAttempts})
            on conflict (kind, idempotency_key) do nothing
            returning id, run_at
          )
          select id, pg_notify(${JOBS_CHANNEL},
                               (extract(epoch from run_at) * 1000)::bigint::text) as notified
          from inserted`,
    );
    if (inserted) return { id: inserted.id, created: true };
    // A separate statement: a conflict waited for the other transaction to commit, and only a
    // new snapshot sees its row.
    const [existing] = await queryRows<{ id: string }>(
      db,
      sql`select id from jobs where kind = ${kind} and idempotency_key = ${key}`,
    );
    if (existing) return { id: existing.id, created: false };
  }
  throw new Error(`Could not enqueue ${kind} with key ${key}: it kept being deleted`);
}

/**
 * For a statement that enqueues jobs as it writes (a send raising notifications): the body of
 * a CTE that inserts the jobs of `rows`, a query with the columns (kind, idempotency_key,
 * payload jsonb, run_at timestamptz, max_attempts int) — a key the kind has already creates
 * nothing, as with `enqueue`. It returns the inserted jobs' `run_at`; select `wakeWorkersSql`
 * of the CTE in the statement's results so the workers hear of them on commit.
 */
export function enqueueSql(rows: SQL): SQL {
  return sql`insert into jobs (kind, idempotency_key, payload, run_at, max_attempts)
    select kind, idempotency_key, payload, run_at, max_attempts from (${rows}) as queued
    on conflict (kind, idempotency_key) do nothing
    returning run_at`;
}

/**
 * Wakes the workers (once, for the earliest) for the jobs a CTE of `enqueueSql` inserted that
 * are due now. Jobs due later are left to the workers' poll (`JOBS_POLL_MS`): a NOTIFY costs
 * the committing transaction a lock that every notifying commit of the database takes in turn,
 * which a statement on a hot path (a send) should not pay for a job due in half a minute.
 */
export function wakeWorkersSql(enqueued: SQL): SQL {
  return sql`(select pg_notify(${JOBS_CHANNEL},
      (extract(epoch from min(run_at)) * 1000)::bigint::text) is not null
    from ${enqueued} where run_at <= statement_timestamp() having count(*) > 0)`;
}

export interface ClaimedRow extends Record<string, unknown> {
  id: string;
  kind: string;
  payload: unknown;
  /** 'running', or 'failed' for a job whose lease ran out on its last attempt. */
  state: 'running' | 'failed';
  attempts: number;
  max_attempts: number;
  idempotency_key: string;
}

export const LEASE_LAPSED_ON_LAST_ATTEMPT =
  'its lease ran out on its last attempt (the worker stopped or crashed, or the attempt ' +
  'took longer than its lease)';

/** The attempt a worker holds: the fence of every statement that ends it. */
export interface Held {
  id: string;
  attempt: number;
}

/** `held` as SQL parameters: a uuid[] of the ids, and a JSON object id → attempt (the fence). */
function heldParameters(held: readonly Held[]) {
  // An array parameter and `id = any(…)`, not a join against a JSON record set: the planner
  // knows how many ids an array holds and looks them up by primary key even without
  // statistics, where a join may scan the table.
  return {
    ids: `{${held.map((h) => h.id).join(',')}}`,
    fence: JSON.stringify(Object.fromEntries(held.map((h) => [h.id, h.attempt]))),
  };
}

export interface ClaimResult {
  claimed: ClaimedRow[];
  /** Which of `done` this statement completed; the others were not its to complete, or were
   * locked for a moment by another worker's claim and should be completed on their own. */
  completed: Set<string>;
}

/**
 * Claims up to `limit` due jobs in one short statement: pending jobs whose run_at has come,
 * and running ones whose lease ran out (their worker died). `FOR UPDATE SKIP LOCKED` lets
 * workers claim side by side without waiting on, or taking, each other's rows; a row another
 * worker claimed after our snapshot is re-checked under the lock and dropped. A job whose
 * lease ran out on its last attempt fails here instead of running once too often.
 *
 * The same statement completes the attempts in `done`: a worker whose jobs just finished
 * refills its slots and records them in one round trip and one commit. It locks them with
 * SKIP LOCKED too, so that a claim never waits for a lock: a claim keeps the lock of a row
 * it re-checked and dropped until it commits, and two claims that each waited for the other's
 * dropped rows would deadlock.
 */
export async function claimDue(
  db: DbOrTx,
  options: {
    now: Date;
    limit: number;
    leases: string;
    defaultLeaseMs: number;
    done: readonly Held[];
  },
): Promise<ClaimResult> {
  const now = options.now.toISOString();
  const { ids, fence } = heldParameters(options.done);
  const rows = await queryRows<ClaimedRow & { claimed: boolean }>(
    db,
    sql`with done as (
          select id from jobs
          where id = any(${ids}::uuid[]) and state = 'running'
            and attempts = (${fence}::jsonb ->> id::text)::int
          for update skip locked
        ),
        completed as (
          update jobs as j set state = 'completed', locked_until = null,
                 finished_at = ${now}::timestamptz
          from done
          where j.id = done.id
          returning j.id
        ),
        due as (
          select id from jobs
          where finished_at is null and run_at <= ${now}::timestamptz
            and (locked_until is null or locked_until <= ${now}::timestamptz)
            -- one of ours whose lease ran out as it finished: being completed, not claimable
            and id <> all(${ids}::uuid[])
          order by run_at
          limit ${options.limit}
          for update skip locked
        ),
        claimed as (
          update jobs as j set
            state = case when j.attempts < j.max_attempts then 'running' else 'failed' end,
            attempts = least(j.attempts + 1, j.max_attempts),
            locked_until = case when j.attempts < j.max_attempts then
              ${now}::timestamptz
                + coalesce((${options.leases}::jsonb ->> j.kind)::int, ${options.defaultLeaseMs})
                  * interval '1 millisecond'
            end,
            finished_at = case when j.attempts < j.max_attempts then null
                               else ${now}::timestamptz end,
            last_error = case when j.attempts < j.max_attempts then j.last_error
                              else ${LEASE_LAPSED_ON_LAST_ATTEMPT} end
          from due
          where j.id = due.id
          returning j.id, j.kind, j.payload, j.state, j.attempts, j.max_attempts,
                    j.idempotency_key
        )
        select true as claimed, id, kind, payload, state, attempts, max_attempts, idempotency_key
        from claimed
        union all
        select false, id, null, null, null, null, null, null from completed`,
  );
  return {
    claimed: rows.filter((r) => r.claimed),
    completed: new Set(rows.filter((r) => !r.claimed).map((r) => r.id)),
  };
}

/** Completes many attempts in one statement (one commit for the batch). */
export async function completeJobs(db: DbOrTx, held: readonly Held[], now: Date): Promise<void> {
  const { ids, fence } = heldParameters(held);
  await db.execute(
    sql`update jobs set state = 'completed', locked_until = null,
               finished_at = ${now.toISOString()}::timestamptz
        where id = any(${ids}::uuid[]) and state = 'running'
          and attempts = (${fence}::jsonb ->> id::text)::int`,
  );
}

/** Hands attempts back (a stopping worker): pending again, the attempt not spent. */
export async function releaseJobs(db: DbOrTx, held: readonly Held[]): Promise<void> {
  const { ids, fence } = heldParameters(held);
  await db.execute(
    sql`update jobs set state = 'pending', locked_until = null, attempts = attempts - 1
        where id = any(${ids}::uuid[]) and state = 'running'
          and attempts = (${fence}::jsonb ->> id::text)::int`,
  );
}

/**
 * Refreshes the planner's statistics of the jobs table when it has none or they are well
 * behind its changes; answers whether it did. The claim is fast only along the due index;
 * with stale statistics (autovacuum off, as in the benchmarks, or PGlite, which has none)
 * the planner may instead sort every due row to claim a few, which slows a backlog down
 * just when it needs to drain. SKIP_LOCKED: when another worker is analysing, that will do.
 */
export async function analyzeIfStale(db: DbOrTx): Promise<boolean> {
  const [row] = await queryRows<{ stale: boolean }>(
    db,
    sql`select c.reltuples < 0
               or coalesce(s.n_mod_since_analyze > 1000 + 0.1 * c.reltuples, false) as stale
        from pg_class c left join pg_stat_user_tables s on s.relid = c.oid
        where c.oid = 'jobs'::regclass`,
  );
  if (!row?.stale) return false;
  await db.execute(sql`analyze (skip_locked) jobs`);
  return true;
}

/** Puts a failed attempt back as pending until `runAt`, with its error. */
export async function retryJob(db: DbOrTx, held: Held, runAt: Date, error: string) {
  await db.execute(
    sql`update jobs set state = 'pending', locked_until = null,
               run_at = ${runAt.toISOString()}::timestamptz, last_error = ${clip(error)}
        where id = ${held.id} and attempts = ${held.attempt} and state = 'running'`,
  );
}

/** Ends a job as completed (`error` null) or failed; false when the fence did not hold. */
export async function finishJob(
  db: DbOrTx,
  held: Held,
  now: Date,
  error: string | null,
): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`update jobs set state = ${error === null ? 'completed' : 'failed'}, locked_until = null,
               finished_at = ${now.toISOString()}::timestamptz,
               last_error = coalesce(${error === null ? null : clip(error)}, last_error)
        where id = ${held.id} and attempts = ${held.attempt} and state = 'running'
        returning id`,
  );
  return rows.length === 1;
}

/** When (epoch ms) the next pending job is due after `now`, if any is. */
export async function nextRunAt(db: DbOrTx, now: Date): Promise<number | undefined> {
  // As epoch milliseconds: both drivers answer a timestamptz as text of their own format.
  const [row] = await queryRows<{ at: number }>(
    db,
    sql`select extract(epoch from run_at)::float8 * 1000 as at from jobs
        where finished_at is null and run_at > ${now.toISOString()}::timestamptz
        order by run_at limit 1`,
  );
  return row?.at;
}

/** The idempotency key of a recurring kind's run for the period slot `slot` (of `every.ms`). */
export function slotKey(every: { ms: number }, slot: number): string {
  return `every ${every.ms} ms from ${new Date(slot * every.ms).toISOString()}`;
}

/**
 * Makes sure a recurring kind has its one unfinished run: if it has none, adds the run of
 * period slot `fromSlot`, or of the next slot when that one has run already. Serialised per
 * kind by an advisory lock held to the end of `tx`, so that workers starting together (or
 * finishing a run while another starts) cannot add two runs for neighbouring slots.
 */
export async function scheduleRecurring(
  tx: Tx,
  definition: JobDefinition,
  fromSlot: number,
): Promise<void> {
  const every = definition.every!;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`flexbnb.jobs.every:${definition.kind}`}, 0))`,
  );
  const unfinished = await queryRows(
    tx,
    sql`select id from jobs where kind = ${definition.kind} and finished_at is null limit 1`,
  );
  if (unfinished.length > 0) return;
  for (let slot = fromSlot; slot < fromSlot + 3; slot++) {
    const { created } = await enqueue(tx, definition, null, {
      runAt: new Date(slot * every.ms),
      idempotencyKey: slotKey(every, slot),
    });
    if (created) return;
  }
}

/** Deletes up to `limit` completed jobs that finished before `cutoff`; answers how many. */
export async function deleteCompletedBefore(
  db: DbOrTx,
  cutoff: Date,
  limit: number,
): Promise<number> {
  const rows = await queryRows(
    db,
    sql`delete from jobs where id in (
          select id from jobs
          where finished_at < ${cutoff.toISOString()}::timestamptz and state = 'completed'
          order by finished_at
          limit ${limit}
        )
        returning id`,
  );
  return rows.length;
}

function clip(error: string) {
  return error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH - 1)}…` : error;
}
