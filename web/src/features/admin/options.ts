import { DELIVERY_CHANNELS, DELIVERY_STATUSES, NOTIFICATION_TYPES } from '@flexbnb/contracts';
import type { AdminT } from './labels.ts';

/** The notification and delivery filters' choices, in the app's language. */
export const typeOptions = (t: AdminT) =>
  NOTIFICATION_TYPES.map((value) => ({ value, label: t(`notificationType.${value}`) }));

export const channelOptions = (t: AdminT) =>
  DELIVERY_CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }));

export const statusOptions = (t: AdminT) =>
  DELIVERY_STATUSES.map((value) => ({ value, label: t(`status.delivery.${value}`) }));
