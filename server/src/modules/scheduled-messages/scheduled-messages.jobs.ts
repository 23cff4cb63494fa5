import { dueAtInstantsJobs, type JobDefinition } from '../../platform/jobs/index.ts';
import { SEND_JOBS } from './scheduled-messages.repo.ts';
import type { ScheduledMessagesService } from './scheduled-messages.service.ts';

/**
 * The send jobs, one per instant at which messages fall due (enqueued when they are planned,
 * so a running worker starts one through the backbone's wake-up path), and the sweep.
 */
export function scheduledMessagesJobs(scheduled: ScheduledMessagesService): JobDefinition[] {
  return dueAtInstantsJobs(SEND_JOBS, () => scheduled.sendDue());
}
