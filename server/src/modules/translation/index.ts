export { detectLanguage, readingLanguageOf } from './translation.detect.ts';
export {
  createTranslationService,
  findTranslations,
  translationsFor,
} from './translation.service.ts';
export type { TranslationService } from './translation.service.ts';
export { translationHandlers } from './translation.handlers.ts';
export { translationJobs } from './translation.jobs.ts';
export { translationRoutes } from './translation.routes.ts';
