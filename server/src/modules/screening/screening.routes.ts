import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { ScreeningService } from './screening.service.ts';

export const screeningRoutes: FastifyPluginAsyncZod<{ screening: ScreeningService }> = async (
  app,
  { screening },
) => {
  app.route({
    ...contractRoute(routes.checkScreening),
    handler: async (request) => screening.check(request.actor, request.body),
  });
};
