import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { ScheduledMessagesService } from './scheduled-messages.service.ts';

export const scheduledMessagesRoutes: FastifyPluginAsyncZod<{
  scheduled: ScheduledMessagesService;
}> = async (app, { scheduled }) => {
  app.route({
    ...contractRoute(routes.listAutomations),
    handler: async (request) => scheduled.listAutomations(request.actor),
  });
  app.route({
    ...contractRoute(routes.createAutomation),
    handler: async (request, reply) =>
      reply.code(201).send(await scheduled.createAutomation(request.actor, request.body)),
  });
  app.route({
    ...contractRoute(routes.getAutomation),
    handler: async (request) => scheduled.getAutomation(request.actor, request.params.id),
  });
  app.route({
    ...contractRoute(routes.updateAutomation),
    handler: async (request) =>
      scheduled.updateAutomation(request.actor, request.params.id, request.body),
  });
  app.route({
    ...contractRoute(routes.deleteAutomation),
    handler: async (request, reply) => {
      await scheduled.deleteAutomation(request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...contractRoute(routes.listStayScheduledMessages),
    handler: async (request) => scheduled.forStay(request.actor, request.params.id),
  });
  app.route({
    ...contractRoute(routes.listConversationScheduledMessages),
    handler: async (request) => scheduled.forConversation(request.actor, request.params.id),
  });
  app.route({
    ...contractRoute(routes.updateScheduledMessage),
    handler: async (request) => scheduled.update(request.actor, request.params.id, request.body),
  });
  app.route({
    ...contractRoute(routes.skipScheduledMessage),
    handler: async (request) => scheduled.stop(request.actor, request.params.id, 'skipped'),
  });
  app.route({
    ...contractRoute(routes.cancelScheduledMessage),
    handler: async (request) => scheduled.stop(request.actor, request.params.id, 'cancelled'),
  });
  app.route({
    ...contractRoute(routes.sendScheduledMessageNow),
    handler: async (request) => scheduled.sendNow(request.actor, request.params.id),
  });
};
