import { i18n } from '../../lib/i18n.ts';

/**
 * "3 Mar, 14:05" (the year too when it is not this one) in the browser's zone, written as the
 * app's language writes it; "—" for none.
 */
export function dateTime(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return date.toLocaleString(i18n.language, {
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() !== now.getFullYear() && { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "3 Mar 2027" from a calendar date (no zone shift). */
export function calendarDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(i18n.language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * A time written with its own offset (`2027-03-03T16:00:00+01:00`, the API's `*_local`) as the
 * clock on the wall there read it: "Wed 3 Mar 2027, 16:00". The offset is cut off rather than
 * converted, which is the point: the property's zone, not the browser's.
 */
export function wallClock(local: string | null | undefined, now = new Date()): string {
  if (!local) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return local;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi)).toLocaleString(i18n.language, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(y !== now.getFullYear() && { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h" — how long something has waited. */
export function age(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const t = i18n.getFixedT(null, 'admin', 'age');
  if (seconds < 60) return t('seconds', { s: Math.max(0, Math.round(seconds)) });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('minutes', { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    return minutes % 60
      ? t('hoursMinutes', { h: hours, m: minutes % 60 })
      : t('hours', { h: hours });
  }
  const days = Math.floor(hours / 24);
  return hours % 24 ? t('daysHours', { d: days, h: hours % 24 }) : t('days', { d: days });
}

export function count(n: number): string {
  return n.toLocaleString(i18n.language);
}

/** "97.5%" ("97,5 %" in French); "—" when there is nothing to divide. */
export function percent(rate: number | null): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(rate);
}

/**
 * `snake_case` words for people: "check_in_reminder" → "Check in reminder". For a code the
 * catalogue does not name (one newer than the web app).
 */
export function humanize(value: string): string {
  const text = value.replaceAll(/[_.]/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
