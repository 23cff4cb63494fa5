export { conversationsRoutes } from './conversations.routes.ts';
export { createConversationsService, type ConversationsService } from './conversations.service.ts';
