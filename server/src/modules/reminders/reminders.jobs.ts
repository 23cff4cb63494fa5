import { dueAtInstantsJobs, type JobDefinition } from '../../platform/jobs/index.ts';
import { SEND_JOBS } from './reminders.repo.ts';
import type { RemindersService } from './reminders.service.ts';

/**
 * The send jobs, one per instant at which reminders fall due (enqueued when they are
 * scheduled, so a running worker starts one through the backbone's wake-up path, not a poll),
 * each sending every reminder due by then in batches; and the sweep, which sends a reminder
 * whose instant's job ran while another sender held it, and that sender then failed.
 */
export function remindersJobs(reminders: RemindersService): JobDefinition[] {
  return dueAtInstantsJobs(SEND_JOBS, () => reminders.sendDue());
}
