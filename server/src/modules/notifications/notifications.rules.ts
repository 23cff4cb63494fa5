import type { DeliveryChannel, NotificationType } from '@flexbnb/contracts';
import { DateTime } from 'luxon';
import type { Config } from '../../config.ts';

/**
 * The channels a type goes out on until its user says otherwise: new messages in-app, by push
 * and by email; bookings and reminders in-app, by email and by SMS (when a phone is known).
 */
export const DEFAULT_CHANNELS: Record<NotificationType, Record<DeliveryChannel, boolean>> = {
  new_message: { email: true, sms: false, push: true },
  booking_request: { email: true, sms: true, push: false },
  booking_confirmed: { email: true, sms: true, push: false },
  check_in_reminder: { email: true, sms: true, push: false },
  check_out_reminder: { email: true, sms: true, push: false },
  payment_due_reminder: { email: true, sms: true, push: false },
  booking_declined: { email: true, sms: true, push: false },
  booking_cancelled: { email: true, sms: true, push: false },
  scheduled_message_held: { email: true, sms: false, push: true },
  webhook_disabled: { email: true, sms: false, push: false },
};

/**
 * How long after a notification each channel goes out. A new message escalates only while
 * unread: the app shows it at once, a push follows if it is still unread after a while, an
 * email later still. Everything else goes out at once.
 */
export function escalationDelaySeconds(
  config: Config['notifications'],
): Record<NotificationType, Record<DeliveryChannel, number>> {
  const now = { email: 0, sms: 0, push: 0 };
  return {
    new_message: {
      push: config.pushDelaySeconds,
      email: config.emailDelaySeconds,
      sms: config.smsDelaySeconds,
    },
    booking_request: now,
    booking_confirmed: now,
    check_in_reminder: now,
    check_out_reminder: now,
    payment_due_reminder: now,
    booking_declined: now,
    booking_cancelled: now,
    scheduled_message_held: now,
    webhook_disabled: now,
  };
}

export interface QuietWindow {
  start: string;
  end: string;
  timezone: string;
}

/**
 * When the quiet hours that hold `at` end, or undefined when `at` is outside them. A window
 * whose start is after its end runs past midnight (22:00–07:00). Times are the user's wall
 * clock in their zone, so a window keeps its hours across a change to or from summer time.
 */
export function quietUntil(window: QuietWindow, at: Date): Date | undefined {
  const local = DateTime.fromJSDate(at, { zone: window.timezone });
  const minutes = local.hour * 60 + local.minute;
  const [startH, startM] = window.start.split(':').map(Number) as [number, number];
  const [endH, endM] = window.end.split(':').map(Number) as [number, number];
  const start = startH * 60 + startM;
  const end = endH * 60 + endM;
  const inside =
    start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return undefined;
  let until = local.set({ hour: endH, minute: endM, second: 0, millisecond: 0 });
  if (until <= local) until = until.plus({ days: 1 });
  return until.toJSDate();
}

/**
 * The delay before attempt `attempt + 1` after `attempt` failed: exponential from `baseSeconds`,
 * capped at 30 minutes, with "equal jitter" (half fixed, half random) so the retries of an
 * outage spread out but never come back at once. Eight attempts span about an hour.
 */
export function retryDelayMs(
  attempt: number,
  baseSeconds: number,
  random: () => number = Math.random,
): number {
  const cap = Math.min(30 * 60_000, baseSeconds * 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/**
 * Whether a guest's message to their host goes through quiet hours: from 24 hours before the
 * stay's check-in until its check-out, in the property's zone (a guest locked out at midnight
 * must reach the host).
 */
export function isCloseToStay(
  stay: {
    checkIn: string;
    checkOut: string;
    checkInTime: string;
    checkOutTime: string;
    timezone: string;
  },
  at: Date,
): boolean {
  const zone = stay.timezone;
  const arrival = DateTime.fromISO(`${stay.checkIn}T${stay.checkInTime}`, { zone });
  const departure = DateTime.fromISO(`${stay.checkOut}T${stay.checkOutTime}`, { zone });
  const now = DateTime.fromJSDate(at);
  return now >= arrival.minus({ hours: 24 }) && now <= departure;
}
