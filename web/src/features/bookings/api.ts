import { routes, type Reservation, type ReservationStatus } from '@flexbnb/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
import { keys } from '../../lib/queries.ts';

export type { Reservation, ReservationStatus };

/** The tabs of the host's reservations page, each a filter of `GET /api/reservations`. */
export const STAY_TABS = ['upcoming', 'pending', 'current', 'past'] as const;
export type StayTab = (typeof STAY_TABS)[number];

/** The tabs' names, read in the app's language when read (`bookings:tabs.<tab>`). */
export const STAY_TAB_LABEL: Readonly<Record<StayTab, string>> = Object.defineProperties(
  {} as Record<StayTab, string>,
  Object.fromEntries(
    STAY_TABS.map((tab) => [
      tab,
      { enumerable: true, get: () => i18n.t(`tabs.${tab}`, { ns: 'bookings' }) },
    ]),
  ),
);

// Upcoming and current are stays that will happen (confirmed); a request waits in Pending
// whatever its dates; Past keeps every stay whose check-out has gone, however it ended.
const TAB_QUERY: Record<StayTab, { status?: string; when?: 'upcoming' | 'current' | 'past' }> = {
  upcoming: { when: 'upcoming', status: 'confirmed' },
  pending: { status: 'pending' },
  current: { when: 'current', status: 'confirmed' },
  past: { when: 'past' },
};

/** The stays at the caller's properties in one tab, optionally at one property. */
export function useHostReservations(tab: StayTab, propertyId: string | undefined) {
  return useQuery({
    // Under keys.reservations: whatever refreshes reservations refreshes these.
    queryKey: [...keys.reservations, 'host', tab, propertyId ?? null],
    queryFn: ({ signal }) =>
      api(routes.listReservations, {
        query: {
          role: 'host',
          ...TAB_QUERY[tab],
          ...(propertyId && { property_id: propertyId }),
          limit: 200,
        },
        signal,
      }),
  });
}

/** The caller's own trips, newest booking first. */
export function useTrips() {
  return useQuery({
    queryKey: [...keys.reservations, 'guest'],
    queryFn: ({ signal }) =>
      api(routes.listReservations, { query: { role: 'guest', limit: 200 }, signal }),
  });
}

export interface BookingRequest {
  propertyId: string;
  checkIn: string;
  checkOut: string;
  guests: number;
  /** A first message to the host, sent in the stay's conversation. */
  message?: string;
}

/**
 * "Request to book": a pending reservation (its host is told), then the conversation about the
 * stay, opened so that its confirmation shows there for both.
 */
export function useRequestBooking() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: BookingRequest) => {
      const reservation = await api(routes.createReservation, {
        body: {
          property_id: request.propertyId,
          check_in: request.checkIn,
          check_out: request.checkOut,
          guests: request.guests,
        },
      });
      const conversation = await api(routes.createConversation, {
        body: {
          property_id: request.propertyId,
          reservation_id: reservation.id,
          ...(request.message?.trim() && {
            message: request.message.trim(),
            client_message_id: `booking-${reservation.id}`,
          }),
        },
      });
      return { reservation, conversationId: conversation.id };
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.reservations });
      void client.invalidateQueries({ queryKey: keys.conversations });
    },
  });
}

/** Opens (or finds) the guest's conversation about a stay: answers its id. */
export function useOpenStayConversation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (reservation: Pick<Reservation, 'id' | 'property_id'>) => {
      const conversation = await api(routes.createConversation, {
        body: { property_id: reservation.property_id, reservation_id: reservation.id },
      });
      return conversation.id;
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.conversations }),
  });
}
