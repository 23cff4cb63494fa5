import type { Config } from '../../config.ts';
import type { Database } from '../db/connect.ts';
import type { JobDefinition } from './define.ts';
import { pruneCompletedJobs } from './prune.ts';
import { createJobRunner, type JobLogger, type JobRunner } from './runner.ts';

/**
 * The worker role's runner as configured (`config.jobs`): the modules' `jobs` plus the
 * platform's own (the prune of completed jobs). Every worker should run the same list.
 * Throws a RangeError when two definitions share a kind.
 */
export function createConfiguredJobRunner(
  config: Config,
  deps: { database: Database; jobs: readonly JobDefinition[]; log?: JobLogger },
): JobRunner {
  return createJobRunner({
    database: deps.database,
    jobs: [...deps.jobs, pruneCompletedJobs({ keepCompletedDays: config.jobs.keepCompletedDays })],
    concurrency: config.jobs.concurrency,
    pollMs: config.jobs.pollMs,
    stopGraceMs: config.jobs.stopGraceMs,
    log: deps.log,
  });
}
