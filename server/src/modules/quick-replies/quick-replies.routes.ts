import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { QuickRepliesService } from './quick-replies.service.ts';

const cursorShape = z.object({
  usage_count: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  title: z.string(),
  id: z.uuid(),
});

export const quickRepliesRoutes: FastifyPluginAsyncZod<{
  quickReplies: QuickRepliesService;
}> = async (app, { quickReplies }) => {
  app.route({
    ...contractRoute(routes.listQuickReplies),
    handler: async (request, reply) => {
      const { cursor, include_inactive, ...query } = request.query;
      const page = await quickReplies.list(request.actor, {
        ...query,
        include_inactive: include_inactive === 'true',
        after: decodeCursor(cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  });

  app.route({
    ...contractRoute(routes.createQuickReply),
    handler: async (request, reply) =>
      reply.code(201).send(await quickReplies.create(request.actor, request.body)),
  });

  app.route({
    ...contractRoute(routes.getQuickReply),
    handler: async (request) => quickReplies.get(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.replaceQuickReply),
    handler: async (request) => quickReplies.update(request.actor, request.params.id, request.body),
  });

  app.route({
    ...contractRoute(routes.updateQuickReply),
    handler: async (request) => quickReplies.update(request.actor, request.params.id, request.body),
  });

  app.route({
    ...contractRoute(routes.deleteQuickReply),
    handler: async (request, reply) => {
      await quickReplies.remove(request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...contractRoute(routes.previewQuickReply),
    handler: async (request) =>
      quickReplies.preview(request.actor, request.params.id, request.query.conversation_id),
  });
};
