import { isoDateTime, routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { ConversationsService } from './conversations.service.ts';

const cursorShape = z.object({ at: isoDateTime, id: z.uuid() });

export const conversationsRoutes: FastifyPluginAsyncZod<{
  conversations: ConversationsService;
  /** The send budget: a conversation opened with a message spends it as a send does. */
  sendLimiter: RateLimiter;
}> = async (app, { conversations, sendLimiter }) => {
  app.route({
    ...contractRoute(routes.listConversations),
    handler: async (request, reply) => {
      const { cursor, ...query } = request.query;
      const page = await conversations.list(request.actor, {
        ...query,
        after: decodeCursor(cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  });

  app.route({
    ...contractRoute(routes.createConversation),
    preHandler: async (request) => {
      if (request.body.message !== undefined) await sendLimiter.consume(`send:${request.actor.id}`);
    },
    handler: async (request, reply) => {
      const result = await conversations.create(request.actor, request.body);
      return reply.code(result.created ? 201 : 200).send(result.conversation);
    },
  });

  app.route({
    ...contractRoute(routes.getConversation),
    handler: async (request, reply) => {
      const detail = await conversations.detail(request.actor, request.params.id, request.query);
      const oldest = detail.messages[0];
      setNextLink(
        request,
        reply,
        detail.has_more_messages && oldest ? oldest.id : undefined,
        'before',
      );
      return detail;
    },
  });

  app.route({
    ...contractRoute(routes.archiveConversation),
    handler: async (request) => conversations.setArchived(request.actor, request.params.id, true),
  });

  app.route({
    ...contractRoute(routes.unarchiveConversation),
    handler: async (request) => conversations.setArchived(request.actor, request.params.id, false),
  });
};
