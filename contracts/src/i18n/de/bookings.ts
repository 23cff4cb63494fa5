import type { bookings as english } from '../en/bookings.ts';
import type { Translation } from '../translation.ts';

export const bookings: Translation<typeof english> = {
  tabs: {
    upcoming: 'Bevorstehend',
    pending: 'Ausstehend',
    current: 'Aktuell',
    past: 'Vergangen',
  },
  nights_one: '{{count}} Nacht',
  nights_other: '{{count}} Nächte',
  box: {
    title: 'Buche deinen Aufenthalt',
    perNight: '{{price}} <muted>pro Nacht</muted>',
    checkIn: 'Check-in',
    checkOut: 'Check-out',
    guests: 'Gäste',
    messageTo: 'Nachricht an {{host}} (optional)',
    messagePlaceholder: 'Sag Hallo und erzähl von deiner Reise',
    price_one: '{{rate}} × {{count}} Nacht',
    price_other: '{{rate}} × {{count}} Nächte',
    request: 'Buchung anfragen',
    sending: 'Anfrage wird gesendet …',
    noCharge: 'Dir wird noch nichts berechnet: {{host}} bestätigt zuerst.',
    unreachable: 'Der Server ist nicht erreichbar. Versuche es erneut.',
    errors: {
      checkInMissing: 'Wähle deinen Anreisetag',
      checkInPast: 'Wähle heute oder einen späteren Tag',
      checkOutMissing: 'Wähle deinen Abreisetag',
      checkOutBeforeCheckIn: 'Der Check-out muss nach dem Check-in liegen',
      guests: 'Die Zahl der Gäste muss zwischen 1 und 50 liegen',
    },
    sent: {
      title: 'Anfrage gesendet',
      told: '{{host}} wurde benachrichtigt und wird bestätigen oder ablehnen. Die Antwort findest du in deinen Reisen und in eurer Unterhaltung.',
      trips: 'Zu deinen Reisen',
      message: '{{host}} schreiben',
    },
  },
  actions: {
    confirm: 'Bestätigen',
    decline: 'Ablehnen',
    declineTitle: 'Diese Anfrage ablehnen?',
    declineConfirm: 'Anfrage ablehnen',
    cancel: 'Stornieren',
    cancelTitle: 'Diese Buchung stornieren?',
    cancelConfirm: 'Buchung stornieren',
    keep: 'Behalten',
    unreachable: 'Der Server ist nicht erreichbar. Versuche es erneut.',
    consequence:
      '{{property}}, {{dates}}. {{other}} wird benachrichtigt, und die Erinnerungen für den Aufenthalt werden gestoppt. Das lässt sich nicht rückgängig machen.',
  },
};
