import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { DemoService } from './demo.service.ts';

export const demoRoutes: FastifyPluginAsyncZod<{ demo: DemoService }> = async (app, { demo }) => {
  app.route({
    ...contractRoute(routes.listDemoAccounts),
    handler: async () => demo.accounts(),
  });
};
