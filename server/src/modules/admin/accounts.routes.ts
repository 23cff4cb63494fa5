import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AccountsAdmin } from './accounts.service.ts';

export const accountsRoutes: FastifyPluginAsyncZod<{ accounts: AccountsAdmin }> = async (
  app,
  opts,
) => {
  void app;
  void opts;
};
