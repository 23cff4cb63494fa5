import { Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  isKnownZone,
  localIso,
  planReminders,
  stayInstant,
  stayInstants,
  type PlannedReminder,
  type Stay,
} from './reminders.schedule.ts';

// Expected instants are worked out by hand from each zone's UTC offsets and written as
// literals, so the tests do not share Luxon's view of the tz database with the code.

const LONG_AGO = new Date('2020-01-01T00:00:00Z');

/** `type/offset` → scheduledFor ISO, for comparing a whole plan at once. */
function byKey(plan: PlannedReminder[]): Record<string, string> {
  return Object.fromEntries(
    plan.map((r) => [`${r.type}/${r.offsetMinutes}`, r.scheduledFor.toISOString()]),
  );
}

// Lisbon in July is WEST, UTC+01:00.
const lisbonJuly: Stay = {
  checkIn: '2027-07-10',
  checkOut: '2027-07-14',
  checkInTime: '16:00',
  checkOutTime: '11:00',
  timezone: 'Europe/Lisbon',
  paymentDueAt: new Date('2027-07-01T12:00:00Z'),
};

describe('planReminders for a plain stay', () => {
  it('plans all six reminders, in REMINDER_OFFSETS order', () => {
    const plan = planReminders(lisbonJuly, new Date('2027-06-01T00:00:00Z'));
    expect(
      plan.map((r) => [r.type, r.offsetMinutes, r.scheduledFor.toISOString(), r.skipped]),
    ).toEqual([
      // check-in 16:00+01:00 = 15:00Z
      ['check_in_reminder', 1440, '2027-07-09T15:00:00.000Z', false],
      ['check_in_reminder', 120, '2027-07-10T13:00:00.000Z', false],
      // check-out 11:00+01:00 = 10:00Z
      ['check_out_reminder', 1440, '2027-07-13T10:00:00.000Z', false],
      ['check_out_reminder', 120, '2027-07-14T08:00:00.000Z', false],
      ['payment_due_reminder', 4320, '2027-06-28T12:00:00.000Z', false],
      ['payment_due_reminder', 1440, '2027-06-30T12:00:00.000Z', false],
    ]);
  });

  it('gives the stay instants', () => {
    const { checkInAt, checkOutAt } = stayInstants(lisbonJuly);
    expect(checkInAt.toISOString()).toBe('2027-07-10T15:00:00.000Z');
    expect(checkOutAt.toISOString()).toBe('2027-07-14T10:00:00.000Z');
  });
});

describe('stays across a DST change', () => {
  const stay = (
    timezone: string,
    checkIn: string,
    checkInTime: string,
    checkOut: string,
    checkOutTime: string,
  ): Stay => ({
    checkIn,
    checkOut,
    checkInTime,
    checkOutTime,
    timezone,
    paymentDueAt: null,
  });

  describe('Europe/Berlin (CET +01:00, CEST +02:00)', () => {
    it('spring forward 2027-03-28 02:00 → 03:00 (01:00Z)', () => {
      // in: 03-26 16:00+01:00 = 15:00Z; out: 03-28 11:00+02:00 = 09:00Z
      const plan = planReminders(
        stay('Europe/Berlin', '2027-03-26', '16:00', '2027-03-28', '11:00'),
        LONG_AGO,
      );
      expect(byKey(plan)).toEqual({
        'check_in_reminder/1440': '2027-03-25T15:00:00.000Z',
        'check_in_reminder/120': '2027-03-26T13:00:00.000Z',
        'check_out_reminder/1440': '2027-03-27T09:00:00.000Z',
        'check_out_reminder/120': '2027-03-28T07:00:00.000Z',
      });
      // 24 h of real time before an 11:00 check-out is 10:00 the day before, still in winter time.
      expect(localIso(plan[2]!.scheduledFor, 'Europe/Berlin')).toBe(
        '2027-03-27T10:00:00.000+01:00',
      );
      expect(localIso(plan[3]!.scheduledFor, 'Europe/Berlin')).toBe(
        '2027-03-28T09:00:00.000+02:00',
      );
    });

    it('fall back 2027-10-31 03:00 → 02:00 (01:00Z)', () => {
      // in: 10-29 16:00+02:00 = 14:00Z; out: 10-31 11:00+01:00 = 10:00Z
      const plan = planReminders(
        stay('Europe/Berlin', '2027-10-29', '16:00', '2027-10-31', '11:00'),
        LONG_AGO,
      );
      expect(byKey(plan)).toEqual({
        'check_in_reminder/1440': '2027-10-28T14:00:00.000Z',
        'check_in_reminder/120': '2027-10-29T12:00:00.000Z',
        'check_out_reminder/1440': '2027-10-30T10:00:00.000Z',
        'check_out_reminder/120': '2027-10-31T08:00:00.000Z',
      });
      expect(localIso(plan[2]!.scheduledFor, 'Europe/Berlin')).toBe(
        '2027-10-30T12:00:00.000+02:00',
      );
    });

    it('moves a check-in inside the spring-forward gap forward by the gap', () => {
      // 02:30 does not exist; it becomes 03:30+02:00 = 01:30Z
      const at = stayInstant('2027-03-28', '02:30', 'Europe/Berlin');
      expect(at.toISOString()).toBe('2027-03-28T01:30:00.000Z');
      expect(localIso(at, 'Europe/Berlin')).toBe('2027-03-28T03:30:00.000+02:00');
      const plan = planReminders(
        stay('Europe/Berlin', '2027-03-28', '02:30', '2027-03-30', '11:00'),
        LONG_AGO,
      );
      expect(plan[0]!.scheduledFor.toISOString()).toBe('2027-03-27T01:30:00.000Z');
      expect(plan[1]!.scheduledFor.toISOString()).toBe('2027-03-27T23:30:00.000Z');
    });

    it('takes the first occurrence of a check-in inside the fall-back overlap', () => {
      // 02:30 happens at +02:00 (00:30Z) and again at +01:00 (01:30Z)
      const at = stayInstant('2027-10-31', '02:30', 'Europe/Berlin');
      expect(at.toISOString()).toBe('2027-10-31T00:30:00.000Z');
      expect(localIso(at, 'Europe/Berlin')).toBe('2027-10-31T02:30:00.000+02:00');
    });
  });

  describe('America/New_York (EST -05:00, EDT -04:00)', () => {
    it('spring forward 2027-03-14 02:00 → 03:00 (07:00Z)', () => {
      // in: 03-12 16:00-05:00 = 21:00Z; out: 03-14 11:00-04:00 = 15:00Z
      const plan = planReminders(
        stay('America/New_York', '2027-03-12', '16:00', '2027-03-14', '11:00'),
        LONG_AGO,
      );
      expect(byKey(plan)).toEqual({
        'check_in_reminder/1440': '2027-03-11T21:00:00.000Z',
        'check_in_reminder/120': '2027-03-12T19:00:00.000Z',
        'check_out_reminder/1440': '2027-03-13T15:00:00.000Z',
        'check_out_reminder/120': '2027-03-14T13:00:00.000Z',
      });
      expect(localIso(plan[2]!.scheduledFor, 'America/New_York')).toBe(
        '2027-03-13T10:00:00.000-05:00',
      );
    });

    it('fall back 2027-11-07 02:00 → 01:00 (06:00Z)', () => {
      // in: 11-05 16:00-04:00 = 20:00Z; out: 11-07 11:00-05:00 = 16:00Z
      const plan = planReminders(
        stay('America/New_York', '2027-11-05', '16:00', '2027-11-07', '11:00'),
        LONG_AGO,
      );
      expect(byKey(plan)).toEqual({
        'check_in_reminder/1440': '2027-11-04T20:00:00.000Z',
        'check_in_reminder/120': '2027-11-05T18:00:00.000Z',
        'check_out_reminder/1440': '2027-11-06T16:00:00.000Z',
        'check_out_reminder/120': '2027-11-07T14:00:00.000Z',
      });
      expect(localIso(plan[2]!.scheduledFor, 'America/New_York')).toBe(
        '2027-11-06T12:00:00.000-04:00',
      );
    });

    it('resolves gap and overlap times', () => {
      // 02:30 on 03-14 does not exist: 03:30-04:00 = 07:30Z
      expect(stayInstant('2027-03-14', '02:30', 'America/New_York').toISOString()).toBe(
        '2027-03-14T07:30:00.000Z',
      );
      // 01:30 on 11-07 happens at -04:00 (05:30Z) and at -05:00 (06:30Z): the first
      expect(stayInstant('2027-11-07', '01:30', 'America/New_York').toISOString()).toBe(
        '2027-11-07T05:30:00.000Z',
      );
    });
  });

  describe('Australia/Sydney (AEST +10:00, AEDT +11:00)', () => {
    it('DST ends 2027-04-04 03:00 → 02:00 (2027-04-03T16:00Z)', () => {
      // in: 04-02 15:00+11:00 = 04:00Z; out: 04-04 10:00+10:00 = 00:00Z
      const plan = planReminders(
        stay('Australia/Sydney', '2027-04-02', '15:00', '2027-04-04', '10:00'),
        LONG_AGO,
      );
      expect(byKey(plan)).toEqual({
        'check_in_reminder/1440': '2027-04-01T04:00:00.000Z',
        'check_in_reminder/120': '2027-04-02T02:00:00.000Z',
        'check_out_reminder/1440': '2027-04-03T00:00:00.000Z',
        'check_out_reminder/120': '2027-04-03T22:00:00.000Z',
      });
      expect(localIso(plan[2]!.scheduledFor, 'Australia/Sydney')).toBe(
        '2027-04-03T11:00:00.000+11:00',
      );
    });

    it('DST begins 2027-10-03 02:00 → 03:00 (2027-10-02T16:00Z)', () => {
      // in: 10-01 15:00+10:00 = 05:00Z; out: 10-03 10:00+11:00 = 10-02 23:00Z
      const plan = planReminders(
        stay('Australia/Sydney', '2027-10-01', '15:00', '2027-10-03', '10:00'),
        LONG_AGO,
      );
      expect(byKey(plan)).toEqual({
        'check_in_reminder/1440': '2027-09-30T05:00:00.000Z',
        'check_in_reminder/120': '2027-10-01T03:00:00.000Z',
        'check_out_reminder/1440': '2027-10-01T23:00:00.000Z',
        'check_out_reminder/120': '2027-10-02T21:00:00.000Z',
      });
      expect(localIso(plan[2]!.scheduledFor, 'Australia/Sydney')).toBe(
        '2027-10-02T09:00:00.000+10:00',
      );
    });

    it('resolves gap and overlap times', () => {
      // 02:30 on 10-03 does not exist: 03:30+11:00 = 10-02 16:30Z
      expect(stayInstant('2027-10-03', '02:30', 'Australia/Sydney').toISOString()).toBe(
        '2027-10-02T16:30:00.000Z',
      );
      // 02:30 on 04-04 happens at +11:00 (04-03 15:30Z) and at +10:00 (16:30Z): the first
      expect(stayInstant('2027-04-04', '02:30', 'Australia/Sydney').toISOString()).toBe(
        '2027-04-03T15:30:00.000Z',
      );
    });
  });

  it('resolves gaps and overlaps the same whatever the process clock says', () => {
    // Luxon's first guess at an offset is the one in force at its clock; pin it to each season.
    const originalNow = Settings.now;
    try {
      for (const clock of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
        Settings.now = () => Date.parse(clock);
        expect(stayInstant('2027-10-31', '02:30', 'Europe/Berlin').toISOString()).toBe(
          '2027-10-31T00:30:00.000Z',
        );
        expect(stayInstant('2027-11-07', '01:30', 'America/New_York').toISOString()).toBe(
          '2027-11-07T05:30:00.000Z',
        );
        expect(stayInstant('2027-04-04', '02:30', 'Australia/Sydney').toISOString()).toBe(
          '2027-04-03T15:30:00.000Z',
        );
        expect(stayInstant('2027-03-28', '02:30', 'Europe/Berlin').toISOString()).toBe(
          '2027-03-28T01:30:00.000Z',
        );
        expect(stayInstant('2027-10-03', '02:30', 'Australia/Sydney').toISOString()).toBe(
          '2027-10-02T16:30:00.000Z',
        );
      }
    } finally {
      Settings.now = originalNow;
    }
  });
});

describe('reminders whose time has passed', () => {
  const lateBooking: Stay = { ...lisbonJuly, paymentDueAt: null };

  it('skips the 24 h check-in reminder of a booking made 10 hours before check-in', () => {
    // check-in 15:00Z; booked at 05:00Z
    const plan = planReminders(lateBooking, new Date('2027-07-10T05:00:00Z'));
    expect(
      plan.map((r) => [r.type, r.offsetMinutes, r.scheduledFor.toISOString(), r.skipped]),
    ).toEqual([
      ['check_in_reminder', 1440, '2027-07-09T15:00:00.000Z', true],
      ['check_in_reminder', 120, '2027-07-10T13:00:00.000Z', false],
      ['check_out_reminder', 1440, '2027-07-13T10:00:00.000Z', false],
      ['check_out_reminder', 120, '2027-07-14T08:00:00.000Z', false],
    ]);
  });

  it('counts a reminder due exactly at now as past', () => {
    const plan = planReminders(lateBooking, new Date('2027-07-10T13:00:00Z'));
    expect(plan[1]!.skipped).toBe(true);
    expect(plan[2]!.skipped).toBe(false);
    const aMomentBefore = planReminders(lateBooking, new Date('2027-07-10T12:59:59.999Z'));
    expect(aMomentBefore[1]!.skipped).toBe(false);
  });

  it('skips a payment reminder already passed', () => {
    const plan = planReminders(lisbonJuly, new Date('2027-06-29T00:00:00Z'));
    expect(plan.filter((r) => r.type === 'payment_due_reminder').map((r) => r.skipped)).toEqual([
      true,
      false,
    ]);
  });
});

describe('rescheduling', () => {
  it('gives new instants for the same reminders when the dates change', () => {
    const now = new Date('2027-06-01T00:00:00Z');
    const before = planReminders(lisbonJuly, now);
    const after = planReminders(
      { ...lisbonJuly, checkIn: '2027-07-20', checkOut: '2027-07-24' },
      now,
    );
    expect(Object.keys(byKey(after))).toEqual(Object.keys(byKey(before)));
    expect(byKey(after)).toEqual({
      'check_in_reminder/1440': '2027-07-19T15:00:00.000Z',
      'check_in_reminder/120': '2027-07-20T13:00:00.000Z',
      'check_out_reminder/1440': '2027-07-23T10:00:00.000Z',
      'check_out_reminder/120': '2027-07-24T08:00:00.000Z',
      // the payment date did not move
      'payment_due_reminder/4320': '2027-06-28T12:00:00.000Z',
      'payment_due_reminder/1440': '2027-06-30T12:00:00.000Z',
    });
  });

  it('plans no payment reminders without paymentDueAt', () => {
    const plan = planReminders({ ...lisbonJuly, paymentDueAt: null }, LONG_AGO);
    expect(plan).toHaveLength(4);
    expect(plan.some((r) => r.type === 'payment_due_reminder')).toBe(false);
  });
});

describe('localIso and isKnownZone', () => {
  it('writes local time with a positive offset', () => {
    // Lisbon on 2027-03-28 after 01:00Z is WEST, +01:00
    expect(localIso(new Date('2027-03-28T13:00:00Z'), 'Europe/Lisbon')).toBe(
      '2027-03-28T14:00:00.000+01:00',
    );
    expect(localIso(new Date('2027-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(
      '2027-01-15T17:30:00.000+05:30',
    );
  });

  it('writes local time with a negative offset', () => {
    // New York in January is EST, -05:00
    expect(localIso(new Date('2027-01-15T17:30:45.123Z'), 'America/New_York')).toBe(
      '2027-01-15T12:30:45.123-05:00',
    );
  });

  it('knows IANA zones only', () => {
    expect(isKnownZone('Europe/Lisbon')).toBe(true);
    expect(isKnownZone('Mars/Olympus')).toBe(false);
    expect(isKnownZone('')).toBe(false);
  });
});

describe('programming errors', () => {
  it('throws on an unknown zone', () => {
    expect(() => stayInstant('2027-07-10', '16:00', 'Mars/Olympus')).toThrow(/Unknown time zone/);
    expect(() => planReminders({ ...lisbonJuly, timezone: 'Mars/Olympus' }, LONG_AGO)).toThrow(
      Error,
    );
    expect(() => localIso(new Date('2027-07-10T00:00:00Z'), 'Mars/Olympus')).toThrow(
      /Unknown time zone/,
    );
  });

  it('throws on a malformed time or date', () => {
    expect(() => stayInstant('2027-07-10', '25:00', 'Europe/Lisbon')).toThrow(/Malformed time/);
    expect(() => stayInstant('2027-07-10', '24:00', 'Europe/Lisbon')).toThrow(/Malformed time/);
    expect(() => stayInstant('2027-07-10', '9:00', 'Europe/Lisbon')).toThrow(/Malformed time/);
    expect(() => stayInstant('2027-7-10', '09:00', 'Europe/Lisbon')).toThrow(/Malformed date/);
    expect(() => stayInstant('2027-02-30', '09:00', 'Europe/Lisbon')).toThrow(/Invalid local time/);
    expect(() => planReminders({ ...lisbonJuly, checkOutTime: '11h00' }, LONG_AGO)).toThrow(
      /Malformed time/,
    );
  });
});
