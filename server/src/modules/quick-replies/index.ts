export { quickRepliesRoutes } from './quick-replies.routes.ts';
export {
  addStarterQuickReplies,
  countQuickReplyUse,
  createQuickRepliesService,
  quickReplyText,
  type QuickRepliesService,
} from './quick-replies.service.ts';
export { placeholderValues, renderTemplate, type RenderContext } from './quick-replies.render.ts';
