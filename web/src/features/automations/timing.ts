import { AUTOMATION_TRIGGERS, type AutomationTrigger } from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { i18n } from '../../lib/i18n.ts';

const MINUTES_PER: Record<OffsetUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** The units the form offers for an automation's offset. */
export const OFFSET_UNITS = ['minutes', 'hours', 'days'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

type T = TFunction<'automations'>;
const shown = (): T => i18n.getFixedT(null, 'automations');

/**
 * The trigger select's options, in the language shown when read (a component that draws them
 * should use its own `t('triggers.…')`, so that it draws again when the language changes).
 */
export const TRIGGER_LABELS: Readonly<Record<AutomationTrigger, string>> = Object.defineProperties(
  {} as Record<AutomationTrigger, string>,
  Object.fromEntries(
    AUTOMATION_TRIGGERS.map((trigger) => [
      trigger,
      { enumerable: true, get: () => shown()(`triggers.${trigger}`) },
    ]),
  ),
);

/** "1 day 6 hours", "90 minutes" never: "1 hour 30 minutes". Empty for zero. */
export function describeDuration(minutes: number, t: T = shown()): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days > 0 && t('duration.days', { count: days }),
    hours > 0 && t('duration.hours', { count: hours }),
    rest > 0 && t('duration.minutes', { count: rest }),
  ].filter((part): part is string => Boolean(part));
  // "1 day 6 hours" in English; each language joins the units its own way.
  return new Intl.ListFormat(i18n.language, { type: 'unit', style: 'narrow' }).format(parts);
}

/**
 * An automation's time in plain words: "2 days before check-in", "1 hour after check-out",
 * "At booking confirmation", "1 day 6 hours before check-in".
 */
export function describeTiming(
  trigger: AutomationTrigger,
  offsetMinutes: number,
  t: T = shown(),
): string {
  const duration = describeDuration(offsetMinutes, t);
  return duration ? t(`timing.${trigger}`, { duration }) : t(`timingAt.${trigger}`);
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
