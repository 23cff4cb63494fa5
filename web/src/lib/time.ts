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
  if (diff < 6 * DAY) return date.toLocaleDateString(undefined, { weekday: 'short' });
  return date.toLocaleDateString(undefined, {
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
  return date.toLocaleDateString(undefined, {
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
  return new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

/** "Dec 5 – Dec 9, 2026" from two ISO dates (calendar dates, no time zone shift). */
export function stayDates(checkIn: string, checkOut: string): string {
  const fmt = (d: string, year: boolean) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString(undefined, {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
      ...(year && { year: 'numeric' }),
    });
  return `${fmt(checkIn, false)} – ${fmt(checkOut, true)}`;
}

/** "Sat 5 Dec, 09:00" — a day and time this week or later, in `timeZone` (default: the browser's). */
export function dayAndTime(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleString(undefined, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
