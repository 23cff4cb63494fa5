import type { AutomationTrigger } from '@flexbnb/contracts';

const MINUTES_PER: Record<OffsetUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** The units the form offers for an automation's offset. */
export const OFFSET_UNITS = ['minutes', 'hours', 'days'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

/** What each trigger is counted from, as a sentence ends: "before check-in". */
const TRIGGER_PHRASE: Record<AutomationTrigger, { anchor: string; direction: string }> = {
  booking_confirmed: { anchor: 'booking confirmation', direction: 'after' },
  before_check_in: { anchor: 'check-in', direction: 'before' },
  after_check_in: { anchor: 'check-in', direction: 'after' },
  before_check_out: { anchor: 'check-out', direction: 'before' },
  after_check_out: { anchor: 'check-out', direction: 'after' },
};

/** The trigger select's options. */
export const TRIGGER_LABELS: Record<AutomationTrigger, string> = {
  booking_confirmed: 'After booking confirmation',
  before_check_in: 'Before check-in',
  after_check_in: 'After check-in',
  before_check_out: 'Before check-out',
  after_check_out: 'After check-out',
};

function plural(amount: number, unit: string) {
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** "1 day 6 hours", "90 minutes" never: "1 hour 30 minutes". Empty for zero. */
export function describeDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [
    days > 0 && plural(days, 'day'),
    hours > 0 && plural(hours, 'hour'),
    rest > 0 && plural(rest, 'minute'),
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * An automation's time in plain words: "2 days before check-in", "1 hour after check-out",
 * "At booking confirmation", "1 day 6 hours before check-in".
 */
export function describeTiming(trigger: AutomationTrigger, offsetMinutes: number): string {
  const { anchor, direction } = TRIGGER_PHRASE[trigger];
  const duration = describeDuration(offsetMinutes);
  return duration ? `${duration} ${direction} ${anchor}` : `At ${anchor}`;
}

/** The form's amount and unit as the API's `offset_minutes`. */
export function toOffsetMinutes(amount: number, unit: OffsetUnit): number {
  return Math.round(amount * MINUTES_PER[unit]);
}

/**
 * `offset_minutes` as the form shows it: in the largest unit that divides it exactly, so that
 * 2880 reads "2 days" and 90 reads "90 minutes" (never "1.5 hours").
 */
export function splitOffset(minutes: number): { amount: number; unit: OffsetUnit } {
  if (minutes === 0) return { amount: 0, unit: 'hours' };
  if (minutes % MINUTES_PER.days === 0) return { amount: minutes / MINUTES_PER.days, unit: 'days' };
  if (minutes % MINUTES_PER.hours === 0) {
    return { amount: minutes / MINUTES_PER.hours, unit: 'hours' };
  }
  return { amount: minutes, unit: 'minutes' };
}
