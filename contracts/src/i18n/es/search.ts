import type { search as english } from '../en/search.ts';
import type { Translation } from '../translation.ts';

export const search: Translation<typeof english> = {
  label: 'Buscar conversaciones',
  placeholder: 'Busca nombres, lugares, mensajes',
  announce: {
    searching: 'Buscando',
    failed: 'La búsqueda falló',
    none: 'No hay resultados para {{query}}',
    results_one: '{{count}} resultado',
    results_other: '{{count}} resultados',
    results_many: '{{count}} resultados',
    resultsOrMore_one: '{{count}} o más resultados',
    resultsOrMore_other: '{{count}} o más resultados',
    resultsOrMore_many: '{{count}} o más resultados',
  },
  scope: {
    label: 'Buscar en',
    all: 'Todas las conversaciones',
    conversation: 'Esta conversación',
  },
  results: 'Resultados de búsqueda',
  conversations: 'Conversaciones',
  messages: 'Mensajes',
  you: 'Tú: ',
  more: 'Más resultados',
  loadingMore: 'Cargando más…',
  searching: 'Buscando…',
  noResults: 'No hay resultados para «<query>{{query}}</query>»',
  failed: 'No se pudo buscar ahora mismo.',
  tryAgain: 'Intentar de nuevo',
};
