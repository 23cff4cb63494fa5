import {
  routes,
  type ADMIN_AUTOMATION_SORTS,
  type ADMIN_CONVERSATION_SORTS,
  type ADMIN_PROPERTY_SORTS,
  type ADMIN_QUICK_REPLY_SORTS,
  type ADMIN_RESERVATION_SORTS,
} from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { adminPage, setPageHeaders } from './admin.paging.ts';
import type { ContentAdmin } from './content.service.ts';

type Key<S extends readonly string[]> = S[number];

/** The console's lists and pages of properties, stays, conversations and hosts' templates. */
export const contentRoutes: FastifyPluginAsyncZod<{ content: ContentAdmin }> = async (
  app,
  { content },
) => {
  app.route({
    ...contractRoute(routes.listAdminProperties),
    handler: async (request, reply) => {
      const page = adminPage<Key<typeof ADMIN_PROPERTY_SORTS>>(request.query, '-created_at');
      const list = await content.listProperties(request.query, page);
      setPageHeaders(request, reply, page, list.total);
      return list.items;
    },
  });

  app.route({
    ...contractRoute(routes.getAdminProperty),
    handler: async (request) => content.getProperty(request.params.id),
  });

  app.route({
    ...contractRoute(routes.listAdminReservations),
    handler: async (request, reply) => {
      const page = adminPage<Key<typeof ADMIN_RESERVATION_SORTS>>(request.query, '-check_in');
      const list = await content.listReservations(request.query, page);
      setPageHeaders(request, reply, page, list.total);
      return list.items;
    },
  });

  app.route({
    ...contractRoute(routes.getAdminReservation),
    handler: async (request) => content.getReservation(request.params.id),
  });

  app.route({
    ...contractRoute(routes.listAdminConversations),
    handler: async (request, reply) => {
      const page = adminPage<Key<typeof ADMIN_CONVERSATION_SORTS>>(
        request.query,
        '-last_message_at',
      );
      const list = await content.listConversations(request.query, page);
      setPageHeaders(request, reply, page, list.total);
      return list.items;
    },
  });

  app.route({
    ...contractRoute(routes.viewAdminConversation),
    handler: async (request) =>
      content.viewConversation(request.actor, request.params.id, request.body.reason),
  });

  app.route({
    ...contractRoute(routes.listAdminQuickReplies),
    handler: async (request, reply) => {
      const page = adminPage<Key<typeof ADMIN_QUICK_REPLY_SORTS>>(request.query, '-created_at');
      const list = await content.listQuickReplies(request.query, page);
      setPageHeaders(request, reply, page, list.total);
      return list.items;
    },
  });

  app.route({
    ...contractRoute(routes.listScreenedMessages),
    handler: async (request, reply) => {
      const page = adminPage<'created_at'>(request.query, '-created_at');
      const list = await content.listScreenedMessages(request.query, page);
      setPageHeaders(request, reply, page, list.total);
      return list.items;
    },
  });

  app.route({
    ...contractRoute(routes.listAdminAutomations),
    handler: async (request, reply) => {
      const page = adminPage<Key<typeof ADMIN_AUTOMATION_SORTS>>(request.query, '-created_at');
      const list = await content.listAutomations(request.query, page);
      setPageHeaders(request, reply, page, list.total);
      return list.items;
    },
  });
};
