import { routes, type ADMIN_USER_SORTS } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { AccountsAdmin } from './accounts.service.ts';
import { adminPage, setPageHeaders } from './admin.paging.ts';

export const accountsRoutes: FastifyPluginAsyncZod<{ accounts: AccountsAdmin }> = async (
  app,
  { accounts },
) => {
  app.route({
    ...contractRoute(routes.listAdminUsers),
    handler: async (request, reply) => {
      const { q, role, status } = request.query;
      const page = adminPage<(typeof ADMIN_USER_SORTS)[number]>(request.query, '-created_at');
      const { items, total } = await accounts.users({ q, role, status }, page);
      setPageHeaders(request, reply, page, total);
      return items;
    },
  });

  app.route({
    ...contractRoute(routes.getAdminUser),
    handler: async (request) => accounts.user(request.params.id),
  });

  app.route({
    ...contractRoute(routes.disableUser),
    handler: async (request) =>
      accounts.disable(request.actor, request.params.id, request.body.reason),
  });

  app.route({
    ...contractRoute(routes.enableUser),
    handler: async (request) =>
      accounts.enable(request.actor, request.params.id, request.body.reason),
  });

  app.route({
    ...contractRoute(routes.setUserRole),
    handler: async (request) =>
      accounts.setRole(request.actor, request.params.id, request.body.role, request.body.reason),
  });

  app.route({
    ...contractRoute(routes.listAuditLog),
    handler: async (request, reply) => {
      const { actor_id, action, target_type, target_id } = request.query;
      const page = adminPage<'created_at'>(request.query, '-created_at');
      const { items, total } = await accounts.auditLog(
        { actorId: actor_id, action, targetType: target_type, targetId: target_id },
        page,
      );
      setPageHeaders(request, reply, page, total);
      return items;
    },
  });
};
