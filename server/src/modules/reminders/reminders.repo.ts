import { createHash } from 'node:crypto';
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { automatedReminders, properties, reservations, users } from '../../platform/db/schema.ts';
import type { EventBus, UnitOfWork } from '../../platform/events/index.ts';
import {
  enqueueSql,
  instantJobsSql,
  wakeWorkersSql,
  type DueAtInstants,
} from '../../platform/jobs/index.ts';
import { reminderTexts } from './reminders.content.ts';
import type { PlannedReminder } from './reminders.schedule.ts';

export type ReminderRow = typeof automatedReminders.$inferSelect;

/**
 * The jobs that send the reminders due at one instant, and any others due by then (see
 * reminders.jobs.ts): one per distinct `scheduled_for`, so reminders that fall due together —
 * stays share check-in times — go out together in batches.
 */
export const SEND_JOBS: DueAtInstants = {
  kind: 'reminders.send',
  sweepKind: 'reminders.sweep',
  maxAttempts: 5,
};
export const SEND_JOB = SEND_JOBS.kind;

/** The send jobs of the reminders in `reminders` (rows with `scheduled_for`), for `enqueueSql`. */
export const sendJobsSql = (reminders: SQL) => instantJobsSql(SEND_JOBS, reminders);

/** What scheduling reservations' reminders reads of them and their properties. */
export async function staysOf(db: DbOrTx, reservationIds: readonly string[]) {
  if (reservationIds.length === 0) return [];
  return db
    .select({
      reservationId: reservations.id,
      status: reservations.status,
      checkIn: reservations.checkIn,
      checkOut: reservations.checkOut,
      paymentDueAt: reservations.paymentDueAt,
      checkInTime: properties.checkInTime,
      checkOutTime: properties.checkOutTime,
      timezone: properties.timezone,
    })
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(inArray(reservations.id, [...reservationIds]));
}

/** A reservation's reminders as they should now be. */
export interface StaySchedule {
  reservationId: string;
  planned: readonly PlannedReminder[];
}

/**
 * Writes reservations' plans in one statement: each (type, offset) is inserted, or moved if
 * not sent yet (a passed time is `skipped`); one no longer planned (a payment due time
 * removed) is cancelled; each scheduled one's time gets its send job (see `sendJobsSql`). A job
 * left at an earlier time finds nothing due when it runs.
 */
export async function saveSchedules(db: DbOrTx, schedules: readonly StaySchedule[]): Promise<void> {
  if (schedules.length === 0) return;
  const rows = schedules.flatMap(({ reservationId, planned }) =>
    planned.map((p) => ({ reservationId, ...p })),
  );
  const plan = sql`select * from unnest(
      ${sql.param(rows.map((p) => p.reservationId))}::uuid[],
      ${sql.param(rows.map((p) => p.type))}::text[], ${sql.param(rows.map((p) => p.offsetMinutes))}::int[],
      ${sql.param(rows.map((p) => p.scheduledFor.toISOString()))}::timestamptz[],
      ${sql.param(rows.map((p) => p.skipped))}::bool[])
    as p(reservation_id, reminder_type, offset_minutes, scheduled_for, skipped)`;
  const ids = sql.param(schedules.map((s) => s.reservationId));
  await db.execute(sql`
    with plan as (${plan}),
    saved as (
      insert into ${automatedReminders} as r
        (reservation_id, reminder_type, offset_minutes, scheduled_for, status)
      select p.reservation_id, p.reminder_type, p.offset_minutes, p.scheduled_for,
             case when p.skipped then 'skipped' else 'scheduled' end
      from plan p
      on conflict (reservation_id, reminder_type, offset_minutes) do update
        set scheduled_for = excluded.scheduled_for, status = excluded.status, updated_at = now()
        where r.status <> 'sent'
      returning r.id, r.scheduled_for, r.status
    ),
    dropped as (
      update ${automatedReminders} r set status = 'cancelled', updated_at = now()
      where r.reservation_id = any(${ids}::uuid[]) and r.status = 'scheduled'
        and not exists (select 1 from plan p where p.reservation_id = r.reservation_id
                          and p.reminder_type = r.reminder_type
                          and p.offset_minutes = r.offset_minutes)
      returning 1
    ),
    queued as (${enqueueSql(sendJobsSql(sql`(select * from saved where status = 'scheduled')`))})
    select ${wakeWorkersSql(sql`queued`)} as woke`);
}

/** Cancels the reminders of the reservations that were not sent yet. */
export async function cancelUnsent(db: DbOrTx, reservationIds: readonly string[]) {
  await db.execute(sql`
    update ${automatedReminders} set status = 'cancelled', updated_at = now()
    where reservation_id = any(${sql.param(reservationIds)}::uuid[]) and status = 'scheduled'`);
}

/** A reservation's reminders in time order, with its property's zone. */
export async function remindersOf(db: DbOrTx, reservationId: string) {
  return db
    .select({ reminder: automatedReminders, timezone: properties.timezone })
    .from(automatedReminders)
    .innerJoin(reservations, eq(reservations.id, automatedReminders.reservationId))
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(eq(automatedReminders.reservationId, reservationId))
    .orderBy(asc(automatedReminders.scheduledFor), asc(automatedReminders.reminderType));
}

/** The reminders due at `now` and still scheduled, oldest first, up to `limit`. */
export async function dueReminders(db: DbOrTx, now: Date, limit: number) {
  return queryRows<{
    id: string;
    reservation_id: string;
    reminder_type: string;
    offset_minutes: number;
    scheduled_for: string;
    property_title: string;
    guest_name: string;
  }>(
    db,
    sql`select r.id, r.reservation_id, r.reminder_type, r.offset_minutes,
               r.scheduled_for::text, p.title as property_title, g.name as guest_name
        from ${automatedReminders} r
        join ${reservations} res on res.id = r.reservation_id
        join ${properties} p on p.id = res.property_id
        join ${users} g on g.id = res.guest_id
        where r.status = 'scheduled' and r.scheduled_for <= ${now.toISOString()}::timestamptz
        order by r.scheduled_for, r.id
        limit ${limit}`,
  );
}

/**
 * The send, as one prepared statement for a batch: up to `limit` reminders still scheduled and
 * due at `now`, oldest first, are locked (those another sender holds are skipped: it sends
 * them), and each is sent — marked sent and recorded as `reminder.sent`, whose handlers raise the notifications in
 * the same statement — or skipped: a check-in or check-out reminder of a stay that is not
 * confirmed, a payment reminder of one that is neither pending nor confirmed, and one whose
 * closer sibling (same kind, smaller offset) is due as well.
 */
export function buildSendStatement(db: DbOrTx, events: EventBus) {
  const due = db.$with('reminders_due', {}).as(sql`
    select r.id, r.reservation_id, r.reminder_type, r.offset_minutes, r.scheduled_for
    from ${automatedReminders} r
    where r.status = 'scheduled' and r.scheduled_for <= ${sql.placeholder('now')}::timestamptz
    order by r.scheduled_for
    limit ${sql.placeholder('limit')}
    for update skip locked`);
  // A CTE with a volatile function is computed once, so the id drawn for the guest's
  // notification is the one the reminder row and the event both name.
  const judged = db.$with('reminders_judged', {}).as(sql`
    select d.*, d.scheduled_for + make_interval(mins => d.offset_minutes) as moment,
           res.guest_id, p.host_id, p.title as property_title, p.address, p.timezone,
           res.total_price, g.name as guest_name,
           case when d.reminder_type = 'payment_due_reminder'
             then res.status in ('pending', 'confirmed') else res.status = 'confirmed'
           end
           -- Sent late (after an outage), the earlier of two of a kind says less than the
           -- later one, which is due too: only that one goes out.
           and not exists (
             select 1 from ${automatedReminders} closer
             where closer.reservation_id = d.reservation_id
               and closer.reminder_type = d.reminder_type
               and closer.offset_minutes < d.offset_minutes
               and closer.status in ('scheduled', 'sent')
               and closer.scheduled_for <= ${sql.placeholder('now')}::timestamptz
           ) as goes_out,
           gen_random_uuid() as notification_id
    from reminders_due d
    join ${reservations} res on res.id = d.reservation_id
    join ${properties} p on p.id = res.property_id
    join ${users} g on g.id = res.guest_id`);
  const marked = db.$with('reminders_marked', {}).as(sql`
    update ${automatedReminders} r
    set status = case when j.goes_out then 'sent' else 'skipped' end, is_sent = j.goes_out,
        sent_at = case when j.goes_out then ${sql.placeholder('now')}::timestamptz end,
        notification_id = case when j.goes_out then j.notification_id end,
        updated_at = ${sql.placeholder('now')}::timestamptz
    from reminders_judged j
    where r.id = j.id
    returning r.id, r.status`);
  const texts = reminderTexts();
  const event = events.partsFor(
    'reminder.sent',
    sql`select j.id as reminder_id, j.reservation_id, j.reminder_type, j.guest_id, j.host_id,
               j.notification_id as guest_notification_id, ${texts.title} as title,
               ${texts.guestMessage} as guest_message, ${texts.hostMessage} as host_message,
               (j.reminder_type = 'check_in_reminder' and j.offset_minutes <= 120) as urgent,
               ${sql.placeholder('now')}::timestamptz as sent_at, ${texts.params} as params
        from reminders_judged j where j.goes_out`,
  );
  const query = db
    .with(due, judged, marked, ...event.ctes)
    .select({
      ...event.results,
      skipped: sql<number>`(select count(*)::int from reminders_marked where status = 'skipped')`,
    })
    .from(sql`(select) as statement`);
  // Buses with other handlers build other texts: the name is the text's own (as the send's).
  const text = createHash('sha1').update(query.toSQL().sql).digest('hex').slice(0, 12);
  const statement = query.prepare(`reminders_send_${text}`);
  return {
    /**
     * Sends up to `limit` reminders due at `now`; answers those sent, how many were skipped,
     * and how many it took (sent or skipped).
     */
    execute: async (limit: number, now: Date, uow: UnitOfWork) => {
      const [row] = (await statement.execute({ limit, now: now.toISOString() })) as Record<
        string,
        unknown
      >[];
      await event.finish(row, uow);
      const sent = event.payloadsOf(row);
      const skipped = Number(row?.skipped ?? 0);
      return { sent, skipped, taken: sent.length + skipped };
    },
  };
}
