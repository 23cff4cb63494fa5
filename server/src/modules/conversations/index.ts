export { conversationsRoutes } from './conversations.routes.ts';
export {
  conversationsFromJson,
  conversationViewsSql,
  createConversationsService,
  openThread,
  readConversations,
  type ConversationSnapshot,
  type ConversationsService,
} from './conversations.service.ts';
export { conversationsHandlers } from './conversations.handlers.ts';
