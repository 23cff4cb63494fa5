import type { Reservation } from '@flexbnb/contracts';
import { DateTime } from 'luxon';
import type { ReservationView } from './reservations.repo.ts';

export function nightsBetween(checkIn: string, checkOut: string): number {
  return DateTime.fromISO(checkOut).diff(DateTime.fromISO(checkIn), 'days').days;
}

export function presentReservation(row: ReservationView): Reservation {
  return {
    id: row.id,
    property_id: row.propertyId,
    property: { id: row.propertyId, title: row.propertyTitle, currency: row.propertyCurrency },
    guest_id: row.guestId,
    guest: { id: row.guestId, name: row.guestName },
    host_id: row.hostId,
    host: { id: row.hostId, name: row.hostName },
    check_in: row.checkIn,
    check_out: row.checkOut,
    guests: row.guests,
    total_price: row.totalPrice,
    payment_due_at: row.paymentDueAt?.toISOString() ?? null,
    status: row.status,
    nights: nightsBetween(row.checkIn, row.checkOut),
    conversation_id: row.conversationId,
    created_at: row.createdAt.toISOString(),
  };
}
