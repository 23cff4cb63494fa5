import type { ReservationStatus } from '@flexbnb/contracts';
import { DateTime } from 'luxon';

/** A reservation of the property by the viewer, as the access rule reads it. */
export interface ViewerStay {
  checkIn: string;
  checkOut: string;
  status: ReservationStatus;
}

// A stay the host confirmed is `completed` once its check-out time passes
// (reservations.repo.completeEndedStays) — still within its check-out day, so it keeps
// access until that day ends.
const ACCESS_STATUSES: ReadonlySet<ReservationStatus> = new Set(['confirmed', 'completed']);

/**
 * The instants between which a stay's guest may see the door code and the wifi password:
 * from 24 hours before the check-in day starts to the end of the check-out day, both in the
 * property's zone.
 */
export function accessWindow(
  stay: Pick<ViewerStay, 'checkIn' | 'checkOut'>,
  timezone: string,
): { opensAt: Date; closesAt: Date } {
  const checkInDay = DateTime.fromISO(stay.checkIn, { zone: timezone }).startOf('day');
  const checkOutDay = DateTime.fromISO(stay.checkOut, { zone: timezone }).startOf('day');
  return {
    // Hours, not a calendar day: the window is 24 real hours even across a DST change.
    opensAt: checkInDay.minus({ hours: 24 }).toJSDate(),
    closesAt: checkOutDay.plus({ days: 1 }).toJSDate(),
  };
}

/**
 * Whether `viewerId` may see the property's door code and wifi password: its host always;
 * anyone else only while one of their confirmed stays there has its access window open.
 * `stays` are the viewer's reservations of this property (properties.repo.findViewerStays).
 */
export function seesAccessDetails(
  viewerId: string,
  property: { hostId: string; timezone: string },
  stays: readonly ViewerStay[],
  now: Date,
): boolean {
  if (property.hostId === viewerId) return true;
  return stays.some((stay) => {
    if (!ACCESS_STATUSES.has(stay.status)) return false;
    const { opensAt, closesAt } = accessWindow(stay, property.timezone);
    return opensAt <= now && now < closesAt;
  });
}
