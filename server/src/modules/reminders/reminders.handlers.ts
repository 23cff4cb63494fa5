import type { HandlerDeps } from '../../platform/context.ts';
import { on, type Subscription, type UnitOfWork } from '../../platform/events/index.ts';
import * as repo from './reminders.repo.ts';
import { planReminders } from './reminders.schedule.ts';

/** Statuses of an imported stay that still has reminders to come. */
const UPCOMING = new Set(['pending', 'confirmed']);

/**
 * A reservation's reminders follow it in its own transaction: scheduled when it is made or
 * imported still to come, moved when its dates or payment due time change, cancelled when it
 * is declined or cancelled.
 */
export function remindersHandlers(deps: HandlerDeps): Subscription[] {
  // One read and one write for all the stays of the event, however many an import brings.
  async function schedule(payloads: { reservation_id: string }[], uow: UnitOfWork) {
    const stays = await repo.staysOf(
      uow.db,
      payloads.map((p) => p.reservation_id),
    );
    const now = deps.now();
    await repo.saveSchedules(
      uow.db,
      stays.map((stay) => ({
        reservationId: stay.reservationId,
        planned: planReminders(stay, now),
      })),
    );
  }
  const cancel = (payloads: { reservation_id: string }[], uow: UnitOfWork) =>
    repo.cancelUnsent(
      uow.db,
      payloads.map((p) => p.reservation_id),
    );
  return [
    on('reservation.created', { name: 'reminders.schedule', inTransaction: schedule }),
    on('reservation.imported', {
      name: 'reminders.schedule-imported',
      // A past, cancelled or declined stay has nothing to be reminded of.
      inTransaction: (payloads, uow) =>
        schedule(
          payloads.filter((p) => UPCOMING.has(p.status)),
          uow,
        ),
    }),
    on('reservation.changed', { name: 'reminders.reschedule', inTransaction: schedule }),
    on('reservation.declined', { name: 'reminders.cancel-declined', inTransaction: cancel }),
    on('reservation.cancelled', { name: 'reminders.cancel-cancelled', inTransaction: cancel }),
  ];
}
