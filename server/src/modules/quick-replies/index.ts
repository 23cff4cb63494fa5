export { quickRepliesRoutes } from './quick-replies.routes.ts';
export {
  addStarterQuickReplies,
  createQuickRepliesService,
  quickReplyText,
  type QuickRepliesService,
} from './quick-replies.service.ts';
export { usageCountCte } from './quick-replies.repo.ts';
export { placeholderValues, renderTemplate, type RenderContext } from './quick-replies.render.ts';
