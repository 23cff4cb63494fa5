import type { ServiceDeps } from '../../platform/context.ts';
import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import type { AttachmentsService } from './attachments.service.ts';

/** How often a worker deletes the uploads nobody sent within a day. */
export const SWEEP_EVERY_MS = 60 * 60 * 1000;

export function attachmentsJobs(
  attachments: AttachmentsService,
  deps: Pick<ServiceDeps, 'log'>,
): JobDefinition[] {
  return [
    defineJob({
      kind: 'attachments.sweep-unsent',
      every: { ms: SWEEP_EVERY_MS },
      maxAttempts: 3,
      // Each batch commits on its own and files are deleted only once no row names them, so a
      // retry carries on where an attempt stopped.
      leaseMs: 5 * 60 * 1000,
      run: async () => {
        const removed = await attachments.sweep();
        if (removed > 0) deps.log.info({ removed }, 'deleted uploads nobody sent');
      },
    }),
  ];
}
