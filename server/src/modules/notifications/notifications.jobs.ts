import { defineJob, PermanentJobError, type JobDefinition } from '../../platform/jobs/index.ts';
import { DELIVER_JOB, DELIVER_JOB_MAX_ATTEMPTS } from './notifications.raise.ts';
import type { NotificationsService } from './notifications.service.ts';

/** How often a worker turns the deliveries that came due into jobs. */
export const SWEEP_EVERY_MS = 5_000;

/**
 * One attempt of one delivery. The delivery schedules its own retries (a job per attempt,
 * see `deliver`), so this job's own attempts only cover a worker that crashed or lost its
 * lease mid-attempt. The sweep gives the first attempts that were not due when raised (a new
 * message's push and email) their jobs when they come due.
 */
export function notificationsJobs(notifications: NotificationsService): JobDefinition[] {
  return [
    defineJob({
      kind: 'notifications.enqueue-due',
      every: { ms: SWEEP_EVERY_MS },
      maxAttempts: 3,
      run: async () => {
        await notifications.enqueueDue();
      },
    }),
    defineJob<{ delivery_id?: unknown }>({
      kind: DELIVER_JOB,
      maxAttempts: DELIVER_JOB_MAX_ATTEMPTS,
      backoff: { baseMs: 5_000, maxMs: 60_000 },
      leaseMs: 60_000,
      run: async (job, { signal }) => {
        const id = job.payload.delivery_id;
        if (typeof id !== 'string') throw new PermanentJobError('payload has no delivery_id');
        await notifications.deliver(id, { signal });
      },
    }),
  ];
}
