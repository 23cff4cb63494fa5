import { sql } from 'drizzle-orm';
import { defineJob, type JobDefinition } from './define.ts';
import { deleteCompletedBefore } from './store.ts';

export const PRUNE_COMPLETED_JOBS = 'jobs.prune-completed';

export interface PruneOptions {
  /** How long a completed job (and so its idempotency key) is kept. Default 7. */
  keepCompletedDays?: number;
  /** How often the prune runs. Default hourly. */
  everyMs?: number;
  /** Rows deleted per statement. Default 1,000. */
  batchSize?: number;
}

/**
 * The recurring job that deletes completed jobs older than the retention period; failed
 * jobs stay for someone to look at. Include it in every worker's job list.
 * Throws a RangeError for a negative retention or a non-positive interval or batch.
 */
export function pruneCompletedJobs(options: PruneOptions = {}): JobDefinition<null> {
  const { keepCompletedDays = 7, everyMs = 3_600_000, batchSize = 1_000 } = options;
  if (!(keepCompletedDays >= 0)) throw new RangeError('keepCompletedDays must be ≥ 0');
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new RangeError('batchSize must be a positive integer');
  }
  return defineJob<null>({
    kind: PRUNE_COMPLETED_JOBS,
    every: { ms: everyMs },
    maxAttempts: 3,
    leaseMs: 10 * 60_000,
    run: async (_job, { db, signal, now }) => {
      const cutoff = new Date(now().getTime() - keepCompletedDays * 86_400_000);
      // Small batches: each delete is a short transaction that holds few row locks and
      // writes a bounded amount of WAL, however much there is to prune.
      for (;;) {
        signal.throwIfAborted();
        const deleted = await deleteCompletedBefore(db, cutoff, batchSize);
        if (deleted < batchSize) break;
      }
      // Deleted rows and the versions completions leave behind are only reclaimed by a
      // vacuum, and autovacuum may be off (it is in the benchmarks; PGlite has none): without
      // this the table and its indexes would grow for ever. ANALYZE keeps the planner on the
      // due index (without statistics PGlite sorts every due row to claim a few). A plain
      // VACUUM takes no lock that blocks claims.
      await db.execute(sql`vacuum (analyze) jobs`);
    },
  });
}
