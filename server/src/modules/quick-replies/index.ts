export { quickRepliesRoutes } from './quick-replies.routes.ts';
export {
  createQuickRepliesService,
  quickReplyText,
  requireOwnTemplate,
  type QuickRepliesService,
} from './quick-replies.service.ts';
export { quickRepliesHandlers } from './quick-replies.handlers.ts';
export { placeholderValues, renderTemplate, type RenderContext } from './quick-replies.render.ts';
