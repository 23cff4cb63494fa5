export { messagesRoutes } from './messages.routes.ts';
export {
  appendMessage,
  createMessagesService,
  findMessages,
  type MessagesCollaborators,
  type MessagesService,
} from './messages.service.ts';
export { messageCreatedDrafts } from './messages.events.ts';
export { pageMessages, findMessage, type MessageRow } from './messages.repo.ts';
export { presentMessage } from './messages.presenter.ts';
