import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  SERVER_ROLES,
  type AdminDelivery,
  type AdminDeliveryDetail,
  type AdminJob,
  type AdminNotification,
  type AdminReminder,
  type Dashboard,
  type DeliveryQueue,
} from '@flexbnb/contracts';
import { localIso } from '../reminders/index.ts';
import type * as repo from './operations.repo.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const secondsBetween = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));

export function presentAdminNotification(
  row: repo.AdminNotificationRow,
  deliveries: repo.NotificationDeliveryRow[],
): AdminNotification {
  const n = row.notification;
  return {
    id: n.id,
    user: row.user,
    notification_type: n.notificationType,
    title: n.title,
    message: n.message,
    is_read: n.isRead,
    conversation_id: n.conversationId,
    reservation_id: n.reservationId,
    deliveries: deliveries
      .filter((d) => d.notificationId === n.id)
      .map((d) => ({ id: d.id, channel: d.channel, status: d.status, attempts: d.attempts })),
    created_at: n.createdAt.toISOString(),
  };
}

export function presentAdminDelivery(row: repo.AdminDeliveryRow): AdminDelivery {
  const d = row.delivery;
  return {
    id: d.id,
    channel: d.channel,
    status: d.status,
    attempts: d.attempts,
    next_attempt_at: iso(d.nextAttemptAt),
    sent_at: iso(d.sentAt),
    last_error: d.lastError,
    provider_message_id: d.providerMessageId,
    notification: {
      id: row.notification.id,
      notification_type: row.notification.notificationType,
      title: row.notification.title,
    },
    user: row.user,
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
  };
}

export function presentAdminDeliveryDetail(
  row: repo.AdminDeliveryRow,
  attempts: repo.AttemptRow[],
): AdminDeliveryDetail {
  return {
    ...presentAdminDelivery(row),
    history: attempts.map((a) => ({
      attempted_at: a.attemptedAt.toISOString(),
      outcome: a.outcome,
      response_code: a.responseCode,
      error: a.error,
    })),
  };
}

/** Every channel, in the contract's order, those with nothing waiting as zeros. */
export function presentDeliveryQueue(
  rows: Awaited<ReturnType<typeof repo.deliveryQueue>>,
  at: Date,
): DeliveryQueue {
  return DELIVERY_CHANNELS.map((channel) => {
    const row = rows.find((r) => r.channel === channel);
    const oldest = row?.oldestDueAt ?? null;
    return {
      channel,
      pending: row?.pending ?? 0,
      due: row?.due ?? 0,
      deferred: row?.deferred ?? 0,
      failed: row?.failed ?? 0,
      oldest_due_at: iso(oldest),
      oldest_due_age_seconds: oldest ? secondsBetween(oldest, at) : null,
    };
  });
}

export function presentAdminReminder(row: repo.AdminReminderRow): AdminReminder {
  const r = row.reminder;
  const zone = row.property.timezone;
  return {
    id: r.id,
    reminder_type: r.reminderType,
    offset_minutes: r.offsetMinutes,
    status: r.status,
    scheduled_for: r.scheduledFor.toISOString(),
    scheduled_for_local: localIso(r.scheduledFor, zone),
    sent_at: iso(r.sentAt),
    sent_at_local: r.sentAt ? localIso(r.sentAt, zone) : null,
    timezone: zone,
    reservation: {
      id: row.reservation.id,
      status: row.reservation.status,
      check_in: row.reservation.checkIn,
      check_out: row.reservation.checkOut,
    },
    property: { id: row.property.id, title: row.property.title },
    guest: row.guest,
  };
}

export function presentAdminJob(row: repo.AdminJobRow): AdminJob {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    attempts: row.attempts,
    max_attempts: row.maxAttempts,
    run_at: row.runAt.toISOString(),
    last_error: row.lastError,
    created_at: row.createdAt.toISOString(),
    finished_at: iso(row.finishedAt),
  };
}

/** What the dashboard's queries found, as read. */
export interface DashboardFigures {
  at: Date;
  /** Midnight UTC 29 days before today: the first day of the series. */
  firstDay: Date;
  totals: Awaited<ReturnType<typeof repo.totals>>;
  messagesPerDay: Awaited<ReturnType<typeof repo.messagesPerDay>>;
  readStates: Awaited<ReturnType<typeof repo.notificationsByReadState>>;
  deliveries: Awaited<ReturnType<typeof repo.deliveriesByStatus>>;
  reminders: Awaited<ReturnType<typeof repo.reminderBacklog>>;
  jobs: Awaited<ReturnType<typeof repo.jobBacklog>>;
  nodes: Awaited<ReturnType<typeof repo.nodesSeenSince>>;
}

const DAY_MS = 86_400_000;
const KNOWN_ROLES: ReadonlySet<string> = new Set(SERVER_ROLES);

export function presentDashboard(f: DashboardFigures): Dashboard {
  const perDay = new Map(f.messagesPerDay.map((d) => [d.day, d.count]));
  const days = Array.from({ length: 30 }, (_, i) => {
    const date = new Date(f.firstDay.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    return { date, count: perDay.get(date) ?? 0 };
  });
  const deliveryCount = (channel: string, status: string) =>
    f.deliveries.find((d) => d.channel === channel && d.status === status)?.count ?? 0;
  const readCount = (isRead: boolean) => f.readStates.find((r) => r.isRead === isRead)?.count ?? 0;
  return {
    generated_at: f.at.toISOString(),
    totals: {
      users: f.totals.users,
      admins: f.totals.admins,
      disabled_users: f.totals.disabledUsers,
      properties: f.totals.properties,
      reservations: f.totals.reservations,
      conversations: f.totals.conversations,
      messages: f.totals.messages,
    },
    messages_today: days[days.length - 1]!.count,
    messages_per_day: days,
    // Every channel and status, zeros included, so a chart keeps its bars in place.
    notifications_by_channel: [
      { channel: 'in_app' as const, status: 'unread', count: readCount(false) },
      { channel: 'in_app' as const, status: 'read', count: readCount(true) },
      ...DELIVERY_CHANNELS.flatMap((channel) =>
        DELIVERY_STATUSES.map((status) => ({
          channel,
          status,
          count: deliveryCount(channel, status),
        })),
      ),
    ],
    delivery_success: DELIVERY_CHANNELS.map((channel) => {
      const sent = deliveryCount(channel, 'sent');
      const failed = deliveryCount(channel, 'failed');
      return { channel, sent, failed, rate: sent + failed > 0 ? sent / (sent + failed) : null };
    }),
    reminders: f.reminders,
    jobs: {
      pending: f.jobs.pending,
      running: f.jobs.running,
      failed: f.jobs.failed,
      oldest_due_age_seconds: f.jobs.oldestDueAt ? secondsBetween(f.jobs.oldestDueAt, f.at) : null,
    },
    nodes: f.nodes.map((n) => ({
      id: n.id,
      hostname: n.hostname,
      pid: n.pid,
      // A role a newer node knows and this one does not is left out rather than refused.
      roles: n.roles.filter((r) => KNOWN_ROLES.has(r)),
      sockets: n.sockets,
      started_at: n.startedAt.toISOString(),
      last_seen_at: n.lastSeenAt.toISOString(),
    })),
  };
}
