import { isoDateTime, routes, type ADMIN_WEBHOOK_DELIVERY_SORTS } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import { adminPage, requireAdmin, setPageHeaders } from '../admin/index.ts';
import type { WebhooksService } from './webhooks.service.ts';

const DELIVERIES_PAGE_SIZE = 25;
const deliveryCursor = z.object({ created_at: isoDateTime, id: z.uuid() });

type AdminSortKey = (typeof ADMIN_WEBHOOK_DELIVERY_SORTS)[number];

/** `/api/platform/webhooks/*`: a platform's API key with `webhooks:manage`. */
const platformRoutes: FastifyPluginAsyncZod<{ webhooks: WebhooksService }> = async (
  app,
  { webhooks },
) => {
  app.route({
    ...contractRoute(routes.createWebhook),
    handler: async (request, reply) => reply.code(201).send(await webhooks.create(request.body)),
  });

  app.route({
    ...contractRoute(routes.listWebhooks),
    handler: async () => webhooks.list(),
  });

  app.route({
    ...contractRoute(routes.getWebhook),
    handler: async (request) => webhooks.get(request.params.id),
  });

  app.route({
    ...contractRoute(routes.updateWebhook),
    handler: async (request) => webhooks.update(request.params.id, request.body),
  });

  app.route({
    ...contractRoute(routes.deleteWebhook),
    handler: async (request, reply) => {
      await webhooks.remove(request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...contractRoute(routes.listWebhookDeliveries),
    handler: async (request, reply) => {
      const { status, event_type: eventType, limit, cursor } = request.query;
      const page = await webhooks.deliveries(request.params.id, {
        limit: limit ?? DELIVERIES_PAGE_SIZE,
        after: decodeCursor(cursor, deliveryCursor),
        ...(status && { status }),
        ...(eventType && { eventType }),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  });
};

/**
 * `/api/admin/webhook-deliveries/*`: admins only, checked as the request arrives (before its
 * body or query is validated), as the rest of the console is.
 */
const adminRoutes: FastifyPluginAsyncZod<{ webhooks: WebhooksService }> = async (
  app,
  { webhooks },
) => {
  app.addHook('onRequest', async (request) => requireAdmin(request.actor));

  app.route({
    ...contractRoute(routes.listAdminWebhookDeliveries),
    handler: async (request, reply) => {
      const { endpoint_id: endpointId, status, event_type: eventType } = request.query;
      const page = adminPage<AdminSortKey>(request.query, '-created_at');
      const { items, total } = await webhooks.adminList(
        request.actor,
        { endpointId, status, eventType },
        page,
      );
      setPageHeaders(request, reply, page, total);
      return items;
    },
  });

  app.route({
    ...contractRoute(routes.getAdminWebhookDelivery),
    handler: async (request) => webhooks.adminGet(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.redeliverWebhookDelivery),
    handler: async (request, reply) => {
      const delivery = await webhooks.redeliver(
        request.actor,
        request.params.id,
        request.body.reason,
      );
      return reply.code(202).send(delivery);
    },
  });
};

/** The platform's webhook endpoints, and the console's view of their deliveries. */
export const webhooksRoutes: FastifyPluginAsyncZod<{ webhooks: WebhooksService }> = async (
  app,
  options,
) => {
  await app.register(platformRoutes, options);
  await app.register(adminRoutes, options);
};
