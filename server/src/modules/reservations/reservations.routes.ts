import { isoDateTime, routes, type ReservationStatus } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { ReservationsService } from './reservations.service.ts';

const cursorShape = z.object({ created_at: isoDateTime, id: z.uuid() });

export const reservationsRoutes: FastifyPluginAsyncZod<{
  reservations: ReservationsService;
}> = async (app, { reservations }) => {
  app.route({
    ...contractRoute(routes.createReservation),
    handler: async (request, reply) =>
      reply.code(201).send(await reservations.create(request.actor, request.body)),
  });

  app.route({
    ...contractRoute(routes.listReservations),
    handler: async (request, reply) => {
      const { role, status, when, property_id: propertyId } = request.query;
      const page = await reservations.list(request.actor, {
        limit: request.query.limit ?? 50,
        after: decodeCursor(request.query.cursor, cursorShape),
        ...(role && { role }),
        // The contract checked each name against the statuses.
        ...(status && { statuses: status.split(',') as ReservationStatus[] }),
        ...(when && { when }),
        ...(propertyId && { propertyId }),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  });

  app.route({
    ...contractRoute(routes.confirmReservation),
    handler: async (request) => reservations.confirm(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.declineReservation),
    handler: async (request) => reservations.decline(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.cancelReservation),
    handler: async (request) => reservations.cancel(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.completeReservation),
    handler: async (request) => reservations.complete(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.updateReservation),
    handler: async (request) => reservations.update(request.actor, request.params.id, request.body),
  });

  app.route({
    ...contractRoute(routes.getReservation),
    handler: async (request) => reservations.get(request.actor, request.params.id),
  });
};
