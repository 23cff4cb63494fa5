import { SEND_LATER_MAX_DAYS } from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { messagingT } from './texts.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A `datetime-local` input's value ("2026-12-05T09:00") for a moment, in the browser's zone. */
export function toLocalInputValue(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The schedule popover's first suggestion: tomorrow at 09:00, the browser's time. */
export function defaultSendAt(now = new Date()): string {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  return toLocalInputValue(tomorrow);
}

/**
 * A `datetime-local` value as the API's ISO time, or null when it is not a time. Such a value
 * has no offset, and JavaScript reads it in the browser's zone — the zone the person picked in.
 */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Why a send time would be refused, checked before asking the server; null when it is fine. */
export function sendLaterProblem(
  iso: string,
  now = new Date(),
  t: TFunction<'messaging'> = messagingT(),
): string | null {
  const at = Date.parse(iso);
  if (at <= now.getTime()) return t('schedule.pickFuture');
  if (at > now.getTime() + SEND_LATER_MAX_DAYS * 86_400_000) {
    return t('schedule.pickWithin', { count: SEND_LATER_MAX_DAYS });
  }
  return null;
}
