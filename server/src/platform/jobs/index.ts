// Background jobs: rows in the `jobs` table, claimed by workers under a lease, retried with
// back-off, deduplicated by idempotency key. Infrastructure only: modules define their jobs
// (`<module>.jobs.ts`) with `defineJob` and enqueue them in their own transactions.
export {
  backoffDelay,
  defineJob,
  PermanentJobError,
  type Backoff,
  type DefineJobOptions,
  type JobContext,
  type JobDefinition,
  type RunningJob,
} from './define.ts';
export {
  enqueue,
  enqueueSql,
  JOBS_CHANNEL,
  slotKey,
  wakeWorkersSql,
  type EnqueueOptions,
} from './store.ts';
export {
  createJobRunner,
  type JobLogger,
  type JobRunner,
  type JobRunnerOptions,
} from './runner.ts';
export { PRUNE_COMPLETED_JOBS, pruneCompletedJobs, type PruneOptions } from './prune.ts';
export { createConfiguredJobRunner } from './configured.ts';
export { dueAtInstantsJobs, instantJobsSql, type DueAtInstants } from './instants.ts';
