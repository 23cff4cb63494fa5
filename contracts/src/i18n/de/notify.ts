import type { notify as english } from '../en/notify.ts';
import type { Translation } from '../translation.ts';

export const notify: Translation<typeof english> = {
  newMessage: {
    title: 'Neue Nachricht von {{sender}}',
    unsent: 'Diese Nachricht wurde zurückgezogen',
    sentAttachments: '{{count}} Anhänge gesendet',
    sentPhotos_one: 'Ein Foto gesendet',
    sentPhotos_other: '{{count}} Fotos gesendet',
    sentVoiceMessages_one: 'Eine Sprachnachricht gesendet',
    sentVoiceMessages_other: '{{count}} Sprachnachrichten gesendet',
    sentFiles_one: 'Eine Datei gesendet',
    sentFiles_other: '{{count}} Dateien gesendet',
  },
  stayDates: '{{checkIn}} – {{checkOut}}',
  bookingRequest: {
    title: 'Neue Buchungsanfrage',
    message: '{{guest}} fragt einen Aufenthalt in {{property}} an: {{dates}}',
  },
  bookingConfirmed: {
    title: 'Buchung bestätigt',
    message: 'Dein Aufenthalt in {{property}} ist bestätigt: {{dates}}',
  },
  bookingDeclined: {
    title: 'Buchungsanfrage abgelehnt',
    message: 'Deine Anfrage für einen Aufenthalt in {{property}}, {{dates}}, wurde abgelehnt',
  },
  bookingCancelled: {
    title: 'Buchung storniert',
    byGuest: '{{guest}} hat den Aufenthalt in {{property}}, {{dates}}, storniert',
    byHost: 'Dein Aufenthalt in {{property}}, {{dates}}, wurde vom Gastgeber storniert',
  },
  reminders: {
    moment: '{{date}} um {{time}} Uhr (Zeitzone {{zone}})',
    title: 'Erinnerung · {{property}}',
    checkIn: {
      titleHours_one: 'Check-in in {{count}} Stunde · {{property}}',
      titleHours_other: 'Check-in in {{count}} Stunden · {{property}}',
      titleDays_one: 'Check-in in {{count}} Tag · {{property}}',
      titleDays_other: 'Check-in in {{count}} Tagen · {{property}}',
      guest: 'Dein Check-in in {{property}} ist am {{when}}. Adresse: {{address}}.',
      host: '{{guest}} checkt am {{when}} in {{property}} ein.',
    },
    checkOut: {
      titleHours_one: 'Check-out in {{count}} Stunde · {{property}}',
      titleHours_other: 'Check-out in {{count}} Stunden · {{property}}',
      titleDays_one: 'Check-out in {{count}} Tag · {{property}}',
      titleDays_other: 'Check-out in {{count}} Tagen · {{property}}',
      guest: 'Dein Check-out aus {{property}} ist am {{when}}.',
      host: '{{guest}} checkt am {{when}} aus {{property}} aus.',
    },
    paymentDue: {
      titleHours_one: 'Zahlung fällig in {{count}} Stunde · {{property}}',
      titleHours_other: 'Zahlung fällig in {{count}} Stunden · {{property}}',
      titleDays_one: 'Zahlung fällig in {{count}} Tag · {{property}}',
      titleDays_other: 'Zahlung fällig in {{count}} Tagen · {{property}}',
      guest: 'Die Zahlung für deinen Aufenthalt in {{property}} ist am {{when}} fällig: {{total}}.',
      guestWithoutTotal:
        'Die Zahlung für deinen Aufenthalt in {{property}} ist am {{when}} fällig.',
    },
  },
  scheduledMessageHeld: {
    title: 'Eine geplante Nachricht wartet auf Angaben',
    yourMessage: 'Deine Nachricht',
    forStay_one:
      '„{{name}}“ an {{guest}} in {{property}} braucht noch {{fields}}: Ergänze die Angabe, bearbeite die Nachricht oder überspringe sie',
    forStay_other:
      '„{{name}}“ an {{guest}} in {{property}} braucht noch {{fields}}: Ergänze die Angaben, bearbeite die Nachricht oder überspringe sie',
    message_one:
      '„{{name}}“ braucht noch {{fields}}: Ergänze die Angabe, bearbeite die Nachricht oder überspringe sie',
    message_other:
      '„{{name}}“ braucht noch {{fields}}: Ergänze die Angaben, bearbeite die Nachricht oder überspringe sie',
  },
  webhookDisabled: {
    title: 'Ein Webhook-Endpunkt wurde abgeschaltet',
    message:
      '{{url}}: {{reason}}. Die Plattform schaltet ihn mit PATCH /api/platform/webhooks/{{endpointId}} {"active": true} wieder ein.',
  },
  email: {
    greeting: 'Hallo {{name}},',
    openButton: 'In FlexBNB Messenger öffnen',
    replyButton: 'Antworten',
    unreadAbout: 'Ungelesen in deiner Unterhaltung über {{property}}:',
    unread: 'Ungelesen:',
    newMessages_one: '{{count}} neue Nachricht von {{senders}}',
    newMessages_other: '{{count}} neue Nachrichten von {{senders}}',
    attachments_one: '📎 {{count}} Anhang: {{names}}',
    attachments_other: '📎 {{count}} Anhänge: {{names}}',
    unsubscribe: 'Abmelden',
    reasons: {
      newMessage:
        'Du bekommst diese E-Mail, weil eine Nachricht an dich in FlexBNB Messenger ungelesen ist.',
      bookingRequest:
        'Du bekommst diese E-Mail, weil ein Gast eine deiner Unterkünfte buchen möchte.',
      bookingConfirmed: 'Du bekommst diese E-Mail, weil deine Buchung bestätigt wurde.',
      checkInReminder: 'Du bekommst diese E-Mail als Erinnerung an deinen Aufenthalt.',
      checkOutReminder: 'Du bekommst diese E-Mail als Erinnerung an deinen Aufenthalt.',
      paymentDueReminder:
        'Du bekommst diese E-Mail als Erinnerung an eine Zahlung für deinen Aufenthalt.',
      bookingDeclined: 'Du bekommst diese E-Mail, weil deine Buchungsanfrage abgelehnt wurde.',
      bookingCancelled: 'Du bekommst diese E-Mail, weil eine deiner Buchungen storniert wurde.',
      scheduledMessageHeld:
        'Du bekommst diese E-Mail, weil eine von dir geplante Nachricht auf Angaben wartet, die nur du eintragen kannst.',
      webhookDisabled:
        'Du bekommst diese E-Mail, weil du diesen FlexBNB Messenger verwaltest und der Webhook-Endpunkt einer Plattform nicht mehr funktioniert.',
    },
  },
  sms: {
    text: 'FlexBNB: {{title}}: {{message}}',
  },
  account: {
    greeting: 'Hallo {{name}},',
    alreadyRegistered: {
      subject: 'Du hast bereits ein FlexBNB-Konto',
      signIn:
        'Jemand (hoffentlich du) wollte mit dieser Adresse ein FlexBNB-Konto erstellen, doch es gibt schon eins. Hier meldest du dich an:',
      forgotPassword: 'Passwort vergessen? Hier wählst du ein neues:',
      notYou: 'Warst du das nicht, ignoriere diese E-Mail einfach: Es ändert sich nichts.',
    },
    confirmRegistration: {
      subject: 'Bestätige deine E-Mail-Adresse, um deine Registrierung bei FlexBNB abzuschließen',
      open: 'Öffne diesen Link innerhalb eines Tages, um dein FlexBNB-Konto zu erstellen und dich anzumelden:',
      notYou:
        'Wenn du dich nicht registriert hast, ignoriere diese E-Mail: Es wird kein Konto erstellt.',
    },
    passwordReset: {
      subject: 'Setze dein FlexBNB-Passwort zurück',
      open: 'Jemand (hoffentlich du) möchte das Passwort deines FlexBNB-Kontos zurücksetzen. Wähle hier ein neues; der Link funktioniert einmal und nur eine Stunde lang:',
      notYou:
        'Wenn du das nicht angefordert hast, ignoriere diese E-Mail: Dein Passwort bleibt, wie es ist.',
    },
    emailChange: {
      subject: 'Bestätige deine neue E-Mail-Adresse für FlexBNB',
      open: 'Damit {{email}} die Adresse deines FlexBNB-Kontos wird, öffne diesen Link innerhalb einer Stunde:',
      notYou: 'Wenn du das nicht angefordert hast, ignoriere diese E-Mail: Es ändert sich nichts.',
    },
  },
};
