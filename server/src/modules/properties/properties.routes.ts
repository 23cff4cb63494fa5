import {
  createPropertyBody,
  errorBody,
  idParams,
  isoDateTime,
  paging,
  property,
  propertyListQuery,
  updatePropertyBody,
} from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { PropertiesService } from './properties.service.ts';

const tags = ['properties'];
const security = [{ bearerAuth: [] }];
const cursorShape = z.object({ created_at: isoDateTime, id: z.uuid() });

export const propertiesRoutes: FastifyPluginAsyncZod<{ properties: PropertiesService }> = async (
  app,
  { properties },
) => {
  app.get(
    '/api/properties',
    {
      schema: {
        tags,
        security,
        summary: 'List properties, newest first',
        querystring: propertyListQuery.extend(paging.shape),
        response: { 200: z.array(property), 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const { mine, limit, cursor } = request.query;
      const page = await properties.list({
        ...(mine === 'true' && { hostId: request.actor.id }),
        limit: limit ?? 50,
        after: decodeCursor(cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  );

  app.post(
    '/api/properties',
    {
      schema: {
        tags,
        security,
        summary: 'Create a property hosted by the caller',
        body: createPropertyBody,
        response: { 201: property, 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await properties.create(request.actor, request.body)),
  );

  app.get(
    '/api/properties/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One property',
        params: idParams,
        response: { 200: property, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => properties.get(request.params.id),
  );

  app.patch(
    '/api/properties/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change a property (its host only)',
        params: idParams,
        body: updatePropertyBody,
        response: { 200: property, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => properties.update(request.actor, request.params.id, request.body),
  );
};
