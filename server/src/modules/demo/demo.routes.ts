import { demoAccount } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DemoService } from './demo.service.ts';

export const demoRoutes: FastifyPluginAsyncZod<{ demo: DemoService }> = async (app, { demo }) => {
  app.get(
    '/api/demo-accounts',
    {
      config: { public: true },
      schema: {
        tags: ['demo'],
        summary: 'The demo accounts, for one-click sign-in on a demo database',
        description:
          'Public. An empty list unless `SEED_DEMO` is on and the seeded demo accounts exist; ' +
          'each entry carries the documented demo password `flexbnb-demo`.',
        response: { 200: z.array(demoAccount) },
      },
    },
    async () => demo.accounts(),
  );
};
