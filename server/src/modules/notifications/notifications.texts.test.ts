import { beforeAll, describe, expect, it } from 'vitest';
import { english, loadTexts, type Texts } from '../../platform/i18n.ts';
import { fieldList, wordHeld, wordNotification, type StoredTexts } from './notifications.texts.ts';

let texts: Texts;
beforeAll(async () => {
  texts = await loadTexts();
});

const stored = (
  notificationType: StoredTexts['notificationType'],
  params: Record<string, unknown> | null,
): StoredTexts => ({ notificationType, title: 'Stored title', message: 'Stored message', params });

const inGerman = (row: StoredTexts) => wordNotification(row, 'de', texts.in('de', 'notify'));

const reminder = {
  offsetMinutes: 1440,
  property: 'Alfama Loft',
  address: 'Rua da Saudade 5, Lisbon',
  timezone: 'Europe/Lisbon',
  moment: '2027-05-10T15:00:00Z',
  total: '480.00',
  guest: 'Gina Guest',
};

describe('wordNotification', () => {
  it('gives English readers, and rows without params, the stored texts', () => {
    const row = stored('booking_confirmed', {
      property: 'Harbour Flat',
      checkIn: '2027-03-12',
      checkOut: '2027-03-15',
    });
    expect(wordNotification(row, 'en', english)).toEqual({
      title: 'Stored title',
      message: 'Stored message',
    });
    expect(inGerman(stored('booking_confirmed', null))).toEqual({
      title: 'Stored title',
      message: 'Stored message',
    });
    // Params it cannot read: as stored, never an error.
    expect(inGerman(stored('booking_confirmed', { property: 3 }))).toEqual({
      title: 'Stored title',
      message: 'Stored message',
    });
  });

  it('words every type again in the reader’s language', () => {
    expect(inGerman(stored('new_message', { sender: 'Gina Guest' }))).toEqual({
      title: 'Neue Nachricht von Gina Guest',
      message: 'Stored message',
    });
    expect(
      inGerman(stored('new_message', { sender: 'Gina', sent: { count: 3, kind: 'image' } }))
        .message,
    ).toBe('3 Fotos gesendet');
    expect(
      inGerman(stored('new_message', { sender: 'Gina', sent: { count: 2, kind: 'mixed' } }))
        .message,
    ).toBe('2 Anhänge gesendet');
    expect(inGerman(stored('new_message', { sender: 'Gina', unsent: true })).message).toBe(
      'Diese Nachricht wurde zurückgezogen',
    );
    expect(
      inGerman(
        stored('booking_declined', {
          property: 'Harbour Flat',
          checkIn: '2027-03-12',
          checkOut: '2027-03-15',
        }),
      ),
    ).toEqual({
      title: 'Buchungsanfrage abgelehnt',
      message:
        'Deine Anfrage für einen Aufenthalt in Harbour Flat, 12. März – 15. März 2027, wurde abgelehnt',
    });
    expect(
      inGerman(
        stored('booking_cancelled', {
          property: 'Harbour Flat',
          checkIn: '2027-03-12',
          checkOut: '2027-03-15',
          guest: 'Gina Guest',
          by: 'host',
        }),
      ).message,
    ).toBe(
      'Dein Aufenthalt in Harbour Flat, 12. März – 15. März 2027, wurde vom Gastgeber storniert',
    );
    expect(inGerman(stored('check_in_reminder', { ...reminder, audience: 'guest' }))).toEqual({
      title: 'Check-in in 1 Tag · Alfama Loft',
      message:
        'Dein Check-in in Alfama Loft ist am 10. Mai um 16:00 Uhr (Zeitzone Europe/Lisbon). Adresse: Rua da Saudade 5, Lisbon.',
    });
    expect(
      inGerman(stored('check_out_reminder', { ...reminder, offsetMinutes: 120, audience: 'host' })),
    ).toEqual({
      title: 'Check-out in 2 Stunden · Alfama Loft',
      message:
        'Gina Guest checkt am 10. Mai um 16:00 Uhr (Zeitzone Europe/Lisbon) aus Alfama Loft aus.',
    });
    expect(
      inGerman(
        stored('payment_due_reminder', { ...reminder, offsetMinutes: 4320, audience: 'guest' }),
      ),
    ).toEqual({
      title: 'Zahlung fällig in 3 Tagen · Alfama Loft',
      message:
        'Die Zahlung für deinen Aufenthalt in Alfama Loft ist am 10. Mai um 16:00 Uhr (Zeitzone Europe/Lisbon) fällig: 480,00.',
    });
    expect(
      inGerman(
        stored('scheduled_message_held', {
          name: 'Door code',
          guest: 'Gina Guest',
          property: 'Alfama Loft',
          missing: ['door_code', 'wifi_password'],
        }),
      ),
    ).toEqual({
      title: 'Eine geplante Nachricht wartet auf Angaben',
      message:
        '„Door code“ an Gina Guest in Alfama Loft braucht noch door code und wifi password: Ergänze die Angaben, bearbeite die Nachricht oder überspringe sie',
    });
    expect(
      inGerman(
        stored('webhook_disabled', {
          url: 'https://pms.example/hook',
          reason: '10 deliveries failed in a row',
          endpointId: '0f8e7c1a-0000-4000-8000-000000000001',
        }),
      ).title,
    ).toBe('Ein Webhook-Endpunkt wurde abgeschaltet');
  });
});

describe('wordHeld', () => {
  it('words the English record as the messenger always has', () => {
    expect(
      wordHeld(
        { name: null, guest: 'Gina Guest', property: 'Alfama Loft', missing: ['door_code'] },
        english,
        'en',
      ).message,
    ).toBe(
      '“Your message” to Gina Guest at Alfama Loft needs door code: fill it in, edit the message or skip it',
    );
    expect(
      wordHeld(
        { name: 'Welcome', guest: null, property: null, missing: ['a', 'b_c'] },
        english,
        'en',
      ).message,
    ).toBe('“Welcome” needs a, b c: fill them in, edit the message or skip it');
    expect(fieldList(['door_code', 'wifi'], 'fr')).toBe('door code et wifi');
  });
});
