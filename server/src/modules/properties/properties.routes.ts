import { isoDateTime, routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { PropertiesService } from './properties.service.ts';

const cursorShape = z.object({ created_at: isoDateTime, id: z.uuid() });

export const propertiesRoutes: FastifyPluginAsyncZod<{ properties: PropertiesService }> = async (
  app,
  { properties },
) => {
  app.route({
    ...contractRoute(routes.listProperties),
    handler: async (request, reply) => {
      const { mine, external_id, limit, cursor } = request.query;
      const page = await properties.list(request.actor, {
        ...(mine === 'true' && { hostId: request.actor.id }),
        ...(external_id !== undefined && { externalId: external_id }),
        limit: limit ?? 50,
        after: decodeCursor(cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  });

  app.route({
    ...contractRoute(routes.createProperty),
    handler: async (request, reply) =>
      reply.code(201).send(await properties.create(request.actor, request.body)),
  });

  app.route({
    ...contractRoute(routes.getProperty),
    handler: async (request) => properties.get(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.updateProperty),
    handler: async (request) => properties.update(request.actor, request.params.id, request.body),
  });
};
