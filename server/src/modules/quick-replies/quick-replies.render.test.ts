import { QUICK_REPLY_PLACEHOLDERS, type QuickReplyPlaceholder } from '@flexbnb/contracts';
import fc from 'fast-check';
import { Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  placeholderValues,
  renderTemplate,
  type PlaceholderValues,
  type RenderContext,
} from './quick-replies.render.ts';

// Expected texts are written out as literals (CLDR's formats for each locale), so the tests do
// not share the code's view of Luxon and Intl.

const PLACEHOLDERS = Object.keys(QUICK_REPLY_PLACEHOLDERS) as QuickReplyPlaceholder[];

type PropertyContext = RenderContext['property'];
type ReservationContext = NonNullable<RenderContext['reservation']>;

const fullProperty: PropertyContext = {
  title: 'Seaside Loft',
  address: '12 Rua do Mar, Lisbon',
  timezone: 'Europe/Lisbon',
  checkInTime: '16:00',
  checkOutTime: '09:30',
  locale: 'en-US',
  wifiName: 'Loft-Guest',
  wifiPassword: 'sea-breeze-42',
  doorCode: '4711',
  parkingInfo: 'Space 7 behind the building',
  houseManualUrl: 'https://example.com/manual',
  emergencyPhone: '+351 912 345 678',
};

const fullReservation: ReservationContext = {
  checkIn: '2026-12-20',
  checkOut: '2026-12-24',
  guests: 3,
  totalPrice: '1234.50',
  // 03:00Z: still November 30 in New York (UTC−05:00), December 1 in Lisbon (UTC+00:00).
  paymentDueAt: new Date('2026-12-01T03:00:00Z'),
};

function contextOf(
  property: Partial<PropertyContext> = {},
  reservation: Partial<ReservationContext> | null = {},
): RenderContext {
  return {
    guestName: 'Gina Maria Guest',
    guestLocale: null,
    guestDetectedLanguage: null,
    hostName: 'Hana Host',
    property: { ...fullProperty, ...property },
    reservation: reservation && { ...fullReservation, ...reservation },
  };
}

describe('placeholderValues', () => {
  it('fills every placeholder of an en-US property exactly as before locales', () => {
    expect(placeholderValues(contextOf())).toEqual({
      guest_name: 'Gina Maria Guest',
      guest_first_name: 'Gina',
      host_name: 'Hana Host',
      property_name: 'Seaside Loft',
      property_address: '12 Rua do Mar, Lisbon',
      check_in_date: 'Sun, Dec 20, 2026',
      check_out_date: 'Thu, Dec 24, 2026',
      check_in_time: '4:00 PM',
      check_out_time: '9:30 AM',
      nights: '4',
      wifi_name: 'Loft-Guest',
      wifi_password: 'sea-breeze-42',
      door_code: '4711',
      parking_info: 'Space 7 behind the building',
      house_manual_url: 'https://example.com/manual',
      emergency_phone: '+351 912 345 678',
      reservation_total: '1,234.50',
      payment_due_date: 'Tue, Dec 1, 2026',
      guests: '3',
    } satisfies PlaceholderValues);
  });

  // [locale, zone, check_in_date, check_in_time, check_out_time, payment_due_date, total]
  const cases: [string, string, string, string, string, string, string][] = [
    [
      'en-US',
      'Europe/Lisbon',
      'Sun, Dec 20, 2026',
      '4:00 PM',
      '9:30 AM',
      'Tue, Dec 1, 2026',
      '1,234.50',
    ],
    [
      'en-US',
      'America/New_York',
      'Sun, Dec 20, 2026',
      '4:00 PM',
      '9:30 AM',
      'Mon, Nov 30, 2026',
      '1,234.50',
    ],
    [
      'pt-PT',
      'Europe/Lisbon',
      'domingo, 20/12/2026',
      '16:00',
      '09:30',
      'terça, 1/12/2026',
      '1234,50',
    ],
    [
      'pt-PT',
      'America/New_York',
      'domingo, 20/12/2026',
      '16:00',
      '09:30',
      'segunda, 30/11/2026',
      '1234,50',
    ],
    [
      'de-DE',
      'Europe/Lisbon',
      'So., 20. Dez. 2026',
      '16:00',
      '09:30',
      'Di., 1. Dez. 2026',
      '1.234,50',
    ],
    [
      'de-DE',
      'America/New_York',
      'So., 20. Dez. 2026',
      '16:00',
      '09:30',
      'Mo., 30. Nov. 2026',
      '1.234,50',
    ],
  ];
  it.each(cases)(
    'writes dates, times and amounts in %s for a property in %s',
    (locale, timezone, checkInDate, checkInTime, checkOutTime, paymentDue, total) => {
      const values = placeholderValues(contextOf({ locale, timezone }));
      expect(values).toMatchObject({
        check_in_date: checkInDate,
        check_in_time: checkInTime,
        check_out_time: checkOutTime,
        payment_due_date: paymentDue,
        reservation_total: total,
        guests: '3',
        nights: '4',
      });
    },
  );

  it('writes plain spaces where ICU puts no-break ones', () => {
    const pt = placeholderValues(contextOf({ locale: 'pt-PT' }, { totalPrice: '12345.60' }));
    expect(pt.reservation_total).toBe('12 345,60');
    const fr = placeholderValues(contextOf({ locale: 'fr-FR' }, { totalPrice: '12345.60' }));
    expect(fr.reservation_total).toBe('12 345,60');
    expect(fr.check_in_time).toBe('16:00');
    for (const value of [...Object.values(pt), ...Object.values(fr)]) {
      expect(value).not.toMatch(/[\u00A0\u202F]/);
    }
  });

  it('reads a locale tag in any case, and falls back to en-US for a stored tag Intl refuses', () => {
    expect(placeholderValues(contextOf({ locale: 'PT-pt' })).check_in_time).toBe('16:00');
    expect(placeholderValues(contextOf({ locale: 'not a tag' })).check_in_time).toBe('4:00 PM');
  });

  it('writes a whole amount with its cents and zero as an amount', () => {
    expect(placeholderValues(contextOf({}, { totalPrice: '480' })).reservation_total).toBe(
      '480.00',
    );
    expect(placeholderValues(contextOf({}, { totalPrice: '0.00' })).reservation_total).toBe('0.00');
  });

  it('keeps a check-in time on the day clocks spring forward wherever the process clock is', () => {
    const originalNow = Settings.now;
    try {
      // 2027-03-14: New York skips from 02:00 to 03:00.
      Settings.now = () => Date.parse('2027-03-14T12:00:00Z');
      const values = placeholderValues(
        contextOf({ timezone: 'America/New_York', checkInTime: '02:30' }),
      );
      expect(values.check_in_time).toBe('2:30 AM');
    } finally {
      Settings.now = originalNow;
    }
  });

  it('has no value for an empty detail or a missing reservation field', () => {
    const values = placeholderValues(
      contextOf(
        {
          wifiName: null,
          wifiPassword: '',
          doorCode: '   ',
          parkingInfo: null,
          houseManualUrl: null,
          emergencyPhone: '',
        },
        { totalPrice: null, paymentDueAt: null },
      ),
    );
    for (const name of [
      'wifi_name',
      'wifi_password',
      'door_code',
      'parking_info',
      'house_manual_url',
      'emergency_phone',
      'reservation_total',
      'payment_due_date',
    ] as const) {
      expect({ name, value: values[name] }).toEqual({ name, value: undefined });
    }
    expect(values.guests).toBe('3');
  });

  it('has no reservation values without a reservation', () => {
    const values = placeholderValues(contextOf({}, null));
    for (const name of [
      'check_in_date',
      'check_out_date',
      'nights',
      'reservation_total',
      'payment_due_date',
      'guests',
    ] as const) {
      expect({ name, value: values[name] }).toEqual({ name, value: undefined });
    }
    expect(values.door_code).toBe('4711');
  });
});

describe('renderTemplate with the property details', () => {
  const template =
    'Welcome, {guest_first_name}! The wifi is {wifi_name}, password {wifi_password}. ' +
    'The door code is {door_code}.\n' +
    'Parking: {parking_info}\n' +
    'Manual: {house_manual_url}\n' +
    'Emergencies: {emergency_phone}\n' +
    'Total for {guests} guests: {reservation_total}, due {payment_due_date}.';

  it('fills them all in', () => {
    const rendered = renderTemplate(
      template,
      placeholderValues(contextOf({ locale: 'pt-PT', timezone: 'Europe/Lisbon' })),
    );
    expect(rendered).toEqual({
      text:
        'Welcome, Gina! The wifi is Loft-Guest, password sea-breeze-42. The door code is 4711.\n' +
        'Parking: Space 7 behind the building\n' +
        'Manual: https://example.com/manual\n' +
        'Emergencies: +351 912 345 678\n' +
        'Total for 3 guests: 1234,50, due terça, 1/12/2026.',
      missing: [],
    });
  });

  it('leaves out what has no value and reports it, printing no "undefined", "null" or braces', () => {
    const rendered = renderTemplate(
      template,
      placeholderValues(
        contextOf(
          { wifiPassword: null, parkingInfo: '', houseManualUrl: null, emergencyPhone: null },
          null,
        ),
      ),
    );
    expect(rendered).toEqual({
      text: 'Welcome, Gina! The door code is 4711.',
      missing: [
        'wifi_password',
        'parking_info',
        'house_manual_url',
        'emergency_phone',
        'guests',
        'reservation_total',
        'payment_due_date',
      ],
    });
  });
});

describe('renderTemplate on arbitrary contexts and templates', () => {
  // No "u", so neither the text nor a value can spell "undefined" or "null"; no braces, so the
  // only tokens are the ones generated below.
  const letters = 'abcdefghijklmnopqrstvwxyzABCDEFGHIJKLMNOPQRSTVWXYZ0123456789 .,!?:;-+/()\n\t';
  const plain = (maxLength: number) => fc.string({ unit: fc.constantFrom(...letters), maxLength });
  const orNothing = (text: fc.Arbitrary<string>) =>
    fc.oneof(fc.constant(null), fc.constant(''), text);
  const hhmm = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const isoDay = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  const context: fc.Arbitrary<RenderContext> = fc.record({
    guestName: plain(30),
    guestLocale: fc.constant(null),
    guestDetectedLanguage: fc.constant(null),
    hostName: plain(30),
    property: fc.record({
      title: plain(30),
      address: plain(30),
      timezone: fc.constantFrom('Europe/Lisbon', 'America/New_York', 'Pacific/Kiritimati', 'UTC'),
      checkInTime: hhmm,
      checkOutTime: hhmm,
      locale: fc.constantFrom('en-US', 'pt-PT', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'),
      wifiName: orNothing(plain(20)),
      wifiPassword: orNothing(plain(20)),
      doorCode: orNothing(plain(10)),
      parkingInfo: orNothing(plain(40)),
      houseManualUrl: orNothing(fc.webUrl().filter((url) => !/[{}u]/i.test(url))),
      emergencyPhone: orNothing(plain(15)),
    }),
    reservation: fc.option(
      fc
        .record({
          checkIn: isoDay,
          nights: fc.integer({ min: 1, max: 60 }),
          guests: fc.integer({ min: 1, max: 50 }),
          totalPrice: fc.option(
            fc.integer({ min: 0, max: 99_999_999_999 }).map((cents) => (cents / 100).toFixed(2)),
          ),
          paymentDueAt: fc.option(
            fc.date({
              min: new Date('2000-01-01T00:00:00Z'),
              max: new Date('2099-12-31T00:00:00Z'),
              noInvalidDate: true,
            }),
          ),
        })
        .map(({ nights, ...r }) => {
          const checkOut = new Date(`${r.checkIn}T00:00:00Z`);
          checkOut.setUTCDate(checkOut.getUTCDate() + nights);
          return { ...r, checkOut: checkOut.toISOString().slice(0, 10) };
        }),
    ),
  });

  const token = fc.constantFrom(...PLACEHOLDERS).map((name) => `{${name}}`);
  const template = fc
    .array(fc.oneof(token, plain(20), fc.constant('{not_a_placeholder}')), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('never prints "undefined", "null" or a known placeholder, and reports what it left out', () => {
    fc.assert(
      fc.property(context, template, (ctx, tpl) => {
        const values = placeholderValues(ctx);
        const { text, missing } = renderTemplate(tpl, values);
        expect(text).not.toMatch(/undefined|null/i);
        for (const name of PLACEHOLDERS) expect(text).not.toContain(`{${name}}`);
        const used = new Set(PLACEHOLDERS.filter((name) => tpl.includes(`{${name}}`)));
        expect(new Set(missing)).toEqual(
          new Set([...used].filter((name) => values[name] === undefined)),
        );
      }),
      { numRuns: 500 },
    );
  });
});
