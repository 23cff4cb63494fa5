import type { createReservationBody, Reservation } from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { takePage } from '../../platform/paging.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { findPropertyHost } from '../properties/index.ts';
import { presentReservation } from './reservations.presenter.ts';
import { canSeeReservation } from './reservations.policy.ts';
import * as repo from './reservations.repo.ts';

export type ReservationsService = ReturnType<typeof createReservationsService>;

/** Who a reservation is between, and where: for use cases tied to one. */
export async function findReservationParties(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; propertyId: string; guestId: string; hostId: string } | undefined> {
  const row = await repo.findReservation(db, id);
  return (
    row && { id: row.id, propertyId: row.propertyId, guestId: row.guestId, hostId: row.hostId }
  );
}

export function createReservationsService(deps: ServiceDeps) {
  const { db, events } = deps;

  return {
    /**
     * Books a property for the actor as its guest.
     * @throws not_found for an unknown property; forbidden when the actor hosts it
     */
    async create(
      actor: Actor,
      input: z.output<typeof createReservationBody>,
    ): Promise<Reservation> {
      const property = await findPropertyHost(db, input.property_id);
      if (!property) throw notFound('Property');
      if (property.hostId === actor.id) {
        throw new AppError('forbidden', 'A host cannot book their own property');
      }
      const row = await events.transaction(db, async (uow) => {
        const row = await repo.insertReservation(uow.db, {
          propertyId: property.id,
          guestId: actor.id,
          checkIn: input.check_in,
          checkOut: input.check_out,
          guests: input.guests,
          totalPrice: input.total_price === undefined ? null : Number(input.total_price).toFixed(2),
          paymentDueAt: input.payment_due_at ? new Date(input.payment_due_at) : null,
        });
        await events.record(uow, 'reservation.created', [
          {
            reservation_id: row.id,
            property_id: row.propertyId,
            guest_id: row.guestId,
            host_id: property.hostId,
            check_in: row.checkIn,
            check_out: row.checkOut,
          },
        ]);
        return row;
      });
      return presentReservation({
        ...row,
        propertyTitle: property.title,
        hostId: property.hostId,
        guestName: actor.name,
      });
    },

    /** The actor's reservations, as guest or as host. */
    async list(
      actor: Actor,
      options: { limit: number; after?: { created_at: string; id: string } },
    ) {
      const rows = await repo.listReservationsFor(db, actor.id, {
        ...options,
        limit: options.limit + 1,
      });
      const page = takePage(rows, options.limit, (r) => ({
        created_at: r.createdAt.toISOString(),
        id: r.id,
      }));
      return { items: page.rows.map(presentReservation), next: page.next };
    },

    /**
     * The host confirms a pending reservation; its guest is told (`reservation.confirmed`).
     * Confirming a confirmed one answers it as it is.
     * @throws not_found, also when the actor is neither its guest nor its host; forbidden
     *   for its guest; conflict when it is neither pending nor confirmed
     */
    async confirm(actor: Actor, id: string): Promise<Reservation> {
      const row = await repo.findReservation(db, id);
      if (!row || !canSeeReservation(actor, row)) throw notFound('Reservation');
      if (row.hostId !== actor.id) {
        throw new AppError('forbidden', 'Only the host confirms a reservation');
      }
      if (row.status === 'confirmed') return presentReservation(row);
      const confirmed = await events.transaction(db, async (uow) => {
        if (!(await repo.transition(uow.db, id, 'pending', 'confirmed'))) return false;
        await events.record(uow, 'reservation.confirmed', [
          {
            reservation_id: row.id,
            property_id: row.propertyId,
            guest_id: row.guestId,
            host_id: row.hostId,
            check_in: row.checkIn,
            check_out: row.checkOut,
          },
        ]);
        return true;
      });
      const now = (await repo.findReservation(db, id))!;
      if (!confirmed && now.status !== 'confirmed') {
        throw new AppError('conflict', `A ${now.status} reservation cannot be confirmed`);
      }
      return presentReservation(now);
    },

    /** @throws not_found, also when the actor is neither its guest nor its host */
    async get(actor: Actor, id: string): Promise<Reservation> {
      const row = await repo.findReservation(db, id);
      if (!row || !canSeeReservation(actor, row)) throw notFound('Reservation');
      return presentReservation(row);
    },
  };
}
