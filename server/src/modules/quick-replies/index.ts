export { quickRepliesRoutes } from './quick-replies.routes.ts';
export {
  createQuickRepliesService,
  quickReplyText,
  requireOwnTemplate,
  stayRenderContext,
  storedTranslations,
  type QuickRepliesService,
} from './quick-replies.service.ts';
export { quickRepliesHandlers } from './quick-replies.handlers.ts';
export {
  localize,
  placeholderValues,
  renderTemplate,
  type RenderContext,
  type StayRenderContext,
} from './quick-replies.render.ts';
