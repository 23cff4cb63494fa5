import {
  DELIVERY_CHANNELS,
  NOTIFICATION_TYPES,
  type DeliveryChannel,
  type NotificationType,
} from '@flexbnb/contracts';
import { sql, type SQL, type WithSubquery } from 'drizzle-orm';
import type { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Config } from '../../config.ts';
import {
  notificationDeliveries,
  notificationDeliveryAttempts,
  notificationPreferences,
  notifications,
  users,
} from '../../platform/db/schema.ts';
import { enqueueSql, wakeWorkersSql } from '../../platform/jobs/index.ts';
import { DEFAULT_CHANNELS, escalationDelaySeconds } from './notifications.rules.ts';

/** The job that makes one attempt of one delivery (see notifications.jobs.ts). */
export const DELIVER_JOB = 'notifications.deliver';

/** The idempotency key of a delivery's attempt: one job per attempt, whoever enqueues it. */
export const attemptKey = (deliveryId: string, attempt: number) => `${deliveryId}:${attempt}`;

/** Crashes of a worker mid-attempt are retried this often before the attempt counts as failed. */
export const DELIVER_JOB_MAX_ATTEMPTS = 3;

/** The first-attempt jobs of the deliveries in `deliveries` (rows `d` with id, next_attempt_at). */
export function firstAttemptJobs(deliveries: SQL): SQL {
  return sql`select ${DELIVER_JOB}::text as kind, d.id::text || ':1' as idempotency_key,
      jsonb_build_object('delivery_id', d.id) as payload, d.next_attempt_at as run_at,
      ${DELIVER_JOB_MAX_ATTEMPTS}::int as max_attempts
    from ${deliveries} d`;
}

/** A `case` over a row's notification type (`alias.notification_type`), from constants. */
function perType(
  alias: string,
  value: (type: (typeof NOTIFICATION_TYPES)[number]) => boolean | number,
) {
  return sql.raw(
    `case ${alias}.notification_type ${NOTIFICATION_TYPES.map(
      (type) => `when '${type}' then ${String(value(type))}`,
    ).join(' ')} end`,
  );
}

/**
 * The CTEs that raise notifications in the statement of the event that causes them, from
 * `drafts.rows`: a query with the columns (id, user_id, notification_type, title, message,
 * params, conversation_id, reservation_id, message_id, urgent, created_at) of `drafts.types`,
 * where a null id is drawn
 * here and one given is the id another row already names. Each notification gets its
 * delivery rows, one per channel its user wants (their preferences, else the type's defaults),
 * due after the type's escalation delay, and a job for each; a new message raises nothing
 * while its thread has an unread one (the partial unique key). `changes` names a CTE of
 * (id, user_id, change = 'created') for the change feed; select `wake`, when there is one, in
 * the results (it wakes the workers for the jobs due at once).
 */
export function raiseCtes(
  qb: QueryBuilder,
  prefix: string,
  drafts: { rows: SQL; types: readonly NotificationType[] },
  config: Config['notifications'],
): { ctes: WithSubquery[]; changes: SQL; wake?: SQL } {
  const name = (part: string) => `${prefix}_${part}`;
  const delays = escalationDelaySeconds(config);
  const wanted = (channel: DeliveryChannel) =>
    sql`coalesce(p.${sql.identifier(channel)}, ${perType('d', (type) => DEFAULT_CHANNELS[type][channel])})`;
  // Ids are drawn here unless the draft brings one, once (a CTE with a volatile function is
  // computed once), so the deliveries can name the notification they belong to.
  const planned = qb.$with(name('planned'), {}).as(sql`
    select coalesce(d.id, gen_random_uuid()) as id, d.user_id, d.notification_type, d.title,
           d.message, d.params, d.conversation_id, d.reservation_id, d.message_id, d.urgent, d.created_at,
           ${wanted('email')} as email, ${wanted('sms')} as sms, ${wanted('push')} as push
    from (${drafts.rows}) d
    left join ${notificationPreferences} p
      on p.user_id = d.user_id and p.notification_type = d.notification_type`);
  const raised = qb.$with(name('raised'), {}).as(sql`
    insert into ${notifications} as n (id, user_id, notification_type, title, message, params,
      conversation_id, reservation_id, message_id, urgent, created_at, delivery_method)
    select id, user_id, notification_type, left(title, 200), message, params, conversation_id,
           reservation_id, message_id, urgent, created_at,
           concat_ws(',', 'in_app', case when push then 'push' end,
                     case when email then 'email' end, case when sms then 'sms' end)
    from ${sql.identifier(name('planned'))}
    on conflict (user_id, conversation_id)
      where notification_type = 'new_message' and not is_read do nothing
    returning n.id, n.user_id`);
  // One row per channel the user wants, each due after its delay for the type.
  const channels = sql.join(
    DELIVERY_CHANNELS.map(
      (channel) =>
        sql`(${sql.raw(`'${channel}'`)}, p.${sql.identifier(channel)},
             ${perType('p', (type) => delays[type][channel])})`,
    ),
    sql`, `,
  );
  const deliveries = qb.$with(name('deliveries'), {}).as(sql`
    insert into ${notificationDeliveries} (notification_id, channel, next_attempt_at)
    select p.id, c.channel, p.created_at + make_interval(secs => c.delay)
    from ${sql.identifier(name('planned'))} p
    join ${sql.identifier(name('raised'))} r on r.id = p.id
    cross join lateral (values ${channels}) as c(channel, wanted, delay)
    where c.wanted
    returning id, next_attempt_at, created_at`);
  const changes = qb.$with(name('changes'), {}).as(sql`
    select id, user_id, 'created'::text as change from ${sql.identifier(name('raised'))}`);
  // Only what is due at once gets its job here; the sweep enqueues the rest when due. A
  // statement whose types are never due at once (a new message) has no job part at all.
  const dueAtOnce = drafts.types.some((type) =>
    DELIVERY_CHANNELS.some((channel) => delays[type][channel] === 0),
  );
  if (!dueAtOnce) {
    return {
      ctes: [planned, raised, deliveries, changes],
      changes: sql`${sql.identifier(name('changes'))}`,
    };
  }
  const jobs = qb.$with(name('jobs'), {}).as(
    enqueueSql(sql`${firstAttemptJobs(sql`${sql.identifier(name('deliveries'))}`)}
      where d.next_attempt_at <= d.created_at`),
  );
  return {
    ctes: [planned, raised, deliveries, jobs, changes],
    changes: sql`${sql.identifier(name('changes'))}`,
    wake: wakeWorkersSql(sql`${sql.identifier(name('jobs'))}`),
  };
}

/**
 * The CTEs that mark notifications read in the statement of the event that reads them, from
 * `reads`: a query of (user_id, notification_id, read_at). Their deliveries not yet sent are
 * cancelled, each with a line in its timeline. `changes` names a CTE of (id, user_id,
 * change = 'read').
 */
export function readCtes(
  qb: QueryBuilder,
  prefix: string,
  reads: SQL,
): { ctes: WithSubquery[]; changes: SQL } {
  const name = (part: string) => `${prefix}_${part}`;
  const read = qb.$with(name('read'), {}).as(sql`
    update ${notifications} n set is_read = true, read_at = r.read_at
    from (${reads}) r
    where n.id = r.notification_id and n.user_id = r.user_id and not n.is_read
    returning n.id, n.user_id, n.read_at`);
  const cancelled = qb.$with(name('cancelled'), {}).as(sql`
    update ${notificationDeliveries} d set status = 'cancelled', next_attempt_at = null,
      updated_at = r.read_at
    from ${sql.identifier(name('read'))} r
    where d.notification_id = r.id and d.status in ('pending', 'deferred')
    returning d.id, r.read_at`);
  const timeline = qb.$with(name('timeline'), {}).as(sql`
    insert into ${notificationDeliveryAttempts} (delivery_id, attempted_at, outcome, error)
    select id, read_at, 'cancelled', 'read in the app' from ${sql.identifier(name('cancelled'))}
    returning 1`);
  const changes = qb.$with(name('changes'), {}).as(sql`
    select id, user_id, 'read'::text as change from ${sql.identifier(name('read'))}`);
  return {
    ctes: [read, cancelled, timeline, changes],
    changes: sql`${sql.identifier(name('changes'))}`,
  };
}

/** The sender's name, for a title: a lookup by key in the statement that raises. */
export function userName(userId: SQL): SQL {
  return sql`(select u.name from ${users} u where u.id = ${userId})`;
}
