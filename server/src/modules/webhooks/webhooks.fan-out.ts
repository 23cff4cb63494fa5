import { webhookPatternsFor, type WebhookEvent } from '@flexbnb/contracts';
import { sql, type SQL, type WithSubquery } from 'drizzle-orm';
import type { QueryBuilder } from 'drizzle-orm/pg-core';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { webhookDeliveries, webhookEndpoints } from '../../platform/db/schema.ts';
import { enqueueSql, wakeWorkersSql } from '../../platform/jobs/index.ts';

/** The job that makes one attempt of one delivery (see webhooks.jobs.ts). */
export const DELIVER_JOB = 'webhooks.deliver';

/** Crashes of a worker mid-attempt are retried this often before the job gives up. */
export const DELIVER_JOB_MAX_ATTEMPTS = 3;

/** What a delivery job carries: which attempt of which delivery it makes. */
export interface DeliverJobPayload {
  delivery_id: string;
  attempt: number;
  /** An admin's redelivery: one attempt, not retried, even to an endpoint turned off. */
  manual?: boolean;
}

/** The idempotency key of a delivery's attempt: one job per attempt, whoever enqueues it. */
export const attemptKey = (deliveryId: string, attempt: number) => `${deliveryId}:${attempt}`;

/** The SQL literal of a constant of ours (an event name). */
const literal = (text: string) => sql.raw(`'${text.replace(/'/g, "''")}'`);

/** The patterns that subscribe to `event`, as a `text[]` literal (constants, not parameters). */
function patternsOf(event: WebhookEvent): SQL {
  return sql`array[${sql.join(webhookPatternsFor(event).map(literal), sql`, `)}]::text[]`;
}

/** The first attempts' jobs of `deliveries` (rows `d` with id and next_attempt_at). */
function firstAttemptJobs(deliveries: SQL): SQL {
  return sql`select ${DELIVER_JOB}::text as kind, d.id::text || ':1' as idempotency_key,
      jsonb_build_object('delivery_id', d.id, 'attempt', 1) as payload,
      d.next_attempt_at as run_at, ${DELIVER_JOB_MAX_ATTEMPTS}::int as max_attempts
    from ${deliveries} d`;
}

/**
 * The CTEs that fan an event out in the statement that records it: one delivery per event row
 * and active endpoint subscribed to it, its payload the event's row, due now, each with the
 * job of its first attempt. Select `wake` in the statement's results: it wakes the workers.
 */
export function fanOutCtes(
  qb: QueryBuilder,
  event: WebhookEvent,
  source: SQL,
): { ctes: WithSubquery[]; wake: SQL } {
  const prefix = `webhooks_${event.replace('.', '_')}`;
  const deliveriesName = `${prefix}_deliveries`;
  const deliveries = qb.$with(deliveriesName, {}).as(sql`
    insert into ${webhookDeliveries} (endpoint_id, event_type, payload, next_attempt_at)
    select w.id, ${literal(event)}, to_jsonb(e), now()
    from ${source} e cross join ${webhookEndpoints} w
    where w.active and w.events && ${patternsOf(event)}
    returning id, next_attempt_at`);
  const jobs = qb
    .$with(`${prefix}_jobs`, {})
    .as(enqueueSql(firstAttemptJobs(sql`${sql.identifier(deliveriesName)}`)));
  return {
    ctes: [deliveries, jobs],
    wake: wakeWorkersSql(sql`${sql.identifier(`${prefix}_jobs`)}`),
  };
}

/**
 * Fans out events recorded from TypeScript, in the caller's transaction: one statement, as
 * `fanOutCtes` does, over the given payloads.
 */
export async function fanOut(
  db: DbOrTx,
  event: WebhookEvent,
  payloads: readonly object[],
): Promise<void> {
  await queryRows(
    db,
    sql`with deliveries as (
          insert into ${webhookDeliveries} (endpoint_id, event_type, payload, next_attempt_at)
          select w.id, ${literal(event)}, p.payload, now()
          from jsonb_array_elements(${JSON.stringify(payloads)}::jsonb) as p(payload)
          cross join ${webhookEndpoints} w
          where w.active and w.events && ${patternsOf(event)}
          returning id, next_attempt_at
        ), queued as (${enqueueSql(firstAttemptJobs(sql`deliveries`))})
        select ${wakeWorkersSql(sql`queued`)} as woke`,
  );
}
