/**
 * Times follow one rule. The viewer's own clock (when a message was sent, "Yesterday") is
 * written in the viewer's locale: the one their profile names, or the browser's. A stay's
 * dates and times are the property's: its locale and zone, as the server's templates and
 * emails write them (pass `locale`/`timeZone`).
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

/** "now", "5m", "3h", "Yesterday", "Mon", "Nov 3" — for conversation lists. */
export function relativeTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const diff = now.getTime() - date.getTime();
  if (diff < MINUTE) return 'now';
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)}m`;
  if (sameDay(date, now)) return `${Math.floor(diff / HOUR)}h`;
  const yesterday = new Date(now.getTime() - DAY);
  if (sameDay(date, yesterday)) return 'Yesterday';
  if (diff < 6 * DAY) return date.toLocaleDateString(viewerLocale, { weekday: 'short' });
  return date.toLocaleDateString(viewerLocale, {
    month: 'short',
    day: 'numeric',
    ...(date.getFullYear() !== now.getFullYear() && { year: 'numeric' }),
  });
}

/** "Today", "Yesterday", "Monday, November 3" — for day separators in a thread. */
export function dayLabel(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (sameDay(date, now)) return 'Today';
  if (sameDay(date, new Date(now.getTime() - DAY))) return 'Yesterday';
  return date.toLocaleDateString(viewerLocale, {
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
  return new Date(iso).toLocaleTimeString(viewerLocale, { hour: 'numeric', minute: '2-digit' });
}

/**
 * "Dec 5 – Dec 9, 2026" from two ISO dates (calendar dates, no time zone shift), as the
 * property's `locale` writes them; the viewer's without one.
 */
export function stayDates(checkIn: string, checkOut: string, locale?: string | null): string {
  const inLocale = validLocale(locale) ?? viewerLocale;
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
  return new Date(iso).toLocaleString(validLocale(locale) ?? viewerLocale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
