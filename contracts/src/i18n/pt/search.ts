import type { search as english } from '../en/search.ts';
import type { Translation } from '../translation.ts';

export const search: Translation<typeof english> = {
  label: 'Pesquisar conversas',
  placeholder: 'Pesquise nomes, lugares, mensagens',
  announce: {
    searching: 'Pesquisando',
    failed: 'A pesquisa falhou',
    none: 'Nenhum resultado para {{query}}',
    results_one: '{{count}} resultado',
    results_other: '{{count}} resultados',
    results_many: '{{count}} resultados',
    resultsOrMore_one: '{{count}} resultado ou mais',
    resultsOrMore_other: '{{count}} resultados ou mais',
    resultsOrMore_many: '{{count}} resultados ou mais',
  },
  scope: {
    label: 'Pesquisar em',
    all: 'Todas as conversas',
    conversation: 'Esta conversa',
  },
  results: 'Resultados da pesquisa',
  conversations: 'Conversas',
  messages: 'Mensagens',
  you: 'Você: ',
  more: 'Mais resultados',
  loadingMore: 'Carregando mais…',
  searching: 'Pesquisando…',
  noResults: 'Nenhum resultado para “<query>{{query}}</query>”',
  failed: 'Não foi possível pesquisar agora.',
  tryAgain: 'Tentar de novo',
};
