export { messagesRoutes } from './messages.routes.ts';
export {
  appendMessage,
  createMessagesService,
  findMessages,
  messagePage,
  type MessagesService,
} from './messages.service.ts';
export {
  attachmentUrl,
  presentAttachment,
  presentCreatedMessage,
  presentMessage,
} from './messages.presenter.ts';
export { messagesHandlers } from './messages.handlers.ts';
