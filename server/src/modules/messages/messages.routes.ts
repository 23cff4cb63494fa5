import { routes, type ScheduledMessage, type sendMessageBody } from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/context.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { MessagesService } from './messages.service.ts';

export interface MessagesRoutesOptions {
  messages: MessagesService;
  /** A send with `send_at`: scheduled, not sent (the scheduled-messages module). */
  sendLater: (
    actor: Actor,
    body: z.output<typeof sendMessageBody> & { send_at: string },
  ) => Promise<ScheduledMessage>;
  /** The per-user send budget, shared with sending over the socket. */
  sendLimiter: RateLimiter;
}

export const messagesRoutes: FastifyPluginAsyncZod<MessagesRoutesOptions> = async (
  app,
  { messages, sendLater, sendLimiter },
) => {
  app.route({
    ...contractRoute(routes.sendMessage),
    // After validation, so a malformed request spends nothing.
    preHandler: (request) => sendLimiter.consume(`send:${request.actor.id}`),
    handler: async (request, reply) => {
      const { send_at: sendAt } = request.body;
      if (sendAt) {
        return reply
          .code(202)
          .send(await sendLater(request.actor, { ...request.body, send_at: sendAt }));
      }
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

  // Edits, unsends and reactions spend a budget of their own, as large as the send budget and
  // shared the same way (REST, every node), after validation like a send's.
  const changeBudget = (request: { actor: Actor }) =>
    sendLimiter.consume(`change:${request.actor.id}`);

  app.route({
    ...contractRoute(routes.editMessage),
    preHandler: changeBudget,
    handler: async (request) =>
      messages.edit(request.actor, request.params.id, request.body.message),
  });

  app.route({
    ...contractRoute(routes.unsendMessage),
    preHandler: changeBudget,
    handler: async (request) => messages.unsend(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.addReaction),
    preHandler: changeBudget,
    handler: async (request) =>
      messages.react(request.actor, request.params.id, request.body.emoji),
  });

  app.route({
    ...contractRoute(routes.removeReaction),
    preHandler: changeBudget,
    handler: async (request) =>
      messages.unreact(request.actor, request.params.id, request.params.emoji),
  });
};
