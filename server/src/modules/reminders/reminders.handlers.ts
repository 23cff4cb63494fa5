import type { HandlerDeps } from '../../platform/context.ts';
import { on, type Subscription, type UnitOfWork } from '../../platform/events/index.ts';
import * as repo from './reminders.repo.ts';
import { planReminders } from './reminders.schedule.ts';

/**
 * A reservation's reminders follow it in its own transaction: scheduled when it is made,
 * moved when its dates or payment due time change, cancelled when it is declined or cancelled.
 */
export function remindersHandlers(deps: HandlerDeps): Subscription[] {
  async function schedule(payloads: { reservation_id: string }[], uow: UnitOfWork) {
    for (const { reservation_id: id } of payloads) {
      const stay = await repo.stayOf(uow.db, id);
      if (stay) await repo.saveSchedule(uow.db, id, planReminders(stay, deps.now()));
    }
  }
  const cancel = (payloads: { reservation_id: string }[], uow: UnitOfWork) =>
    repo.cancelUnsent(
      uow.db,
      payloads.map((p) => p.reservation_id),
    );
  return [
    on('reservation.created', { name: 'reminders.schedule', inTransaction: schedule }),
    on('reservation.changed', { name: 'reminders.reschedule', inTransaction: schedule }),
    on('reservation.declined', { name: 'reminders.cancel-declined', inTransaction: cancel }),
    on('reservation.cancelled', { name: 'reminders.cancel-cancelled', inTransaction: cancel }),
  ];
}
