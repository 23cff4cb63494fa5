import type { search as english } from '../en/search.ts';
import type { Translation } from '../translation.ts';

export const search: Translation<typeof english> = {
  label: 'Rechercher dans les conversations',
  placeholder: 'Rechercher des noms, des lieux, des messages',
  announce: {
    searching: 'Recherche en cours',
    failed: 'La recherche a échoué',
    none: 'Aucun résultat pour {{query}}',
    results_one: '{{count}} résultat',
    results_other: '{{count}} résultats',
    results_many: '{{count}} résultats',
    resultsOrMore_one: '{{count}} résultat ou plus',
    resultsOrMore_other: '{{count}} résultats ou plus',
    resultsOrMore_many: '{{count}} résultats ou plus',
  },
  scope: {
    label: 'Rechercher dans',
    all: 'Toutes les conversations',
    conversation: 'Cette conversation',
  },
  results: 'Résultats de recherche',
  conversations: 'Conversations',
  messages: 'Messages',
  you: 'Vous : ',
  more: 'Plus de résultats',
  loadingMore: 'Chargement de la suite…',
  searching: 'Recherche…',
  noResults: 'Aucun résultat pour « <query>{{query}}</query> »',
  failed: 'La recherche n’a pas abouti pour le moment.',
  tryAgain: 'Réessayer',
};
