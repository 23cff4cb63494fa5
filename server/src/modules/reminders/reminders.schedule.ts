import type { ReminderType } from '@flexbnb/contracts';
import { DateTime, IANAZone } from 'luxon';

/** Every reminder a stay gets: check-in and check-out 24 h and 2 h before, payment 3 days and 1 day before payment_due_at. */
export const REMINDER_OFFSETS: readonly { type: ReminderType; offsetMinutes: number }[] = [
  { type: 'check_in_reminder', offsetMinutes: 24 * 60 },
  { type: 'check_in_reminder', offsetMinutes: 120 },
  { type: 'check_out_reminder', offsetMinutes: 24 * 60 },
  { type: 'check_out_reminder', offsetMinutes: 120 },
  { type: 'payment_due_reminder', offsetMinutes: 3 * 24 * 60 },
  { type: 'payment_due_reminder', offsetMinutes: 24 * 60 },
];

/** A reservation as the reminders see it: calendar dates and wall-clock times at the property. */
export interface Stay {
  /** 'YYYY-MM-DD', a calendar date in the property's zone */
  checkIn: string;
  /** 'YYYY-MM-DD' */
  checkOut: string;
  /** 'HH:MM', local time at the property */
  checkInTime: string;
  /** 'HH:MM' */
  checkOutTime: string;
  /** IANA zone of the property, e.g. 'Europe/Lisbon' */
  timezone: string;
  /** an instant */
  paymentDueAt: Date | null;
}

/** One reminder of a stay and when it goes out. */
export interface PlannedReminder {
  type: ReminderType;
  offsetMinutes: number;
  scheduledFor: Date;
  /** its time had passed at `now`: recorded as skipped, never sent late */
  skipped: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;

// Luxon asks Intl afresh on every check (a new DateTimeFormat, ~0.1 ms): far slower than the
// arithmetic of a stay, of which an import plans thousands. The zones of an installation are few.
const knownZones = new Map<string, boolean>();

/** Whether `zone` is an IANA zone Luxon knows (for validating input). */
export function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = IANAZone.isValidZone(zone);
    // Bounded: names from input that are not zones are not kept.
    if (known) knownZones.set(zone, known);
  }
  return known;
}

/**
 * The instant a calendar date's local time happens in `zone`. A time skipped by a change to
 * summer time is pushed forward by the length of the gap (02:30 becomes 03:30); a time that
 * happens twice when summer time ends is its first occurrence. Throws on an unknown zone or
 * a malformed date or time: callers validate input first, so that is a programming error.
 */
export function stayInstant(date: string, time: string, zone: string): Date {
  // Stays share dates and times (an import plans thousands): each is worked out once.
  const key = `${date} ${time} ${zone}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  if (instants.size >= INSTANTS_KEPT) instants.clear();
  const at = localInstant(date, time, zone);
  instants.set(key, at.getTime());
  return at;
}

const INSTANTS_KEPT = 10_000;
const instants = new Map<string, number>();

function localInstant(date: string, time: string, zone: string): Date {
  const d = DATE.exec(date);
  if (!d) throw new Error(`Malformed date ${JSON.stringify(date)}: expected YYYY-MM-DD`);
  const t = TIME.exec(time);
  if (!t) throw new Error(`Malformed time ${JSON.stringify(time)}: expected HH:MM`);
  if (!isKnownZone(zone)) throw new Error(`Unknown time zone ${JSON.stringify(zone)}`);
  const local = DateTime.fromObject(
    {
      year: Number(d[1]),
      month: Number(d[2]),
      day: Number(d[3]),
      hour: Number(t[1]),
      minute: Number(t[2]),
    },
    { zone },
  );
  if (!local.isValid) {
    throw new Error(
      `Invalid local time ${date} ${time} in ${zone}: ${local.invalidExplanation ?? local.invalidReason}`,
    );
  }
  // Luxon settles an ambiguous (fall-back) time by trying the offset in force at the *current*
  // clock first, so on its own it answers the first occurrence in one season and the second in
  // the other. Asking for both and taking the earlier makes the answer independent of when the
  // code runs — and a guest arriving "at 02:30" is not kept waiting an extra hour. A gap time
  // has one candidate, already shifted forward by Luxon whatever the clock.
  const first = Math.min(...local.getPossibleOffsets().map((candidate) => candidate.toMillis()));
  return new Date(first);
}

/** Check-in and check-out instants of a stay. */
export function stayInstants(stay: Stay): { checkInAt: Date; checkOutAt: Date } {
  return {
    checkInAt: stayInstant(stay.checkIn, stay.checkInTime, stay.timezone),
    checkOutAt: stayInstant(stay.checkOut, stay.checkOutTime, stay.timezone),
  };
}

/**
 * Every reminder of the stay, in REMINDER_OFFSETS order; payment ones only when paymentDueAt
 * is set. A reminder whose time is at or before `now` is marked skipped, so a late booking
 * records what it missed instead of receiving it late.
 */
export function planReminders(stay: Stay, now: Date): PlannedReminder[] {
  const { checkInAt, checkOutAt } = stayInstants(stay);
  if (stay.paymentDueAt && Number.isNaN(stay.paymentDueAt.getTime())) {
    throw new Error('Invalid paymentDueAt');
  }
  if (Number.isNaN(now.getTime())) throw new Error('Invalid now');
  const anchors: Record<ReminderType, Date | null> = {
    check_in_reminder: checkInAt,
    check_out_reminder: checkOutAt,
    payment_due_reminder: stay.paymentDueAt,
  };
  return REMINDER_OFFSETS.flatMap(({ type, offsetMinutes }) => {
    const anchor = anchors[type];
    if (!anchor) return [];
    // "24 h before" is elapsed time, not wall clock: the reminder comes exactly that long
    // before the event, as its wording promises, and can never land in a DST gap or overlap.
    // Across a DST change its local time therefore differs from the check-in time by an hour.
    const scheduledFor = new Date(anchor.getTime() - offsetMinutes * MINUTE_MS);
    return [
      { type, offsetMinutes, scheduledFor, skipped: scheduledFor.getTime() <= now.getTime() },
    ];
  });
}

/** `at` as the property's local time, ISO-8601 with its offset, milliseconds included, e.g. '2027-03-28T14:00:00.000+01:00'. */
export function localIso(at: Date, zone: string): string {
  if (!isKnownZone(zone)) throw new Error(`Unknown time zone ${JSON.stringify(zone)}`);
  const local = DateTime.fromJSDate(at, { zone });
  if (!local.isValid) throw new Error(`Invalid instant: ${local.invalidReason}`);
  return local.toISO();
}
