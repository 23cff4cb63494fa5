import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import { SEND_JOB, SEND_JOB_MAX_ATTEMPTS } from './scheduled-messages.repo.ts';
import type { ScheduledMessagesService } from './scheduled-messages.service.ts';

/** How often a worker sends whatever is due besides (as the reminders' sweep). */
export const SWEEP_EVERY_MS = 60_000;

/**
 * The send jobs, one per instant at which messages fall due (enqueued when they are planned,
 * so a running worker starts one through the backbone's wake-up path), and the sweep.
 */
export function scheduledMessagesJobs(scheduled: ScheduledMessagesService): JobDefinition[] {
  const sendDue = async () => {
    await scheduled.sendDue();
  };
  return [
    defineJob({
      kind: SEND_JOB,
      maxAttempts: SEND_JOB_MAX_ATTEMPTS,
      backoff: { baseMs: 1_000, maxMs: 60_000 },
      run: sendDue,
    }),
    defineJob({
      kind: 'scheduled-messages.sweep',
      every: { ms: SWEEP_EVERY_MS },
      maxAttempts: 3,
      run: sendDue,
    }),
  ];
}
