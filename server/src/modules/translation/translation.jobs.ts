import { defineJob, PermanentJobError, type JobDefinition } from '../../platform/jobs/index.ts';
import { TRANSLATE_JOB, TRANSLATE_JOB_MAX_ATTEMPTS } from './translation.handlers.ts';
import type { TranslationService } from './translation.service.ts';

/**
 * One message's translation for its receiver. A provider that is down or rate-limits is tried
 * again with back-off; meanwhile, and if it never answers, the message reads in its original.
 */
export function translationJobs(translation: TranslationService): JobDefinition[] {
  if (!translation.enabled) return [];
  return [
    defineJob<{ message_id?: unknown }>({
      kind: TRANSLATE_JOB,
      maxAttempts: TRANSLATE_JOB_MAX_ATTEMPTS,
      backoff: { baseMs: 2_000, maxMs: 300_000 },
      run: async (job, { signal }) => {
        const id = job.payload.message_id;
        if (typeof id !== 'string') throw new PermanentJobError('payload has no message_id');
        await translation.translateMessage(id, signal);
      },
    }),
  ];
}
