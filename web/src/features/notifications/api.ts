import {
  routes,
  type Badge,
  type DeliveryChannel,
  type Notification,
  type NotificationChannel,
  type NotificationSettings,
  type NotificationType,
  type RouteBody,
} from '@flexbnb/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { bumpNotificationCount, keys, markNotificationsReadInCache } from '../../lib/queries.ts';

export {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPES,
  type MessageDeliveries,
  type Notification,
  type NotificationChannel,
  type NotificationSettings,
  type NotificationType,
} from '@flexbnb/contracts';

export type SettingsUpdate = RouteBody<typeof routes.updateNotificationSettings>;

/** The kinds of notification as the settings grid and the unsubscribe page name them. */
export const TYPE_LABELS: Record<NotificationType, string> = {
  new_message: 'New messages',
  booking_request: 'Booking requests',
  booking_confirmed: 'Booking confirmed',
  check_in_reminder: 'Check-in reminders',
  check_out_reminder: 'Check-out reminders',
  payment_due_reminder: 'Payment reminders',
  booking_declined: 'Booking declined',
  booking_cancelled: 'Booking cancelled',
  scheduled_message_held: 'Held scheduled messages',
  webhook_disabled: 'Webhook endpoints turned off',
};

/** Kinds only admins are ever sent, left out of everyone else's settings. */
export const ADMIN_ONLY_TYPES: readonly NotificationType[] = ['webhook_disabled'];

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  in_app: 'In-app',
  email: 'Email',
  sms: 'SMS',
  push: 'Push',
};

export type { DeliveryChannel };

/** The centre shows the newest page; older ones are rarely worth a click. */
export const NOTIFICATION_PAGE = 50;

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: keys.notificationList,
    queryFn: ({ signal }) =>
      api(routes.listNotifications, { query: { limit: NOTIFICATION_PAGE }, signal }),
    enabled,
  });
}

/**
 * Marks one notification read. The list and the badge change at once; the server's
 * `unread.changed` then sets the badge to its real total.
 */
export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (notification: Notification) =>
      api(routes.markNotificationRead, { params: { id: notification.id } }),
    onMutate: (notification) => {
      if (notification.is_read) return;
      markNotificationsReadInCache(
        client,
        (n) => n.id === notification.id,
        new Date().toISOString(),
      );
      bumpNotificationCount(client, -1);
    },
    onSuccess: (updated) =>
      client.setQueryData<Notification[]>(keys.notificationList, (list) =>
        list?.map((n) => (n.id === updated.id ? updated : n)),
      ),
    onError: () => client.invalidateQueries({ queryKey: keys.notifications }),
  });
}

export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api(routes.markAllNotificationsRead),
    onMutate: () => {
      markNotificationsReadInCache(client, () => true, new Date().toISOString());
      client.setQueryData<Badge>(keys.unread, (b) => (b ? { ...b, notifications: 0 } : b));
    },
    onError: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.notifications }),
        client.invalidateQueries({ queryKey: keys.unread }),
      ]),
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: keys.notificationSettings,
    queryFn: ({ signal }) => api(routes.getNotificationSettings, { signal }),
  });
}

export function useUpdateNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsUpdate) => api(routes.updateNotificationSettings, { body }),
    onSuccess: (settings: NotificationSettings) =>
      client.setQueryData(keys.notificationSettings, settings),
  });
}
