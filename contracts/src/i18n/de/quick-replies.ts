import type { quickReplies as english } from '../en/quick-replies.ts';
import type { Translation } from '../translation.ts';

export const quickReplies: Translation<typeof english> = {
  categories: {
    greeting: 'Begrüßung',
    booking_confirmation: 'Buchungsbestätigung',
    check_in_instructions: 'Check-in-Anleitung',
    check_out_instructions: 'Check-out-Anleitung',
    amenities_info: 'Ausstattung',
    directions: 'Anfahrt',
    house_rules: 'Hausregeln',
    emergency: 'Notfall',
    thank_you: 'Dankeschön',
    custom: 'Eigene',
  },
  placeholders: {
    guest_name: 'Der vollständige Name des Gastes',
    guest_first_name: 'Der Vorname des Gastes',
    host_name: 'Der Name des Gastgebers',
    property_name: 'Der Titel der Unterkunft',
    property_address: 'Die Adresse der Unterkunft',
    check_in_date: 'Das Check-in-Datum der Buchung, z. B. „So., 20.12.2026“',
    check_out_date: 'Das Check-out-Datum der Buchung',
    check_in_time: 'Die Check-in-Zeit der Unterkunft, z. B. „15:00“',
    check_out_time: 'Die Check-out-Zeit der Unterkunft',
    nights: 'Die Anzahl der Nächte der Buchung, z. B. „4“',
    wifi_name: 'Der WLAN-Name der Unterkunft',
    wifi_password: 'Das WLAN-Passwort der Unterkunft',
    door_code: 'Der Code für die Tür oder den Schlüsselkasten der Unterkunft',
    parking_info: 'Wo und wie man an der Unterkunft parkt',
    house_manual_url: 'Der Link zum Hausbuch der Unterkunft',
    emergency_phone: 'Die Telefonnummer für Notfälle während des Aufenthalts',
    reservation_total:
      'Der Gesamtpreis der Buchung als Zahl im Format der Sprache der Unterkunft, ohne Währung, z. B. „1.234,50“',
    payment_due_date:
      'Das Datum, an dem die Zahlung der Buchung fällig ist, z. B. „Di., 01.12.2026“',
    guests: 'Die Anzahl der Gäste der Buchung, z. B. „2“',
  },
  form: {
    new: 'Neue Schnellantwort',
    edit: 'Schnellantwort bearbeiten',
    title: 'Titel',
    category: 'Kategorie',
    property: 'Unterkunft',
    allProperties: 'Alle Unterkünfte',
    message: 'Nachricht',
    placeholders: 'Platzhalter:',
    active: 'Aktiv',
    cancel: 'Abbrechen',
    create: 'Erstellen',
    save: 'Speichern',
    uploading: 'Wird hochgeladen…',
  },
  textErrors: {
    empty: 'darf nicht leer sein',
    tooLong: 'darf höchstens {{max}} Zeichen lang sein',
  },
  unknown: {
    below_one:
      'Unbekannter Platzhalter: <tokens/> – er wird so gesendet, wie er dasteht. Wähle aus der Liste unten.',
    below_other:
      'Unbekannte Platzhalter: <tokens/> – sie werden so gesendet, wie sie dastehen. Wähle aus der Liste unten.',
    above_one:
      'Unbekannter Platzhalter: <tokens/> – er wird so gesendet, wie er dasteht. Wähle aus der Liste oben.',
    above_other:
      'Unbekannte Platzhalter: <tokens/> – sie werden so gesendet, wie sie dastehen. Wähle aus der Liste oben.',
  },
  languages: {
    title: 'Weitere Sprachen',
    hint: 'Gäste, die eine dieser Sprachen lesen, bekommen diese Fassung; alle anderen die Nachricht oben.',
    messageIn: 'Nachricht auf {{language}}',
    remove: 'Entfernen <language/>',
    toAdd: 'Hinzuzufügende Sprache',
    add: 'Sprache hinzufügen',
    alsoIn: 'Auch auf',
  },
  attachments: {
    title: 'Anhänge',
    hint: 'Werden mit der Nachricht gesendet – ein Hausbuch (PDF), ein Parkplan, Fotos. Bis zu {{max}} Bilder, PDFs oder Audiodateien.',
    list: 'Angehängte Dateien',
    count_one: '{{count}} Anhang',
    count_other: '{{count}} Anhänge',
    refused_one:
      'Eine Schnellantwort kann bis zu {{max}} Dateien enthalten – eine wurde weggelassen.',
    refused_other:
      'Eine Schnellantwort kann bis zu {{max}} Dateien enthalten – {{count}} wurden weggelassen.',
    add: 'Dateien hinzufügen',
    addMore: 'Weitere Dateien hinzufügen',
    toAttach: 'Anzuhängende Dateien',
    uploading: 'Wird hochgeladen… {{percent}} %',
    remove: 'Entfernen',
    removeFile: '{{name}} entfernen',
    tooLarge: 'Diese Datei ist zu groß',
    wrongType: 'Dieser Dateityp kann nicht angehängt werden',
    failed: 'Das Hochladen ist fehlgeschlagen',
  },
  picker: {
    title: 'Schnellantworten',
    search: 'Schnellantworten durchsuchen',
    searchPlaceholder: 'Vorlagen durchsuchen…',
    templates: 'Vorlagen',
    loading: 'Vorlagen werden geladen…',
    none: 'Noch keine Schnellantworten – leg welche unter Schnellantworten an.',
    noMatch: 'Keine Vorlage passt.',
    withFiles_one: ', mit {{count}} Anhang',
    withFiles_other: ', mit {{count}} Anhängen',
  },
};
