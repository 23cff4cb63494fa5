import {
  routes,
  type Reminder,
  type ReminderType,
  type Reservation,
  type ReservationStatus,
} from '@flexbnb/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { keys, refreshReservation } from '../../lib/queries.ts';

export type { Reminder, Reservation, ReservationStatus };

export const STATUS_LABEL: Record<ReservationStatus, string> = {
  pending: 'Pending',
  confirmed: 'Confirmed',
  declined: 'Declined',
  cancelled: 'Cancelled',
  completed: 'Completed',
};

export const REMINDER_LABEL: Record<ReminderType, string> = {
  check_in_reminder: 'Check-in',
  check_out_reminder: 'Check-out',
  payment_due_reminder: 'Payment due',
};

/** "2 hours before", "3 days before". */
export function offsetLabel(minutes: number): string {
  const [amount, unit] = minutes % 1440 === 0 ? [minutes / 1440, 'day'] : [minutes / 60, 'hour'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'} before`;
}

/** "Sun 9 May, 16:00" in the property's zone, for a reminder or a scheduled message. */
export function localWhen(at: Pick<Reminder, 'scheduled_for' | 'timezone'>): string {
  return new Date(at.scheduled_for).toLocaleString(undefined, {
    timeZone: at.timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function useReminders(reservationId: string) {
  return useQuery({
    queryKey: keys.reminders(reservationId),
    queryFn: ({ signal }) =>
      api(routes.listReservationReminders, { params: { id: reservationId }, signal }),
  });
}

export type ReservationAction = 'confirm' | 'decline' | 'cancel';

const ACTION_ROUTES = {
  confirm: routes.confirmReservation,
  decline: routes.declineReservation,
  cancel: routes.cancelReservation,
} as const;

export function useReservationAction(reservationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: ReservationAction) =>
      api(ACTION_ROUTES[action], { params: { id: reservationId } }),
    onSettled: () => refreshReservation(client, reservationId),
  });
}
