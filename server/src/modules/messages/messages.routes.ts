import {
  errorBody,
  idParams,
  markAllReadResult,
  message,
  sendMessageBody,
} from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { MessagesService } from './messages.service.ts';

const security = [{ bearerAuth: [] }];

export interface MessagesRoutesOptions {
  messages: MessagesService;
  /** The per-user send budget, shared with sending over the socket. */
  sendLimiter: RateLimiter;
}

export const messagesRoutes: FastifyPluginAsyncZod<MessagesRoutesOptions> = async (
  app,
  { messages, sendLimiter },
) => {
  app.post(
    '/api/messaging/messages/send',
    {
      // After validation, so a malformed request spends nothing.
      preHandler: (request) => sendLimiter.consume(`send:${request.actor.id}`),
      schema: {
        tags: ['messages'],
        security,
        summary: 'Send a message to the other participant of a conversation',
        description:
          'A retry with the same `client_message_id` answers 200 with the first message instead of creating another. ' +
          "With `quick_reply_id` (one of the caller's templates; 404 otherwise) and no `message`, the template is " +
          'rendered for the conversation as `GET /api/messaging/quick-replies/{id}/preview/` shows; with both, the ' +
          'given `message` is sent (the client edited the preview). Either way the message has `is_quick_reply` ' +
          'and the template counts one use in the same transaction, once per `client_message_id`. 400 when the ' +
          'template belongs to another property, is inactive, or leaves nothing to send in this conversation.',
        body: sendMessageBody,
        response: {
          200: message,
          201: message,
          400: errorBody,
          401: errorBody,
          404: errorBody,
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      const result = await messages.send(request.actor, request.body);
      return reply.code(result.created ? 201 : 200).send(result.message);
    },
  );

  app.post(
    '/api/messaging/messages/:id/read',
    {
      schema: {
        tags: ['messages'],
        security,
        summary: 'Mark a message read (its receiver only)',
        params: idParams,
        response: { 200: message, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => messages.markRead(request.actor, request.params.id),
  );

  app.post(
    '/api/messaging/conversations/:id/mark-all-read',
    {
      schema: {
        tags: ['conversations'],
        security,
        summary: 'Mark every message the caller received in the conversation as read',
        params: idParams,
        response: { 200: markAllReadResult, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => messages.markAllRead(request.actor, request.params.id),
  );
};
