import type { ServiceDeps } from '../../platform/context.ts';
import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import type { SyncService } from './sync.service.ts';

/** The change feed stays small: its old events are pruned on a schedule, by any one worker. */
export function syncJobs(
  sync: SyncService,
  deps: Pick<ServiceDeps, 'config' | 'log'>,
): JobDefinition[] {
  return [
    defineJob({
      kind: 'sync.prune-change-events',
      every: { ms: deps.config.changeEvents.pruneIntervalSeconds * 1000 },
      // Each batch is its own short statement, so a retry just carries on where one stopped.
      run: async () => {
        const deleted = await sync.prune();
        if (deleted > 0) deps.log.info({ deleted }, 'pruned change events');
      },
    }),
  ];
}
