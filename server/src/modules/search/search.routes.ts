import { isoDateTime, routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { SearchService } from './search.service.ts';

const cursorShape = z.object({ at: isoDateTime, id: z.uuid() });

export const searchRoutes: FastifyPluginAsyncZod<{ search: SearchService }> = async (
  app,
  { search },
) => {
  app.route({
    ...contractRoute(routes.searchMessages),
    handler: async (request, reply) => {
      const { cursor, ...query } = request.query;
      const page = await search.search(request.actor, {
        ...query,
        after: decodeCursor(cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  });
};
