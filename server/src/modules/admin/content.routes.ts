import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ContentAdmin } from './content.service.ts';

export const contentRoutes: FastifyPluginAsyncZod<{ content: ContentAdmin }> = async (
  app,
  opts,
) => {
  void app;
  void opts;
};
