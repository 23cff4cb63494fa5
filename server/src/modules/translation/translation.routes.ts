import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { TranslationService } from './translation.service.ts';

export const translationRoutes: FastifyPluginAsyncZod<{ translation: TranslationService }> = async (
  app,
  { translation },
) => {
  app.route({
    ...contractRoute(routes.getTranslationStatus),
    handler: async () => translation.status(),
  });
  app.route({
    ...contractRoute(routes.translateMessage),
    handler: async (request, reply) => {
      await translation.request(request.actor, request.params.id);
      return reply.code(202).send({ status: 'accepted' as const });
    },
  });
};
