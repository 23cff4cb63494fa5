import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { ApiKeysAdmin } from './api-keys.service.ts';

export const apiKeysRoutes: FastifyPluginAsyncZod<{ apiKeys: ApiKeysAdmin }> = async (
  app,
  { apiKeys },
) => {
  app.route({
    ...contractRoute(routes.createApiKey),
    handler: async (request, reply) =>
      reply.code(201).send(await apiKeys.create(request.actor, request.body)),
  });

  app.route({
    ...contractRoute(routes.listApiKeys),
    handler: async () => apiKeys.list(),
  });

  app.route({
    ...contractRoute(routes.updateApiKey),
    handler: async (request) => apiKeys.update(request.actor, request.params.id, request.body),
  });

  app.route({
    ...contractRoute(routes.revokeApiKey),
    handler: async (request) =>
      apiKeys.revoke(request.actor, request.params.id, request.body.reason),
  });
};
