import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { RemindersService } from './reminders.service.ts';

export const remindersRoutes: FastifyPluginAsyncZod<{ reminders: RemindersService }> = async (
  app,
  { reminders },
) => {
  app.route({
    ...contractRoute(routes.listReservationReminders),
    handler: async (request) => reminders.list(request.actor, request.params.id),
  });
};
