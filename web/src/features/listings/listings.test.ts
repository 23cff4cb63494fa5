import { describe, expect, it } from 'vitest';
import { formatMoney, nightsBetween, stayTotal } from '../bookings/format.ts';
import { problemsOf } from './PropertyForm.tsx';
import { timeZones } from './TimeZonePicker.tsx';

const valid = {
  title: 'Seaside loft',
  address: '12 Rua do Mar, Lisbon',
  timezone: 'Europe/Lisbon',
  check_in_time: '15:00',
  check_out_time: '11:00',
  locale: 'pt-PT',
  nightly_rate: '89.50',
  currency: 'EUR',
  wifi_name: '',
  wifi_password: '',
  door_code: '',
  parking_info: '',
  house_manual_url: '',
  emergency_phone: '',
};

describe('the property form’s checks', () => {
  it('finds nothing wrong with a complete listing', () => {
    expect(problemsOf(valid, ['Europe/Lisbon'])).toEqual({});
  });

  it('says in plain words what each field needs', () => {
    const problems = problemsOf(
      {
        ...valid,
        title: ' ',
        timezone: 'Mars/Olympus',
        nightly_rate: '€90',
        house_manual_url: 'manual.pdf',
        emergency_phone: 'call me',
      },
      ['Europe/Lisbon'],
    );
    expect(problems).toEqual({
      title: 'Give your place a name',
      timezone: 'Choose a time zone from the list',
      nightly_rate: 'Enter an amount such as 120 or 89.50 (no currency sign)',
      house_manual_url: 'Enter a full link starting with https://',
      emergency_phone: 'Enter a phone number such as +351 912 345 678',
    });
  });
});

describe('time zones', () => {
  it('lists the browser’s zone first, and UTC', () => {
    const zones = timeZones();
    expect(zones[0]).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(zones).toContain('UTC');
  });
});

describe('a stay’s price', () => {
  it('is nights × the nightly rate, counted in cents', () => {
    expect(nightsBetween('2027-03-12', '2027-03-15')).toBe(3);
    expect(nightsBetween('2027-03-15', '2027-03-12')).toBe(0);
    expect(stayTotal('89.90', 3)).toBe(269.7);
    expect(formatMoney('269.70', 'EUR')).toMatch(/269[.,]70/);
  });
});
