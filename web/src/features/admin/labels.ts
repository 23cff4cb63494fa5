import {
  AUTOMATION_TRIGGERS,
  DELIVERY_STATUSES,
  type ApiKeyScope,
  type AuditAction,
  type AutomationTrigger,
} from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { humanize } from './format.ts';

/** The admin namespace's `t`, for the functions that name things outside a component. */
export type AdminT = TFunction<'admin'>;

/** A code of a fixed set, when `value` is one of them. */
function isOneOf<V extends string>(values: readonly V[], value: string): value is V {
  return (values as readonly string[]).includes(value);
}

const IN_APP_STATUSES = ['read', 'unread'] as const;

/**
 * A notification's status as the dashboard counts it: read or unread in the app, else a
 * delivery's state; a code the console does not know yet as the API writes it, humanized.
 */
export function notificationStatusLabel(t: AdminT, status: string): string {
  if (isOneOf(IN_APP_STATUSES, status)) return t(`status.inApp.${status}`);
  if (isOneOf(DELIVERY_STATUSES, status)) return t(`status.delivery.${status}`);
  return humanize(status);
}

/** "2 hours before", "3 days before": when a reminder goes, before its moment. */
export function offsetLabel(t: AdminT, minutes: number): string {
  return minutes % 1440 === 0
    ? t('offset.days', { count: minutes / 1440 })
    : t('offset.hours', { count: minutes / 60 });
}

/** "1 day 6 hours" ("90 minutes" never: "1 hour 30 minutes"); empty for zero. */
function duration(t: AdminT, minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [
    days > 0 && t('timing.days', { count: days }),
    hours > 0 && t('timing.hours', { count: hours }),
    rest > 0 && t('timing.minutes', { count: rest }),
  ]
    .filter(Boolean)
    .join(' ');
}

/** An automation's time in words: "2 days before check-in", "At booking confirmation". */
export function describeTiming(t: AdminT, trigger: AutomationTrigger, minutes: number): string {
  const amount = duration(t, minutes);
  if (amount) return t(`timing.${trigger}`, { duration: amount });
  if (trigger === 'booking_confirmed') return t('timing.atBookingConfirmed');
  return trigger.endsWith('check_in') ? t('timing.atCheckIn') : t('timing.atCheckOut');
}

export const TRIGGER_OPTIONS = (t: AdminT) =>
  AUTOMATION_TRIGGERS.map((value) => ({ value, label: t(`trigger.${value}`) }));

const SCOPE_KEYS = {
  'users:write': 'apiKeys.scope.users',
  'properties:write': 'apiKeys.scope.properties',
  'reservations:write': 'apiKeys.scope.reservations',
  'messages:write': 'apiKeys.scope.messages',
  'webhooks:manage': 'apiKeys.scope.webhooks',
} as const satisfies Record<ApiKeyScope, string>;

/** What an API key's scope lets a platform write ("Users" for `users:write`). */
export function scopeLabel(t: AdminT, scope: ApiKeyScope): string {
  return t(SCOPE_KEYS[scope]);
}

/** An audit action in words: its code (`user.role_changed`) is its key in the catalogue. */
export function auditActionLabel(t: AdminT, action: AuditAction): string {
  return t(`audit.action.${action}`);
}

const AUDIT_TARGETS = [
  'user',
  'conversation',
  'delivery',
  'reminder',
  'api_key',
  'webhook_delivery',
] as const;

/** What an audit entry was about ("User", "Api key"); an unknown type humanized. */
export function auditTargetLabel(t: AdminT, type: string): string {
  return isOneOf(AUDIT_TARGETS, type) ? t(`audit.target.${type}`) : humanize(type);
}

const AUDIT_DETAILS = [
  'attempts',
  'channel',
  'created',
  'first_seq',
  'from',
  'last_seq',
  'messages_shown',
  'name',
  'refresh_tokens_revoked',
  'retried',
  'scopes',
  'screening_policy',
  'sent',
  'skipped',
  'source',
  'to',
  'truncated',
] as const;

/** An audit entry's details: "Retried: 3 · Channel: email". The values are as recorded. */
export function auditDetails(t: AdminT, details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) =>
      t('audit.detailItem', {
        name: isOneOf(AUDIT_DETAILS, key) ? t(`audit.detail.${key}`) : humanize(key),
        value: typeof value === 'string' ? value : JSON.stringify(value),
      }),
    )
    .join(' · ');
}
