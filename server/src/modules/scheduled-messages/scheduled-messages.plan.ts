import type { AutomationTrigger, LateBookingPolicy } from '@flexbnb/contracts';
import { stayInstants, type Stay } from '../reminders/index.ts';

const MINUTE_MS = 60_000;

/** What an automation's time is planned from. */
export interface AutomationTiming {
  trigger: AutomationTrigger;
  offsetMinutes: number;
  lateBooking: LateBookingPolicy;
}

/** The stay a message is planned for: its dates and times, and when it was confirmed. */
export interface PlannedStay extends Omit<Stay, 'paymentDueAt'> {
  confirmedAt: Date;
}

/** An automation's instant for a stay: the trigger's moment, then the offset either way. */
export function automationInstant(timing: AutomationTiming, stay: PlannedStay): Date {
  const { checkInAt, checkOutAt } = stayInstants({ ...stay, paymentDueAt: null });
  const offset = timing.offsetMinutes * MINUTE_MS;
  switch (timing.trigger) {
    case 'booking_confirmed':
      return new Date(stay.confirmedAt.getTime() + offset);
    case 'before_check_in':
      return new Date(checkInAt.getTime() - offset);
    case 'after_check_in':
      return new Date(checkInAt.getTime() + offset);
    case 'before_check_out':
      return new Date(checkOutAt.getTime() - offset);
    case 'after_check_out':
      return new Date(checkOutAt.getTime() + offset);
  }
}

export interface PlannedMessage {
  scheduledFor: Date;
  /** Its time had passed when planned and it is not to go out late. */
  skipped: boolean;
}

/**
 * When an automation's message for a stay goes out, as planned at `now`. `late`: what a time
 * already passed means — for a stay just confirmed, the automation's late-booking policy
 * (`send_now` sends at once); for an automation created or changed after the fact, or a stay
 * whose dates moved into the past, `skip` (a host adding an automation does not message every
 * current guest at once).
 */
export function planMessage(
  timing: AutomationTiming,
  stay: PlannedStay,
  now: Date,
  late: LateBookingPolicy,
): PlannedMessage {
  const at = automationInstant(timing, stay);
  if (at.getTime() > now.getTime()) return { scheduledFor: at, skipped: false };
  return late === 'send_now'
    ? { scheduledFor: now, skipped: false }
    : { scheduledFor: at, skipped: true };
}
