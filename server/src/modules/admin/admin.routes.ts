import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountsRoutes } from './accounts.routes.ts';
import { requireAdmin } from './admin.policy.ts';
import { apiKeysRoutes } from './api-keys.routes.ts';
import type { AdminService } from './admin.service.ts';
import { contentRoutes } from './content.routes.ts';
import { operationsRoutes } from './operations.routes.ts';

/**
 * `/api/admin/*`: admins only. The role is checked as the request arrives (after the token,
 * before its body or query is validated), so anyone else learns nothing but 403.
 */
export const adminRoutes: FastifyPluginAsyncZod<{ admin: AdminService }> = async (
  app,
  { admin },
) => {
  app.addHook('onRequest', async (request) => requireAdmin(request.actor));
  await app.register(accountsRoutes, { accounts: admin.accounts });
  await app.register(contentRoutes, { content: admin.content });
  await app.register(operationsRoutes, { operations: admin.operations });
  await app.register(apiKeysRoutes, { apiKeys: admin.apiKeys });
};
