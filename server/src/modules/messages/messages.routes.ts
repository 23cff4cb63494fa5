import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { MessagesService } from './messages.service.ts';

export interface MessagesRoutesOptions {
  messages: MessagesService;
  /** The per-user send budget, shared with sending over the socket. */
  sendLimiter: RateLimiter;
}

export const messagesRoutes: FastifyPluginAsyncZod<MessagesRoutesOptions> = async (
  app,
  { messages, sendLimiter },
) => {
  app.route({
    ...contractRoute(routes.sendMessage),
    // After validation, so a malformed request spends nothing.
    preHandler: (request) => sendLimiter.consume(`send:${request.actor.id}`),
    handler: async (request, reply) => {
      const result = await messages.send(request.actor, request.body);
      return reply.code(result.created ? 201 : 200).send(result.message);
    },
  });

  app.route({
    ...contractRoute(routes.markMessageRead),
    handler: async (request) => messages.markRead(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.markConversationRead),
    handler: async (request) => messages.markAllRead(request.actor, request.params.id),
  });
};
