import { sql } from 'drizzle-orm';
import type { HandlerDeps } from '../../platform/context.ts';
import { messages, messageTranslations } from '../../platform/db/schema.ts';
import { on, type Subscription } from '../../platform/events/index.ts';
import { enqueueSql, wakeWorkersSql } from '../../platform/jobs/index.ts';

/** The job that translates one message for its receiver (translation.jobs.ts). */
export const TRANSLATE_JOB = 'translation.translate-message';
export const TRANSLATE_JOB_MAX_ATTEMPTS = 8;

/**
 * With a translation provider configured, every message a person writes gets a job, in the
 * statement that writes it, that translates it for its receiver when they read another
 * language (the job decides: the send reads nothing for it). An edit drops the message's
 * translations and asks for new ones; an unsend drops them.
 */
export function translationHandlers(deps: Pick<HandlerDeps, 'config'>): Subscription[] {
  if (!deps.config.translation) return [];
  const job = (key: string) =>
    sql`select ${TRANSLATE_JOB}::text as kind, ${sql.raw(key)} as idempotency_key,
        jsonb_build_object('message_id', e.message_id) as payload,
        statement_timestamp() as run_at, ${TRANSLATE_JOB_MAX_ATTEMPTS}::int as max_attempts`;
  return [
    on('message.created', {
      name: 'translation.requested',
      sql: (source, qb) => {
        const jobs = qb
          .$with('translation_requested', {})
          .as(enqueueSql(sql`${job('e.message_id::text')} from ${source} e where e.message <> ''`));
        return { ctes: [jobs], result: wakeWorkersSql(sql`translation_requested`) };
      },
    }),
    on('message.updated', {
      name: 'translation.outdated',
      sql: (source, qb) => {
        const dropped = qb.$with('translation_outdated', {}).as(sql`
          delete from ${messageTranslations} t using ${source} e
          where t.message_id = e.message_id and e.change in ('edited', 'unsent')
          returning t.message_id`);
        // One job per version of the text: the key names the edit.
        const jobs = qb.$with('translation_rerequested', {}).as(
          enqueueSql(sql`${job(`e.message_id::text || ':' || (extract(epoch from m.edited_at) * 1000)::bigint`)}
            from ${source} e join ${messages} m on m.id = e.message_id
            where e.change = 'edited' and m.unsent_at is null and m.message <> ''`),
        );
        return {
          ctes: [dropped, jobs],
          result: wakeWorkersSql(sql`translation_rerequested`),
        };
      },
    }),
  ];
}
