import type { DeliveryChannel, DeliveryStatus, NotificationType } from '@flexbnb/contracts';
import { and, asc, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/connect.ts';
import {
  automatedReminders,
  conversations,
  jobs,
  messages,
  notificationDeliveries,
  notificationDeliveryAttempts,
  notifications,
  properties,
  reservations,
  serverNodes,
  users,
} from '../../platform/db/schema.ts';
import type { AdminPage } from './admin.paging.ts';
import { countOf } from './admin.sql.ts';

// The console's reads across the modules' tables: counts for the dashboard, and the
// operations lists, each filtered, sorted (the row's id breaking ties) and paged here.

const countWhere = (condition: SQL) =>
  sql<number>`(count(*) filter (where ${condition}))::int`.mapWith(Number);

/** `column` in the page's direction, then the id the same way, so equal keys keep one order. */
function orderBy(column: AnyPgColumn, id: AnyPgColumn, page: AdminPage<string>, nullable = false) {
  const direction = page.sort.desc ? sql`desc` : sql`asc`;
  // Not yet happened (a reminder not sent) reads as "no value": last either way.
  const first = nullable
    ? sql`${column} ${direction} nulls last`
    : page.sort.desc
      ? desc(column)
      : asc(column);
  return [first, page.sort.desc ? desc(id) : asc(id)];
}

// --- dashboard --------------------------------------------------------------------------

export async function totals(db: DbOrTx) {
  const [row] = await db
    .select({
      users: countOf,
      admins: countWhere(sql`${users.role} = 'admin'`),
      disabledUsers: countWhere(sql`${users.disabledAt} is not null`),
      properties: sql<number>`(select count(*)::int from ${properties})`.mapWith(Number),
      reservations: sql<number>`(select count(*)::int from ${reservations})`.mapWith(Number),
      conversations: sql<number>`(select count(*)::int from ${conversations})`.mapWith(Number),
      // What people wrote: the messenger's own lines about a stay are not counted.
      messages: sql<number>`(select count(*)::int from ${messages} m
        where m.system_event is null)`.mapWith(Number),
    })
    .from(users);
  return row!;
}

/** People's messages per UTC day (`YYYY-MM-DD`) since `since`; days without any are absent. */
export async function messagesPerDay(db: DbOrTx, since: Date) {
  const day = sql<string>`to_char(${messages.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  return db
    .select({ day, count: countOf })
    .from(messages)
    .where(
      and(
        sql`${messages.createdAt} >= ${since.toISOString()}::timestamptz`,
        sql`${messages.systemEvent} is null`,
      ),
    )
    .groupBy(day);
}

/** Notifications raised since `since`, read and unread. */
export async function notificationsByReadState(db: DbOrTx, since: Date) {
  return db
    .select({ isRead: notifications.isRead, count: countOf })
    .from(notifications)
    .where(sql`${notifications.createdAt} >= ${since.toISOString()}::timestamptz`)
    .groupBy(notifications.isRead);
}

/** Deliveries made since `since`, per channel and status. */
export async function deliveriesByStatus(db: DbOrTx, since: Date) {
  return db
    .select({
      channel: notificationDeliveries.channel,
      status: notificationDeliveries.status,
      count: countOf,
    })
    .from(notificationDeliveries)
    .where(sql`${notificationDeliveries.createdAt} >= ${since.toISOString()}::timestamptz`)
    .groupBy(notificationDeliveries.channel, notificationDeliveries.status);
}

export async function reminderBacklog(db: DbOrTx, at: Date) {
  const [row] = await db
    .select({
      scheduled: countWhere(sql`${automatedReminders.status} = 'scheduled'`),
      overdue: countWhere(
        sql`${automatedReminders.status} = 'scheduled'
          and ${automatedReminders.scheduledFor} < ${at.toISOString()}::timestamptz`,
      ),
      failed: countWhere(sql`${automatedReminders.status} = 'failed'`),
    })
    .from(automatedReminders)
    .where(inArray(automatedReminders.status, ['scheduled', 'failed']));
  return row!;
}

export async function jobBacklog(db: DbOrTx, at: Date) {
  const [row] = await db
    .select({
      pending: countWhere(sql`${jobs.state} = 'pending'`),
      running: countWhere(sql`${jobs.state} = 'running'`),
      failed: countWhere(sql`${jobs.state} = 'failed'`),
      oldestDueAt: sql<Date | null>`min(${jobs.runAt}) filter (where ${jobs.state} = 'pending'
        and ${jobs.runAt} <= ${at.toISOString()}::timestamptz)`.mapWith(jobs.runAt),
    })
    .from(jobs)
    .where(inArray(jobs.state, ['pending', 'running', 'failed']));
  return row!;
}

/** The nodes whose heartbeat was written at or after `since`. */
export async function nodesSeenSince(db: DbOrTx, since: Date) {
  return db
    .select()
    .from(serverNodes)
    .where(sql`${serverNodes.lastSeenAt} >= ${since.toISOString()}::timestamptz`)
    .orderBy(asc(serverNodes.hostname), asc(serverNodes.startedAt), asc(serverNodes.id));
}

// --- notifications and deliveries -------------------------------------------------------

const person = { id: users.id, name: users.name, email: users.email };

export interface NotificationFilter {
  type?: NotificationType;
  channel?: DeliveryChannel;
  status?: DeliveryStatus;
  userId?: string;
}

/** One page of notifications, with their users; `total` of those matching the filter. */
export async function notificationsPage(
  db: DbOrTx,
  filter: NotificationFilter,
  page: AdminPage<'created_at'>,
) {
  const where = and(
    filter.type ? eq(notifications.notificationType, filter.type) : undefined,
    filter.userId ? eq(notifications.userId, filter.userId) : undefined,
    // Channel and status name one delivery: `?channel=email&status=failed` is a failed email.
    filter.channel || filter.status
      ? exists(
          db
            .select({ one: sql`1` })
            .from(notificationDeliveries)
            .where(
              and(
                eq(notificationDeliveries.notificationId, notifications.id),
                filter.channel ? eq(notificationDeliveries.channel, filter.channel) : undefined,
                filter.status ? eq(notificationDeliveries.status, filter.status) : undefined,
              ),
            ),
        )
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ notification: notifications, user: person })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(where)
      .orderBy(...orderBy(notifications.createdAt, notifications.id, page))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: countOf }).from(notifications).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}
export type AdminNotificationRow = Awaited<ReturnType<typeof notificationsPage>>['rows'][number];

/** The deliveries of these notifications, by channel. */
export async function deliveriesOfNotifications(db: DbOrTx, notificationIds: string[]) {
  if (notificationIds.length === 0) return [];
  return db
    .select({
      id: notificationDeliveries.id,
      notificationId: notificationDeliveries.notificationId,
      channel: notificationDeliveries.channel,
      status: notificationDeliveries.status,
      attempts: notificationDeliveries.attempts,
    })
    .from(notificationDeliveries)
    .where(inArray(notificationDeliveries.notificationId, notificationIds))
    .orderBy(asc(notificationDeliveries.channel));
}
export type NotificationDeliveryRow = Awaited<ReturnType<typeof deliveriesOfNotifications>>[number];

export interface DeliveryFilter {
  status?: DeliveryStatus;
  channel?: DeliveryChannel;
  type?: NotificationType;
  userId?: string;
}

const deliveryColumns = {
  delivery: notificationDeliveries,
  notification: {
    id: notifications.id,
    notificationType: notifications.notificationType,
    title: notifications.title,
  },
  user: person,
};

const DELIVERY_SORT_COLUMNS = {
  updated_at: notificationDeliveries.updatedAt,
  created_at: notificationDeliveries.createdAt,
  attempts: notificationDeliveries.attempts,
};

/** One page of deliveries with their notifications and users; `total` of those matching. */
export async function deliveriesPage(
  db: DbOrTx,
  filter: DeliveryFilter,
  page: AdminPage<keyof typeof DELIVERY_SORT_COLUMNS>,
) {
  const where = and(
    filter.status ? eq(notificationDeliveries.status, filter.status) : undefined,
    filter.channel ? eq(notificationDeliveries.channel, filter.channel) : undefined,
    filter.type ? eq(notifications.notificationType, filter.type) : undefined,
    filter.userId ? eq(notifications.userId, filter.userId) : undefined,
  );
  const sortColumn = DELIVERY_SORT_COLUMNS[page.sort.key];
  const [rows, [total]] = await Promise.all([
    db
      .select(deliveryColumns)
      .from(notificationDeliveries)
      .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(where)
      .orderBy(...orderBy(sortColumn, notificationDeliveries.id, page))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ total: countOf })
      .from(notificationDeliveries)
      .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
      .where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}
export type AdminDeliveryRow = Awaited<ReturnType<typeof deliveriesPage>>['rows'][number];

export async function findDelivery(db: DbOrTx, id: string): Promise<AdminDeliveryRow | undefined> {
  const [row] = await db
    .select(deliveryColumns)
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notificationDeliveries.id, id));
  return row;
}

/** Every attempt of a delivery, oldest first. */
export async function attemptsOf(db: DbOrTx, deliveryId: string) {
  return db
    .select()
    .from(notificationDeliveryAttempts)
    .where(eq(notificationDeliveryAttempts.deliveryId, deliveryId))
    .orderBy(asc(notificationDeliveryAttempts.attemptedAt), asc(notificationDeliveryAttempts.id));
}
export type AttemptRow = Awaited<ReturnType<typeof attemptsOf>>[number];

/** Per channel with any delivery waiting or failed: what waits, and since when. */
export async function deliveryQueue(db: DbOrTx, at: Date) {
  const pending = sql`${notificationDeliveries.status} = 'pending'`;
  const due = sql`${pending} and ${notificationDeliveries.nextAttemptAt} <= ${at.toISOString()}::timestamptz`;
  return db
    .select({
      channel: notificationDeliveries.channel,
      pending: countWhere(pending),
      due: countWhere(due),
      deferred: countWhere(sql`${notificationDeliveries.status} = 'deferred'`),
      failed: countWhere(sql`${notificationDeliveries.status} = 'failed'`),
      oldestDueAt: sql<Date | null>`min(${notificationDeliveries.nextAttemptAt})
        filter (where ${due})`.mapWith(notificationDeliveries.nextAttemptAt),
    })
    .from(notificationDeliveries)
    .where(inArray(notificationDeliveries.status, ['pending', 'deferred', 'failed']))
    .groupBy(notificationDeliveries.channel);
}

// --- reminders --------------------------------------------------------------------------

type ReminderRow = typeof automatedReminders.$inferSelect;

export interface ReminderFilter {
  status?: ReminderRow['status'];
  reminderType?: ReminderRow['reminderType'];
  propertyId?: string;
  reservationId?: string;
}

const REMINDER_SORT_COLUMNS = {
  scheduled_for: automatedReminders.scheduledFor,
  sent_at: automatedReminders.sentAt,
};

/** One page of reminders with their stays, properties and guests; `total` of those matching. */
export async function remindersPage(
  db: DbOrTx,
  filter: ReminderFilter,
  page: AdminPage<keyof typeof REMINDER_SORT_COLUMNS>,
) {
  const where = and(
    filter.status ? eq(automatedReminders.status, filter.status) : undefined,
    filter.reminderType ? eq(automatedReminders.reminderType, filter.reminderType) : undefined,
    filter.reservationId ? eq(automatedReminders.reservationId, filter.reservationId) : undefined,
    filter.propertyId ? eq(reservations.propertyId, filter.propertyId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        reminder: automatedReminders,
        reservation: {
          id: reservations.id,
          status: reservations.status,
          checkIn: reservations.checkIn,
          checkOut: reservations.checkOut,
        },
        property: { id: properties.id, title: properties.title, timezone: properties.timezone },
        guest: person,
      })
      .from(automatedReminders)
      .innerJoin(reservations, eq(reservations.id, automatedReminders.reservationId))
      .innerJoin(properties, eq(properties.id, reservations.propertyId))
      .innerJoin(users, eq(users.id, reservations.guestId))
      .where(where)
      .orderBy(
        ...orderBy(
          REMINDER_SORT_COLUMNS[page.sort.key],
          automatedReminders.id,
          page,
          page.sort.key === 'sent_at',
        ),
      )
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ total: countOf })
      .from(automatedReminders)
      .innerJoin(reservations, eq(reservations.id, automatedReminders.reservationId))
      .where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}
export type AdminReminderRow = Awaited<ReturnType<typeof remindersPage>>['rows'][number];

// --- jobs -------------------------------------------------------------------------------

export interface JobFilter {
  state?: (typeof jobs.$inferSelect)['state'];
  kind?: string;
}

const JOB_SORT_COLUMNS = { run_at: jobs.runAt, created_at: jobs.createdAt };

/** One page of background jobs; `total` of those matching. */
export async function jobsPage(
  db: DbOrTx,
  filter: JobFilter,
  page: AdminPage<keyof typeof JOB_SORT_COLUMNS>,
) {
  const where = and(
    filter.state ? eq(jobs.state, filter.state) : undefined,
    filter.kind ? eq(jobs.kind, filter.kind) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(jobs)
      .where(where)
      .orderBy(...orderBy(JOB_SORT_COLUMNS[page.sort.key], jobs.id, page))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: countOf }).from(jobs).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}
export type AdminJobRow = Awaited<ReturnType<typeof jobsPage>>['rows'][number];
