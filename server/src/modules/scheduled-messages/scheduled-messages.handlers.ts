import type { HandlerDeps } from '../../platform/context.ts';
import { on, type Subscription } from '../../platform/events/index.ts';
import { planImported, planStay, releaseHeldAt } from './scheduled-messages.planner.ts';
import { cancelStays } from './scheduled-messages.repo.ts';

/**
 * A stay's automated messages follow it in its own transaction: planned when it is confirmed
 * (or imported confirmed), moved when its dates change, cancelled when it is declined or
 * cancelled; held ones at a property are released when its details are filled in.
 */
export function scheduledMessagesHandlers(deps: HandlerDeps): Subscription[] {
  const ids = (payloads: { reservation_id: string }[]) => payloads.map((p) => p.reservation_id);
  return [
    on('reservation.confirmed', {
      name: 'scheduled-messages.plan',
      inTransaction: async (payloads, uow) => {
        for (const id of ids(payloads)) await planStay(uow.db, id, 'confirmed', deps.now());
      },
    }),
    on('reservation.imported', {
      name: 'scheduled-messages.plan-imported',
      inTransaction: (payloads, uow) => planImported(uow.db, ids(payloads), deps.now()),
    }),
    on('reservation.changed', {
      name: 'scheduled-messages.move',
      inTransaction: async (payloads, uow) => {
        for (const id of ids(payloads)) await planStay(uow.db, id, 'changed', deps.now());
      },
    }),
    on('reservation.cancelled', {
      name: 'scheduled-messages.cancel-cancelled',
      inTransaction: (payloads, uow) => cancelStays(uow.db, ids(payloads)),
    }),
    on('reservation.declined', {
      name: 'scheduled-messages.cancel-declined',
      inTransaction: (payloads, uow) => cancelStays(uow.db, ids(payloads)),
    }),
    on('property.updated', {
      name: 'scheduled-messages.release-held',
      inTransaction: async (payloads, uow) => {
        for (const p of payloads) await releaseHeldAt(uow.db, p.property_id, deps.now());
      },
    }),
  ];
}
