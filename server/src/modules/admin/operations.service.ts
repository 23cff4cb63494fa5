import type {
  AdminDeliveryDetail,
  Dashboard,
  DeliveryChannel,
  DeliveryQueue,
} from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordAudit } from './admin.audit.ts';
import type { AdminPage } from './admin.paging.ts';
import { requireAdmin } from './admin.policy.ts';
import type { AdminModules } from './admin.modules.ts';
import {
  presentAdminDelivery,
  presentAdminDeliveryDetail,
  presentAdminJob,
  presentAdminNotification,
  presentAdminReminder,
  presentDashboard,
  presentDeliveryQueue,
} from './operations.presenter.ts';
import * as repo from './operations.repo.ts';

export type OperationsAdmin = ReturnType<typeof createOperationsAdmin>;

const DAY_MS = 86_400_000;
/** A node that has not written its heartbeat for this long is gone. */
export const NODE_ALIVE_MS = 60_000;

/** Midnight UTC of the day `at` falls on. */
const utcMidnight = (at: Date) =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/**
 * The console's operations side: the dashboard, notifications and their deliveries (and
 * retrying those that failed), reminders (and sending the due ones now), and the job queue.
 * Lists answer a page and the number of rows matching the filter; actions are audited.
 */
export function createOperationsAdmin(deps: ServiceDeps, modules: AdminModules) {
  const { db, now } = deps;

  async function deliveryDetail(id: string): Promise<AdminDeliveryDetail> {
    const row = await repo.findDelivery(db, id);
    if (!row) throw notFound('Delivery');
    return presentAdminDeliveryDetail(row, await repo.attemptsOf(db, id));
  }

  return {
    /** The installation at a glance, as of now. */
    async dashboard(): Promise<Dashboard> {
      const at = now();
      // The 30 days of the series are today and the 29 before it; "the last 30 days" of the
      // other figures is the same span, so the numbers on one screen agree.
      const firstDay = new Date(utcMidnight(at).getTime() - 29 * DAY_MS);
      const [totals, messagesPerDay, readStates, deliveries, reminders, jobs, nodes] =
        await Promise.all([
          repo.totals(db),
          repo.messagesPerDay(db, firstDay),
          repo.notificationsByReadState(db, firstDay),
          repo.deliveriesByStatus(db, firstDay),
          repo.reminderBacklog(db, at),
          repo.jobBacklog(db, at),
          repo.nodesSeenSince(db, new Date(at.getTime() - NODE_ALIVE_MS)),
        ]);
      return presentDashboard({
        at,
        firstDay,
        totals,
        messagesPerDay,
        readStates,
        deliveries,
        reminders,
        jobs,
        nodes,
      });
    },

    /** A page of notifications, each with its deliveries. */
    async notifications(filter: repo.NotificationFilter, page: AdminPage<'created_at'>) {
      const { rows, total } = await repo.notificationsPage(db, filter, page);
      const deliveries = await repo.deliveriesOfNotifications(
        db,
        rows.map((r) => r.notification.id),
      );
      return { items: rows.map((r) => presentAdminNotification(r, deliveries)), total };
    },

    /** A page of deliveries. */
    async deliveries(filter: repo.DeliveryFilter, page: Parameters<typeof repo.deliveriesPage>[2]) {
      const { rows, total } = await repo.deliveriesPage(db, filter, page);
      return { items: rows.map(presentAdminDelivery), total };
    },

    /** Per channel: pending, due now, held by quiet hours, failed, and the oldest due one. */
    async deliveryQueue(): Promise<DeliveryQueue> {
      const at = now();
      return presentDeliveryQueue(await repo.deliveryQueue(db, at), at);
    },

    /**
     * A delivery with every attempt, oldest first.
     * @throws not_found when there is no such delivery
     */
    delivery: deliveryDetail,

    /**
     * Tries a failed delivery again now (see the notifications' `retryFailed`), audited as
     * `delivery.retried` in the same transaction. Answers the delivery, pending again.
     * @throws forbidden unless the actor is an admin
     * @throws not_found when there is no such delivery
     * @throws conflict when it is not failed (it may just have been retried by someone else)
     */
    async retryDelivery(actor: Actor, id: string, reason?: string): Promise<AdminDeliveryDetail> {
      requireAdmin(actor);
      await db.transaction(async (tx) => {
        const [retried] = await modules.notifications.retryFailed({ deliveryId: id }, tx);
        if (!retried) {
          const row = await repo.findDelivery(tx, id);
          if (!row) throw notFound('Delivery');
          throw new AppError(
            'conflict',
            `Only a failed delivery can be retried; this one is ${row.delivery.status}`,
            { status: row.delivery.status },
          );
        }
        await recordAudit(tx, actor, {
          action: 'delivery.retried',
          targetType: 'delivery',
          targetId: id,
          reason,
          // The attempts spent before this retry: the next one is attempts + 1.
          details: { attempts: retried.attempts },
        });
      });
      return deliveryDetail(id);
    },

    /**
     * Tries every failed delivery again now (of one channel, or all), audited as
     * `deliveries.retried` in the same transaction with how many it put back.
     * @throws forbidden unless the actor is an admin
     */
    async retryFailed(actor: Actor, channel?: DeliveryChannel): Promise<{ retried: number }> {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        const retried = await modules.notifications.retryFailed({ channel }, tx);
        await recordAudit(tx, actor, {
          action: 'deliveries.retried',
          targetType: 'delivery',
          details: { retried: retried.length, channel: channel ?? null },
        });
        return { retried: retried.length };
      });
    },

    /** A page of reminders, their times also in their property's zone. */
    async reminders(filter: repo.ReminderFilter, page: Parameters<typeof repo.remindersPage>[2]) {
      const { rows, total } = await repo.remindersPage(db, filter, page);
      return { items: rows.map(presentAdminReminder), total };
    },

    /**
     * Sends every reminder due now, as the worker would within seconds, and audits it as
     * `reminders.run` with what was sent. The sending commits batch by batch on its own (so
     * the worker may send alongside); the audit row follows it.
     * @throws forbidden unless the actor is an admin
     */
    async runDueReminders(
      actor: Actor,
      reason?: string,
    ): Promise<{ sent: number; skipped: number }> {
      requireAdmin(actor);
      const { sent, skipped } = await modules.reminders.sendDue();
      await recordAudit(db, actor, {
        action: 'reminders.run',
        targetType: 'reminder',
        reason,
        details: { sent: sent.length, skipped },
      });
      return { sent: sent.length, skipped };
    },

    /** A page of background jobs. */
    async jobs(filter: repo.JobFilter, page: Parameters<typeof repo.jobsPage>[2]) {
      const { rows, total } = await repo.jobsPage(db, filter, page);
      return { items: rows.map(presentAdminJob), total };
    },
  };
}
