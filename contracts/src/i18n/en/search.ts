/** The messenger's search box and its results. */
export const search = {
  label: 'Search conversations',
  placeholder: 'Search names, places, messages',
  announce: {
    searching: 'Searching',
    failed: 'Search failed',
    none: 'No results for {{query}}',
    results_one: '{{count}} result',
    results_other: '{{count}} results',
    resultsOrMore_one: '{{count}} or more result',
    resultsOrMore_other: '{{count}} or more results',
  },
  scope: {
    label: 'Search in',
    all: 'All conversations',
    conversation: 'This conversation',
  },
  results: 'Search results',
  conversations: 'Conversations',
  messages: 'Messages',
  you: 'You: ',
  more: 'More results',
  loadingMore: 'Loading more…',
  searching: 'Searching…',
  /** `{{query}}` is what was searched for, as typed; `<query>` sets it apart. */
  noResults: 'No results for “<query>{{query}}</query>”',
  failed: 'Couldn’t search just now.',
  tryAgain: 'Try again',
};
