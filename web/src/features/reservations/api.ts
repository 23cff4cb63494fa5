import {
  REMINDER_TYPES,
  RESERVATION_STATUSES,
  routes,
  type Reminder,
  type ReminderType,
  type Reservation,
  type ReservationStatus,
} from '@flexbnb/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
import { keys, refreshReservation } from '../../lib/queries.ts';

export type { Reminder, Reservation, ReservationStatus };

const t = i18n.getFixedT(null, 'reservations');

/**
 * A table of names read in the app's language at the moment each is read (a component that
 * re-renders on a language change, as `useTranslation` makes it, shows the new one).
 */
function named<K extends string>(
  keys: readonly K[],
  text: (key: K) => string,
): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const key of keys) {
    Object.defineProperty(table, key, { enumerable: true, get: () => text(key) });
  }
  return table;
}

/** A reservation's status as a word, in the app's language (`reservations:status.<status>`). */
export const STATUS_LABEL: Readonly<Record<ReservationStatus, string>> = named(
  RESERVATION_STATUSES,
  (status) => t(`status.${status}`),
);

/** What a reminder is about, in the app's language (`reservations:reminderType.<type>`). */
export const REMINDER_LABEL: Readonly<Record<ReminderType, string>> = named(
  REMINDER_TYPES,
  (type) => t(`reminderType.${type}`),
);

/** "2 hours before", "3 days before", in the app's language. */
export function offsetLabel(minutes: number): string {
  return minutes % 1440 === 0
    ? t('offset.days', { count: minutes / 1440 })
    : t('offset.hours', { count: minutes / 60 });
}

/**
 * "Sun, May 9, 04:00 PM" in the property's zone, for a reminder or a scheduled message, as the
 * app's language writes it.
 */
export function localWhen(at: Pick<Reminder, 'scheduled_for' | 'timezone'>): string {
  return new Date(at.scheduled_for).toLocaleString(i18n.language, {
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
