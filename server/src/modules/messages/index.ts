export { messagesRoutes } from './messages.routes.ts';
export {
  appendMessage,
  createMessagesService,
  type MessagesCollaborators,
  type MessagesService,
} from './messages.service.ts';
export { messageCreatedDrafts } from './messages.events.ts';
export {
  lockConversationFor,
  pageMessages,
  findMessage,
  type MessageRow,
} from './messages.repo.ts';
export { presentMessage } from './messages.presenter.ts';
