import type { reservations as english } from '../en/reservations.ts';
import type { Translation } from '../translation.ts';

export const reservations: Translation<typeof english> = {
  status: {
    pending: 'Ausstehend',
    confirmed: 'Bestätigt',
    declined: 'Abgelehnt',
    cancelled: 'Storniert',
    completed: 'Abgeschlossen',
  },
  reminderType: {
    check_in_reminder: 'Check-in',
    check_out_reminder: 'Check-out',
    payment_due_reminder: 'Zahlung fällig',
  },
  reminderStatus: {
    scheduled: 'geplant',
    sent: 'gesendet',
    cancelled: 'abgebrochen',
    skipped: 'übersprungen',
    failed: 'fehlgeschlagen',
  },
  offset: {
    days_one: '{{count}} Tag vorher',
    days_other: '{{count}} Tage vorher',
    hours_one: '{{count}} Stunde vorher',
    hours_other: '{{count}} Stunden vorher',
  },
  reminders: {
    title: 'Erinnerungen',
    loading: 'Erinnerungen werden geladen …',
    failed: 'Die Erinnerungen konnten nicht geladen werden.',
    none: 'Keine Erinnerungen.',
    timeZone: 'Zeiten in der Zeitzone der Unterkunft ({{timeZone}}).',
  },
  actions: {
    askDecline: 'Diese Anfrage ablehnen? Der Gast wird benachrichtigt.',
    askCancel:
      'Diese Buchung stornieren? Die andere Seite wird benachrichtigt und die Erinnerungen werden gestoppt.',
    confirmChoice: 'Bestätige deine Auswahl',
    yesDecline: 'Ja, ablehnen',
    yesCancel: 'Ja, stornieren',
    keep: 'Behalten',
    confirm: 'Bestätigen',
    decline: 'Ablehnen',
    cancel: 'Buchung stornieren',
    unreachable: 'Der Server ist nicht erreichbar. Versuche es erneut.',
  },
};
