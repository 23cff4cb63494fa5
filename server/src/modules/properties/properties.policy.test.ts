import { describe, expect, it } from 'vitest';
import { accessWindow, seesAccessDetails, type ViewerStay } from './properties.policy.ts';

// Expected instants are worked out by hand from each zone's UTC offsets and written as
// literals, so the tests do not share Luxon's view of the tz database with the code.

const HOST = 'host-1';
const GUEST = 'guest-1';

describe('accessWindow', () => {
  it('opens 24 hours before the check-in day starts and closes when the check-out day ends', () => {
    // Lisbon in July is UTC+01:00.
    expect(
      accessWindow({ checkIn: '2027-07-10', checkOut: '2027-07-14' }, 'Europe/Lisbon'),
    ).toEqual({
      opensAt: new Date('2027-07-08T23:00:00Z'),
      closesAt: new Date('2027-07-14T23:00:00Z'),
    });
  });

  it('counts 24 real hours across a DST change, and the check-out day in its own offset', () => {
    // New York: check-in day 2027-03-15 starts 04:00Z (EDT since the 14th); 24 hours earlier
    // is 04:00Z on the 14th, 23:00 EST on the 13th by the wall clock. Check-out day 2027-11-07
    // is 25 hours long: it ends at 05:00Z on the 8th (EST).
    expect(
      accessWindow({ checkIn: '2027-03-15', checkOut: '2027-11-07' }, 'America/New_York'),
    ).toEqual({
      opensAt: new Date('2027-03-14T04:00:00Z'),
      closesAt: new Date('2027-11-08T05:00:00Z'),
    });
  });
});

describe('seesAccessDetails', () => {
  const property = { hostId: HOST, timezone: 'Europe/Lisbon' };
  const stay = (status: ViewerStay['status']): ViewerStay => ({
    checkIn: '2027-07-10',
    checkOut: '2027-07-14',
    status,
  });
  const inside = new Date('2027-07-12T12:00:00Z');

  it('lets the host see them without any stay, at any time', () => {
    expect(seesAccessDetails(HOST, property, [], new Date('2020-01-01T00:00:00Z'))).toBe(true);
  });

  it('lets a guest see them only through a confirmed (or since completed) stay', () => {
    expect(seesAccessDetails(GUEST, property, [], inside)).toBe(false);
    expect(seesAccessDetails(GUEST, property, [stay('confirmed')], inside)).toBe(true);
    // Completed at check-out time: the check-out day is not over yet.
    expect(
      seesAccessDetails(GUEST, property, [stay('completed')], new Date('2027-07-14T18:00:00Z')),
    ).toBe(true);
    for (const status of ['pending', 'declined', 'cancelled'] as const) {
      expect({ status, sees: seesAccessDetails(GUEST, property, [stay(status)], inside) }).toEqual({
        status,
        sees: false,
      });
    }
  });

  it('uses the window: open at its first instant, closed at its last', () => {
    const stays = [stay('confirmed')];
    const at = (iso: string) => seesAccessDetails(GUEST, property, stays, new Date(iso));
    expect(at('2027-07-08T22:59:59.999Z')).toBe(false);
    expect(at('2027-07-08T23:00:00.000Z')).toBe(true);
    expect(at('2027-07-14T22:59:59.999Z')).toBe(true);
    expect(at('2027-07-14T23:00:00.000Z')).toBe(false);
  });

  it('sees them when any of several stays is open', () => {
    const earlier: ViewerStay = {
      checkIn: '2027-05-01',
      checkOut: '2027-05-03',
      status: 'confirmed',
    };
    expect(seesAccessDetails(GUEST, property, [earlier, stay('pending')], inside)).toBe(false);
    expect(seesAccessDetails(GUEST, property, [earlier, stay('confirmed')], inside)).toBe(true);
  });

  it('hides them when the property zone is unknown', () => {
    expect(
      seesAccessDetails(
        GUEST,
        { hostId: HOST, timezone: 'Mars/Olympus' },
        [stay('confirmed')],
        inside,
      ),
    ).toBe(false);
  });
});
