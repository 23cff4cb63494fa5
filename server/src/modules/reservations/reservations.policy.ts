import type { Actor } from '../../platform/context.ts';
import type { ReservationView } from './reservations.repo.ts';

/** Only a reservation's guest and its property's host may see it. */
export function canSeeReservation(
  actor: Actor,
  reservation: Pick<ReservationView, 'guestId' | 'hostId'>,
) {
  return reservation.guestId === actor.id || reservation.hostId === actor.id;
}

/** The host confirms, declines and completes; either side cancels. */
export function isHostOf(actor: Actor, reservation: Pick<ReservationView, 'hostId'>) {
  return reservation.hostId === actor.id;
}
