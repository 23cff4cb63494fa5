export { conversationsRoutes } from './conversations.routes.ts';
export {
  createConversationsService,
  readConversations,
  type ConversationSnapshot,
  type ConversationsService,
} from './conversations.service.ts';
export { conversationsHandlers } from './conversations.handlers.ts';
