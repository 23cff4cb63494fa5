import { defineJob, PermanentJobError, type JobDefinition } from '../../platform/jobs/index.ts';
import { SEND_JOB, SEND_JOB_MAX_ATTEMPTS } from './reminders.repo.ts';
import type { RemindersService } from './reminders.service.ts';

/**
 * One reminder, due at its `scheduled_for`: enqueued when it is scheduled, so a running worker
 * starts it through the backbone's wake-up path, not a poll. A job left from an earlier time
 * of a rescheduled reminder, or one for a reminder cancelled or sent by the management
 * command, finds nothing due and ends.
 */
export function remindersJobs(reminders: RemindersService): JobDefinition[] {
  return [
    defineJob<{ reminder_id?: unknown }>({
      kind: SEND_JOB,
      maxAttempts: SEND_JOB_MAX_ATTEMPTS,
      backoff: { baseMs: 1_000, maxMs: 60_000 },
      run: async (job) => {
        const id = job.payload.reminder_id;
        if (typeof id !== 'string') throw new PermanentJobError('payload has no reminder_id');
        await reminders.send(id);
      },
    }),
  ];
}
