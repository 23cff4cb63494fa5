import { defineJob, PermanentJobError, type JobDefinition } from '../../platform/jobs/index.ts';
import { DELIVER_JOB, DELIVER_JOB_MAX_ATTEMPTS } from './webhooks.fan-out.ts';
import type { WebhooksService } from './webhooks.service.ts';

/**
 * One attempt of one webhook delivery. The delivery schedules its own retries (a job per
 * attempt, see `WebhooksService.attempt`), so this job's own attempts only cover a worker
 * that crashed or stopped mid-attempt (the receiver may then get the attempt twice, under the
 * same `webhook-id`).
 */
export function webhooksJobs(webhooks: WebhooksService): JobDefinition[] {
  return [
    defineJob<{ delivery_id?: unknown; attempt?: unknown; manual?: unknown }>({
      kind: DELIVER_JOB,
      maxAttempts: DELIVER_JOB_MAX_ATTEMPTS,
      backoff: { baseMs: 5_000, maxMs: 60_000 },
      // The receiver's 10 s, the name's lookup and the record, well within.
      leaseMs: 60_000,
      run: async (job, { signal }) => {
        const { delivery_id: id, attempt, manual } = job.payload;
        if (typeof id !== 'string' || !Number.isSafeInteger(attempt) || (attempt as number) < 1) {
          throw new PermanentJobError('payload has no delivery_id and attempt');
        }
        await webhooks.attempt(id, attempt as number, { signal, manual: manual === true });
      },
    }),
  ];
}
