import { languageOfLocale } from '@flexbnb/contracts';
import { i18n } from './i18n.ts';

/**
 * Times follow one rule. The viewer's own clock (when a message was sent, "Yesterday") is
 * written in the viewer's locale: the one their profile names, or the browser's. A stay's
 * dates and times are the property's: its zone, and its locale when that speaks the app's
 * language, as the server's templates and emails write them (pass `locale`/`timeZone`).
 */
let viewerLocale: string | undefined;

/**
 * The locale of the signed-in person's profile (null: the browser's); set by the app's frame
 * when the person is known, read by every function here that writes the viewer's clock.
 */
export function setViewerLocale(locale: string | null | undefined) {
  viewerLocale = validLocale(locale);
}

/** A tag Intl takes, else undefined (the browser's): a stored tag must never throw here. */
export function validLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/**
 * The locale the viewer's clock is written in: their profile's; without one, the browser's
 * when it speaks the app's language, else the app's language itself.
 */
function viewer(): string {
  if (viewerLocale) return viewerLocale;
  const browser = validLocale(globalThis.navigator?.language);
  return browser && languageOfLocale(browser) === i18n.language ? browser : i18n.language;
}

/**
 * A stay's locale: the property's ("16 Dec" or "Dec 16") when it speaks the app's language,
 * else the viewer's, so that a date never mixes two languages on one screen.
 */
function stayLocale(locale: string | null | undefined): string {
  const property = validLocale(locale);
  return property && languageOfLocale(property) === i18n.language ? property : viewer();
}

/** "Today", "Yesterday": a day near today in the app's language, as a label starts. */
function nearDay(days: number): string {
  const word = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(days, 'day');
  return word.charAt(0).toLocaleUpperCase(i18n.language) + word.slice(1);
}

/** "5m", "3h": a short span in the app's language. */
function shortSpan(value: number, unit: 'minute' | 'hour'): string {
  return new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit,
    unitDisplay: 'narrow',
  }).format(value);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function sameDay(a: Date, b: Date) {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/**
 * "now", "5m", "3h", "Yesterday", "Mon", "Nov 3" — for conversation lists; the words in the
 * app's language, the dates in the viewer's locale.
 */
export function relativeTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const diff = now.getTime() - date.getTime();
  if (diff < MINUTE) {
    return new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(0, 'second');
  }
  if (diff < HOUR) return shortSpan(Math.floor(diff / MINUTE), 'minute');
  if (sameDay(date, now)) return shortSpan(Math.floor(diff / HOUR), 'hour');
  const yesterday = new Date(now.getTime() - DAY);
  if (sameDay(date, yesterday)) return nearDay(-1);
  if (diff < 6 * DAY) return date.toLocaleDateString(viewer(), { weekday: 'short' });
  return date.toLocaleDateString(viewer(), {
    month: 'short',
    day: 'numeric',
    ...(date.getFullYear() !== now.getFullYear() && { year: 'numeric' }),
  });
}

/** "Today", "Yesterday", "Monday, November 3" — for day separators in a thread. */
export function dayLabel(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (sameDay(date, now)) return nearDay(0);
  if (sameDay(date, new Date(now.getTime() - DAY))) return nearDay(-1);
  return date.toLocaleDateString(viewer(), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(date.getFullYear() !== now.getFullYear() && { year: 'numeric' }),
  });
}

export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(viewer(), { hour: 'numeric', minute: '2-digit' });
}

/**
 * "Dec 5 – Dec 9, 2026" from two ISO dates (calendar dates, no time zone shift), as the
 * property's `locale` writes them; the viewer's without one.
 */
export function stayDates(checkIn: string, checkOut: string, locale?: string | null): string {
  const inLocale = stayLocale(locale);
  const fmt = (d: string, year: boolean) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString(inLocale, {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
      ...(year && { year: 'numeric' }),
    });
  return `${fmt(checkIn, false)} – ${fmt(checkOut, true)}`;
}

/**
 * "Sat 5 Dec, 09:00" — a day and time this week or later: the viewer's clock by default; a
 * stay's time with the property's `timeZone` and `locale`.
 */
export function dayAndTime(iso: string, timeZone?: string, locale?: string | null): string {
  return new Date(iso).toLocaleString(stayLocale(locale), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
