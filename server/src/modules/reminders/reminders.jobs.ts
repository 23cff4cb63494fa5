import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import { SEND_JOB, SEND_JOB_MAX_ATTEMPTS } from './reminders.repo.ts';
import type { RemindersService } from './reminders.service.ts';

/**
 * How often a worker sends whatever is due besides: a reminder whose instant's job ran while
 * another sender held it, and that sender then failed, is sent by the next sweep.
 */
export const SWEEP_EVERY_MS = 60_000;

/**
 * The send jobs, one per instant at which reminders fall due (enqueued when they are
 * scheduled, so a running worker starts one through the backbone's wake-up path, not a poll),
 * each sending every reminder due by then in batches; and the sweep.
 */
export function remindersJobs(reminders: RemindersService): JobDefinition[] {
  const sendDue = async () => {
    await reminders.sendDue();
  };
  return [
    defineJob({
      kind: SEND_JOB,
      maxAttempts: SEND_JOB_MAX_ATTEMPTS,
      backoff: { baseMs: 1_000, maxMs: 60_000 },
      run: sendDue,
    }),
    defineJob({
      kind: 'reminders.sweep',
      every: { ms: SWEEP_EVERY_MS },
      maxAttempts: 3,
      run: sendDue,
    }),
  ];
}
