import {
  DELIVERY_STATUSES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPES,
  routes,
  type Badge,
  type DeliveryChannel,
  type DeliveryStatus,
  type Notification,
  type NotificationChannel,
  type NotificationSettings,
  type NotificationType,
  type RouteBody,
} from '@flexbnb/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
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

const t = i18n.getFixedT(null, 'notifications');

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

/**
 * The kinds of notification as the settings grid and the unsubscribe page name them, in the
 * app's language (`notifications:types.<type>`).
 */
export const TYPE_LABELS: Readonly<Record<NotificationType, string>> = named(
  NOTIFICATION_TYPES,
  (type) => t(`types.${type}`),
);

/** Kinds only admins are ever sent, left out of everyone else's settings. */
export const ADMIN_ONLY_TYPES: readonly NotificationType[] = ['webhook_disabled'];

/** The channels' names, in the app's language (`notifications:channels.<channel>`). */
export const CHANNEL_LABELS: Readonly<Record<NotificationChannel, string>> = named(
  NOTIFICATION_CHANNELS,
  (channel) => t(`channels.${channel}`),
);

/** A delivery's state as a word, in the app's language (`notifications:deliveryStatus.<status>`). */
export const DELIVERY_STATUS_LABELS: Readonly<Record<DeliveryStatus, string>> = named(
  DELIVERY_STATUSES,
  (status) => t(`deliveryStatus.${status}`),
);

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
