import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { OperationsAdmin } from './operations.service.ts';

export const operationsRoutes: FastifyPluginAsyncZod<{ operations: OperationsAdmin }> = async (
  app,
  opts,
) => {
  void app;
  void opts;
};
