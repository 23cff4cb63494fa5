export { searchRoutes } from './search.routes.ts';
export {
  createSearchService,
  messageMatchesSql,
  nameOrTitleMatchesSql,
  textSearchFor,
  type SearchQuery,
  type SearchService,
  type TextSearch,
} from './search.service.ts';
