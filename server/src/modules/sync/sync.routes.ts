import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { SyncService } from './sync.service.ts';

export const syncRoutes: FastifyPluginAsyncZod<{ sync: SyncService }> = async (app, { sync }) => {
  app.route({
    ...contractRoute(routes.syncEvents),
    handler: async (request) => sync.since(request.actor, request.query),
  });

  app.route({
    ...contractRoute(routes.getUnreadCount),
    handler: async (request) => sync.unreadCount(request.actor),
  });
};
