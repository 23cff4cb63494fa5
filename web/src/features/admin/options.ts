import { DELIVERY_CHANNELS, DELIVERY_STATUSES, NOTIFICATION_TYPES } from '@flexbnb/contracts';
import { CHANNEL_LABELS, TYPE_LABELS } from '../notifications/api.ts';
import { humanize } from './format.ts';

/** The notification and delivery filters' choices, named as the rest of the app names them. */
export const TYPE_OPTIONS = NOTIFICATION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }));
export const CHANNEL_OPTIONS = DELIVERY_CHANNELS.map((c) => ({
  value: c,
  label: CHANNEL_LABELS[c],
}));
export const STATUS_OPTIONS = DELIVERY_STATUSES.map((s) => ({ value: s, label: humanize(s) }));
