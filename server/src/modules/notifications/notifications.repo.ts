import type {
  AttachmentKind,
  DeliveryChannel,
  DeliveryStatus,
  NotificationType,
} from '@flexbnb/contracts';
import { and, asc, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { prepared, queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { enqueueSql, wakeWorkersSql } from '../../platform/jobs/index.ts';
import { DELIVER_JOB, DELIVER_JOB_MAX_ATTEMPTS, firstAttemptJobs } from './notifications.raise.ts';
import type { DELIVERY_OUTCOMES } from '../../platform/db/schema.ts';
import {
  conversations,
  messages,
  notificationDeliveries,
  notificationDeliveryAttempts,
  notificationPreferences,
  notifications,
  properties,
  pushSubscriptions,
  quietHours,
  reservations,
  users,
} from '../../platform/db/schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type DeliveryRow = typeof notificationDeliveries.$inferSelect;
export type AttemptRow = typeof notificationDeliveryAttempts.$inferSelect;
export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

/** One page of a user's notifications, newest first. */
export async function pageNotifications(
  db: DbOrTx,
  userId: string,
  options: { unread?: boolean; limit: number; after?: { created_at: string; id: string } },
): Promise<NotificationRow[]> {
  const { after } = options;
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        options.unread ? eq(notifications.isRead, false) : undefined,
        after
          ? or(
              lt(notifications.createdAt, new Date(after.created_at)),
              and(
                eq(notifications.createdAt, new Date(after.created_at)),
                lt(notifications.id, after.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

/** What a user reads the messenger's texts in: their locale, detected language and zone. */
const readerColumns = {
  locale: users.locale,
  detectedLanguage: users.detectedLanguage,
  timeZone: users.timeZone,
};
export type ReaderRow = {
  locale: string | null;
  detectedLanguage: string | null;
  timeZone: string | null;
};

/** The notifications with these ids, each with what its reader reads it in. */
export async function findNotificationRows(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ notification: notifications, reader: readerColumns })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(inArray(notifications.id, ids));
}

/** The user's language settings, or undefined for a user who is gone. */
export async function readerOf(db: DbOrTx, userId: string): Promise<ReaderRow | undefined> {
  const [row] = await db.select(readerColumns).from(users).where(eq(users.id, userId));
  return row;
}

export async function findOwnNotification(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}

/** Marks the user's unread notifications read (these, or all); answers those it changed. */
export async function markNotificationsRead(
  db: DbOrTx,
  userId: string,
  readAt: Date,
  ids?: string[],
): Promise<NotificationRow[]> {
  return db
    .update(notifications)
    .set({ isRead: true, readAt })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.isRead, false),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    )
    .returning();
}

/** Cancels the deliveries of these notifications that have not gone out, with a timeline line. */
export async function cancelPendingDeliveries(
  db: DbOrTx,
  notificationIds: string[],
  at: Date,
  reason: string,
): Promise<void> {
  if (notificationIds.length === 0) return;
  const cancelled = await db
    .update(notificationDeliveries)
    .set({ status: 'cancelled', nextAttemptAt: null, updatedAt: at })
    .where(
      and(
        inArray(notificationDeliveries.notificationId, notificationIds),
        inArray(notificationDeliveries.status, ['pending', 'deferred']),
      ),
    )
    .returning({ id: notificationDeliveries.id });
  if (cancelled.length === 0) return;
  await db.insert(notificationDeliveryAttempts).values(
    cancelled.map((d) => ({
      deliveryId: d.id,
      attemptedAt: at,
      outcome: 'cancelled' as const,
      error: reason,
    })),
  );
}

export async function deliveriesOf(db: DbOrTx, notificationIds: string[]) {
  if (notificationIds.length === 0) return [];
  return db
    .select()
    .from(notificationDeliveries)
    .where(inArray(notificationDeliveries.notificationId, notificationIds))
    .orderBy(asc(notificationDeliveries.createdAt), asc(notificationDeliveries.channel));
}

export async function attemptsOf(db: DbOrTx, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return [];
  return db
    .select()
    .from(notificationDeliveryAttempts)
    .where(inArray(notificationDeliveryAttempts.deliveryId, deliveryIds))
    .orderBy(asc(notificationDeliveryAttempts.attemptedAt), asc(notificationDeliveryAttempts.id));
}

/**
 * The message, if `senderId` sent it, and the new-message notification it raised or joined:
 * the receiver's latest for the thread raised at or before the message.
 */
export async function messageWithNotification(db: DbOrTx, messageId: string, senderId: string) {
  const [row] = await queryRows<{
    message_id: string;
    read_at: string | null;
    notification_id: string | null;
  }>(
    db,
    sql`select m.id as message_id, m.read_at, (
          select n.id from ${notifications} n
          where n.user_id = m.receiver_id and n.conversation_id = m.conversation_id
            and n.notification_type = 'new_message' and n.created_at <= m.created_at
          order by n.created_at desc limit 1) as notification_id
        from ${messages} m where m.id = ${messageId} and m.sender_id = ${senderId}`,
  );
  return row;
}

export async function preferencesOf(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
}

export async function upsertPreferences(
  db: DbOrTx,
  rows: {
    userId: string;
    notificationType: NotificationType;
    email: boolean;
    sms: boolean;
    push: boolean;
  }[],
) {
  if (rows.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(rows)
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.notificationType],
      set: {
        email: sql`excluded.email`,
        sms: sql`excluded.sms`,
        push: sql`excluded.push`,
      },
    });
}

export async function quietHoursOf(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(quietHours).where(eq(quietHours.userId, userId));
  return row;
}

export async function setQuietHours(
  db: DbOrTx,
  userId: string,
  window: { start: string; end: string; timezone: string } | null,
  at: Date,
) {
  if (!window) {
    await db.delete(quietHours).where(eq(quietHours.userId, userId));
    return;
  }
  await db
    .insert(quietHours)
    .values({ userId, ...window, updatedAt: at })
    .onConflictDoUpdate({ target: quietHours.userId, set: { ...window, updatedAt: at } });
}

export async function userContact(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function setPhone(db: DbOrTx, userId: string, phone: string | null) {
  await db.update(users).set({ phone }).where(eq(users.id, userId));
}

/** Adds the subscription, or moves an endpoint already known to this user. */
export async function upsertPushSubscription(
  db: DbOrTx,
  input: { userId: string; endpoint: string; p256dh: string; auth: string },
): Promise<{ row: PushSubscriptionRow; created: boolean }> {
  const [row] = await queryRows<PushSubscriptionRow & { created: boolean }>(
    db,
    sql`insert into ${pushSubscriptions} as s (user_id, endpoint, p256dh, auth)
        values (${input.userId}, ${input.endpoint}, ${input.p256dh}, ${input.auth})
        on conflict (endpoint) do update set user_id = excluded.user_id,
          p256dh = excluded.p256dh, auth = excluded.auth
        returning s.id, s.user_id as "userId", s.endpoint, s.p256dh, s.auth,
          s.created_at as "createdAt", (xmax = 0) as created`,
  );
  const { created, ...rest } = row!;
  return { row: { ...rest, createdAt: new Date(rest.createdAt) }, created };
}

export async function deletePushSubscription(db: DbOrTx, userId: string, id: string) {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, userId)))
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

export async function forgetPushEndpoint(db: DbOrTx, endpoint: string) {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint));
}

export async function preferenceOf(db: DbOrTx, userId: string, type: NotificationType) {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.userId, userId),
        eq(notificationPreferences.notificationType, type),
      ),
    );
  return row;
}

export async function updateDelivery(
  db: DbOrTx,
  id: string,
  set: Partial<{
    status: DeliveryStatus;
    attempts: number;
    nextAttemptAt: Date | null;
    sentAt: Date | null;
    lastError: string | null;
    providerMessageId: string | null;
  }>,
  at: Date,
) {
  await db
    .update(notificationDeliveries)
    .set({ ...set, updatedAt: at })
    .where(eq(notificationDeliveries.id, id));
}

export async function addAttempt(
  db: DbOrTx,
  attempt: {
    deliveryId: string;
    attemptedAt: Date;
    outcome: DeliveryOutcome;
    responseCode?: string | null;
    error?: string | null;
  },
) {
  await db.insert(notificationDeliveryAttempts).values(attempt);
}

/** What a thread's notification needs of it: who, where, and the stay it is about. */
export interface ThreadContext {
  hostId: string;
  propertyTitle: string;
  timezone: string;
  checkInTime: string;
  checkOutTime: string;
  checkIn: string | null;
  checkOut: string | null;
  reservationStatus: string | null;
}

export interface UnreadLine {
  senderName: string;
  text: string;
  createdAt: string;
  /** What the message carries: the email names them. */
  attachments: { kind: AttachmentKind; name: string }[] | null;
}

const DIGEST_LIMIT = 20;

/**
 * Everything deciding and composing an attempt of each of a batch of deliveries needs, in one
 * prepared statement: the delivery, its notification and user, their preference and quiet
 * hours, the thread or stay it is about, the browsers to push to, and (for a new message's
 * email or push) the thread's unread messages, the newest `DIGEST_LIMIT`.
 */
const deliveryPlan = prepared((db) =>
  db
    .select({
      delivery: notificationDeliveries,
      notification: notifications,
      user: {
        id: users.id,
        name: users.name,
        email: users.email,
        phone: users.phone,
        locale: users.locale,
        detectedLanguage: users.detectedLanguage,
        timeZone: users.timeZone,
      },
      preference: {
        email: notificationPreferences.email,
        sms: notificationPreferences.sms,
        push: notificationPreferences.push,
      },
      quiet: { start: quietHours.start, end: quietHours.end, timezone: quietHours.timezone },
      thread: sql<ThreadContext | null>`(
        select jsonb_build_object('hostId', c.host_id, 'propertyTitle', p.title,
          'timezone', p.timezone, 'checkInTime', p.check_in_time,
          'checkOutTime', p.check_out_time, 'checkIn', r.check_in, 'checkOut', r.check_out,
          'reservationStatus', r.status)
        from ${conversations} c
        join ${properties} p on p.id = c.property_id
        left join ${reservations} r on r.id = c.reservation_id
        where c.id = ${notifications.conversationId})`,
      stayHostId: sql<string | null>`(
        select p.host_id from ${reservations} r join ${properties} p on p.id = r.property_id
        where r.id = ${notifications.reservationId})`,
      targets: sql<{ endpoint: string; p256dh: string; auth: string }[]>`(
        select coalesce(jsonb_agg(jsonb_build_object('endpoint', s.endpoint,
          'p256dh', s.p256dh, 'auth', s.auth)), '[]'::jsonb)
        from ${pushSubscriptions} s
        where ${notificationDeliveries.channel} = 'push' and s.user_id = ${notifications.userId})`,
      unread: sql<UnreadLine[]>`(
        select coalesce(jsonb_agg(jsonb_build_object('senderName', x.sender_name,
          'text', x.message, 'createdAt', x.created_at, 'attachments', x.attachments)
          order by x.seq), '[]'::jsonb)
        from (select m.seq, m.message, m.created_at, m.attachments, sender.name as sender_name
              from ${messages} m join ${users} sender on sender.id = m.sender_id
              where ${notifications.notificationType} = 'new_message'
                and ${notificationDeliveries.channel} in ('email', 'push')
                and m.conversation_id = ${notifications.conversationId}
                and m.receiver_id = ${notifications.userId} and not m.is_read
              order by m.seq desc limit ${sql.raw(String(DIGEST_LIMIT))}) x)`,
    })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.userId, notifications.userId),
        eq(notificationPreferences.notificationType, notifications.notificationType),
      ),
    )
    .leftJoin(quietHours, eq(quietHours.userId, notifications.userId))
    .where(sql`${notificationDeliveries.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('notification_delivery_plans'),
);

/** The plan of each delivery, in the order of `deliveryIds`; undefined for one that is gone. */
export async function readDeliveryPlans(db: DbOrTx, deliveryIds: readonly string[]) {
  const rows = await deliveryPlan(db).execute({ ids: deliveryIds });
  const byId = new Map(rows.map((row) => [row.delivery.id, row]));
  return deliveryIds.map((id) => byId.get(id));
}
export type DeliveryPlanRow = NonNullable<Awaited<ReturnType<typeof readDeliveryPlans>>[number]>;

export interface AttemptRecord {
  id: string;
  status: 'sent' | 'pending' | 'failed';
  attempts: number;
  at: Date;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
  lastError: string | null;
  providerMessageId: string | null;
  outcome: 'sent' | 'failed';
  responseCode: string | null;
  error: string | null;
  /** The next attempt's job key, when there is one. */
  retryKey: string | null;
}

/**
 * Locks a delivery for recording its attempt after `attempts` earlier ones, in the caller's
 * transaction; false when it has not had exactly that many (that attempt is recorded already).
 */
export async function lockDeliveryAt(db: DbOrTx, id: string, attempts: number): Promise<boolean> {
  const rows = await db
    .select({ id: notificationDeliveries.id })
    .from(notificationDeliveries)
    .where(and(eq(notificationDeliveries.id, id), eq(notificationDeliveries.attempts, attempts)))
    .for('update');
  return rows.length === 1;
}

/** A batch of attempts as the statement's parameters: one array per column. */
function attemptColumns(batch: readonly AttemptRecord[]) {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    ids: batch.map((a) => a.id),
    statuses: batch.map((a) => a.status),
    attempts: batch.map((a) => a.attempts),
    ats: batch.map((a) => a.at.toISOString()),
    sent_ats: batch.map((a) => iso(a.sentAt)),
    next_attempt_ats: batch.map((a) => iso(a.nextAttemptAt)),
    last_errors: batch.map((a) => a.lastError),
    provider_message_ids: batch.map((a) => a.providerMessageId),
    outcomes: batch.map((a) => a.outcome),
    response_codes: batch.map((a) => a.responseCode),
    errors: batch.map((a) => a.error),
    retry_keys: batch.map((a) => a.retryKey),
  };
}

/**
 * How a batch of attempts ended, in one prepared statement: each delivery's new state, a line
 * in its timeline, its notification's `*_sent` flag when it was sent, and the next attempt's
 * job (with `retry_key`), whose workers it wakes. One attempt per delivery in a batch.
 * Fenced by the attempt number: an attempt is recorded only over the one before it, so the
 * same record written twice (its first commit's answer lost with the connection) or an
 * attempt that two jobs ran at once is recorded once.
 */
const attemptRecords = prepared((db) => {
  const column = (name: keyof ReturnType<typeof attemptColumns>, type: string) =>
    sql`${sql.placeholder(name)}::${sql.raw(type)}[]`;
  const input = db.$with('attempt_input', {}).as(sql`
    select * from unnest(${column('ids', 'uuid')}, ${column('statuses', 'text')},
      ${column('attempts', 'int')}, ${column('ats', 'timestamptz')},
      ${column('sent_ats', 'timestamptz')}, ${column('next_attempt_ats', 'timestamptz')},
      ${column('last_errors', 'text')}, ${column('provider_message_ids', 'text')},
      ${column('outcomes', 'text')}, ${column('response_codes', 'text')},
      ${column('errors', 'text')}, ${column('retry_keys', 'text')})
    as a(id, status, attempts, at, sent_at, next_attempt_at, last_error, provider_message_id,
         outcome, response_code, error, retry_key)`);
  const updated = db.$with('attempt_updated', {}).as(sql`
    update ${notificationDeliveries} d set status = a.status, attempts = a.attempts,
      sent_at = a.sent_at, next_attempt_at = a.next_attempt_at, last_error = a.last_error,
      provider_message_id = coalesce(a.provider_message_id, d.provider_message_id),
      updated_at = a.at
    from attempt_input a
    where d.id = a.id and d.attempts = a.attempts - 1
    returning d.id, d.notification_id, d.channel, a.at, a.outcome, a.response_code, a.error,
      a.next_attempt_at, a.retry_key`);
  const timeline = db.$with('attempt_timeline', {}).as(sql`
    insert into ${notificationDeliveryAttempts} (delivery_id, attempted_at, outcome, response_code, error)
    select id, at, outcome, response_code, error from attempt_updated
    returning 1`);
  // A notification's email and push may end in the same batch: one row per notification.
  const sentChannels = sql`
    select notification_id, max(at) as at, bool_or(channel = 'email') as email,
           bool_or(channel = 'sms') as sms, bool_or(channel = 'push') as push
    from attempt_updated where outcome = 'sent' group by notification_id`;
  const flag = (channel: 'email' | 'sms' | 'push') => {
    const column = sql.identifier(`${channel}_sent`);
    const at = sql.identifier(`${channel}_sent_at`);
    return sql`${column} = n.${column} or s.${sql.identifier(channel)},
      ${at} = case when s.${sql.identifier(channel)} then s.at else n.${at} end`;
  };
  const flags = db.$with('attempt_flags', {}).as(sql`
    update ${notifications} n set ${flag('email')}, ${flag('sms')}, ${flag('push')}
    from (${sentChannels}) s
    where n.id = s.notification_id
    returning 1`);
  const retry = db.$with('attempt_retry', {}).as(
    enqueueSql(sql`select ${DELIVER_JOB}::text as kind, u.retry_key as idempotency_key,
        jsonb_build_object('delivery_id', u.id) as payload,
        u.next_attempt_at as run_at,
        ${DELIVER_JOB_MAX_ATTEMPTS}::int as max_attempts
      from attempt_updated u where u.retry_key is not null`),
  );
  return db
    .with(input, updated, timeline, flags, retry)
    .select({ woke: wakeWorkersSql(sql`attempt_retry`) })
    .from(sql`(select) as statement`)
    .prepare('notification_delivery_attempts');
});

export async function recordAttempts(db: DbOrTx, batch: readonly AttemptRecord[]) {
  await attemptRecords(db).execute(attemptColumns(batch));
}

/**
 * Enqueues the first attempt of up to `limit` deliveries that are due and have no job yet
 * (should two sweeps meet, the key `<delivery>:1` makes one job), waking the workers; answers
 * how many it found.
 */
export async function enqueueDueFirstAttempts(db: DbOrTx, limit: number): Promise<number> {
  const [row] = await queryRows<{ due: number }>(
    db,
    sql`with due as (
          select d.id, d.next_attempt_at from ${notificationDeliveries} d
          where d.status = 'pending' and d.attempts = 0 and d.next_attempt_at <= now()
            and not exists (select 1 from jobs j where j.kind = ${DELIVER_JOB}
                              and j.idempotency_key = d.id::text || ':1')
          order by d.next_attempt_at limit ${limit}
        ), queued as (${enqueueSql(firstAttemptJobs(sql`due`))})
        select (select count(*)::int from due) as due, ${wakeWorkersSql(sql`queued`)} as woke`,
  );
  return row?.due ?? 0;
}

/**
 * Puts the deliveries still `failed` (this one, those of a channel, or all) back in the queue,
 * due at `at`, each with the job of its next attempt, waking the workers; answers those it
 * took. The status is the update's own condition, so a delivery two callers retry at once is
 * taken by one of them only (the other's update finds it pending once the first commits).
 * The job's key is attemptKey(id, attempts + 1): a delivery fails with no next attempt
 * planned, so that key has never been enqueued.
 */
export async function requeueFailed(
  db: DbOrTx,
  filter: { deliveryId?: string; channel?: DeliveryChannel },
  at: Date,
): Promise<{ id: string; attempts: number }[]> {
  const when = at.toISOString();
  const rows = await queryRows<{ id: string; attempts: number }>(
    db,
    sql`with retried as (
          update ${notificationDeliveries} d
          set status = 'pending', next_attempt_at = ${when}::timestamptz,
              updated_at = ${when}::timestamptz
          where d.status = 'failed'
            ${filter.deliveryId ? sql`and d.id = ${filter.deliveryId}::uuid` : sql``}
            ${filter.channel ? sql`and d.channel = ${filter.channel}` : sql``}
          returning d.id, d.attempts
        ), queued as (${enqueueSql(sql`
          select ${DELIVER_JOB}::text as kind, r.id::text || ':' || (r.attempts + 1) as idempotency_key,
            jsonb_build_object('delivery_id', r.id) as payload, ${when}::timestamptz as run_at,
            ${DELIVER_JOB_MAX_ATTEMPTS}::int as max_attempts
          from retried r`)})
        select r.id, r.attempts, ${wakeWorkersSql(sql`queued`)} as woke from retried r`,
  );
  return rows.map((r) => ({ id: r.id, attempts: Number(r.attempts) }));
}
