export { quickRepliesRoutes } from './quick-replies.routes.ts';
export {
  createQuickRepliesService,
  quickReplyText,
  type QuickRepliesService,
} from './quick-replies.service.ts';
export { quickRepliesHandlers } from './quick-replies.handlers.ts';
