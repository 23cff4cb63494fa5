export { messagesRoutes } from './messages.routes.ts';
export { appendMessage, createMessagesService, type MessagesService } from './messages.service.ts';
export {
  lockConversationFor,
  pageMessages,
  findMessage,
  type MessageRow,
} from './messages.repo.ts';
export { presentMessage } from './messages.presenter.ts';
