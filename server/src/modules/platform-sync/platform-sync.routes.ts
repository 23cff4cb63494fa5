import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { PlatformSyncService } from './platform-sync.service.ts';

/** The sync API: a platform's API key upserting its records by its own ids (201 created, 200 otherwise). */
export const platformSyncRoutes: FastifyPluginAsyncZod<{
  platformSync: PlatformSyncService;
}> = async (app, { platformSync }) => {
  app.route({
    ...contractRoute(routes.upsertPlatformUser),
    handler: async (request, reply) => {
      const { value, created } = await platformSync.upsertUser(
        request.params.external_id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(value);
    },
  });

  app.route({
    ...contractRoute(routes.deletePlatformUser),
    handler: async (request, reply) => {
      await platformSync.deleteUser(request.params.external_id);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...contractRoute(routes.upsertPlatformProperty),
    handler: async (request, reply) => {
      const { value, created } = await platformSync.upsertProperty(
        request.params.external_id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(value);
    },
  });

  app.route({
    ...contractRoute(routes.upsertPlatformReservation),
    handler: async (request, reply) => {
      const { value, created } = await platformSync.upsertReservation(
        request.params.external_id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(value);
    },
  });

  app.route({
    ...contractRoute(routes.cancelPlatformReservation),
    handler: async (request) => platformSync.cancelReservation(request.params.external_id),
  });

  app.route({
    ...contractRoute(routes.postPlatformMessage),
    handler: async (request, reply) => {
      const { message, created } = await platformSync.postMessage(request.body);
      return reply.code(created ? 201 : 200).send(message);
    },
  });
};
