import type { search as english } from '../en/search.ts';
import type { Translation } from '../translation.ts';

export const search: Translation<typeof english> = {
  label: 'Unterhaltungen durchsuchen',
  placeholder: 'Namen, Orte, Nachrichten suchen',
  announce: {
    searching: 'Suche läuft',
    failed: 'Suche fehlgeschlagen',
    none: 'Keine Ergebnisse für {{query}}',
    results_one: '{{count}} Ergebnis',
    results_other: '{{count}} Ergebnisse',
    resultsOrMore_one: '{{count}} oder mehr Ergebnisse',
    resultsOrMore_other: '{{count}} oder mehr Ergebnisse',
  },
  scope: {
    label: 'Suchen in',
    all: 'Alle Unterhaltungen',
    conversation: 'Diese Unterhaltung',
  },
  results: 'Suchergebnisse',
  conversations: 'Unterhaltungen',
  messages: 'Nachrichten',
  you: 'Du: ',
  more: 'Weitere Ergebnisse',
  loadingMore: 'Weitere werden geladen …',
  searching: 'Suche läuft …',
  noResults: 'Keine Ergebnisse für „<query>{{query}}</query>“',
  failed: 'Die Suche hat gerade nicht geklappt.',
  tryAgain: 'Erneut versuchen',
};
