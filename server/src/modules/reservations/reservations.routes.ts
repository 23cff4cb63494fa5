import {
  createReservationBody,
  errorBody,
  idParams,
  isoDateTime,
  paging,
  reservation,
} from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { ReservationsService } from './reservations.service.ts';

const tags = ['reservations'];
const security = [{ bearerAuth: [] }];
const cursorShape = z.object({ created_at: isoDateTime, id: z.uuid() });

export const reservationsRoutes: FastifyPluginAsyncZod<{
  reservations: ReservationsService;
}> = async (app, { reservations }) => {
  app.post(
    '/api/reservations',
    {
      schema: {
        tags,
        security,
        summary: 'Book a property as its guest',
        body: createReservationBody,
        response: {
          201: reservation,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await reservations.create(request.actor, request.body)),
  );

  app.get(
    '/api/reservations',
    {
      schema: {
        tags,
        security,
        summary: "The caller's reservations, as guest or host, newest first",
        querystring: paging,
        response: { 200: z.array(reservation), 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const page = await reservations.list(request.actor, {
        limit: request.query.limit ?? 50,
        after: decodeCursor(request.query.cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  );

  app.get(
    '/api/reservations/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One reservation (its guest and host only)',
        params: idParams,
        response: { 200: reservation, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => reservations.get(request.actor, request.params.id),
  );
};
