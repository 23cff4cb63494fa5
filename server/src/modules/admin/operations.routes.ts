import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { adminPage, setPageHeaders } from './admin.paging.ts';
import type { OperationsAdmin } from './operations.service.ts';

export const operationsRoutes: FastifyPluginAsyncZod<{ operations: OperationsAdmin }> = async (
  app,
  { operations },
) => {
  app.route({
    ...contractRoute(routes.getAdminDashboard),
    handler: async () => operations.dashboard(),
  });

  app.route({
    ...contractRoute(routes.listAdminNotifications),
    handler: async (request, reply) => {
      const { type, channel, status, user_id } = request.query;
      const page = adminPage<'created_at'>(request.query, '-created_at');
      const { items, total } = await operations.notifications(
        { type, channel, status, userId: user_id },
        page,
      );
      setPageHeaders(request, reply, page, total);
      return items;
    },
  });

  app.route({
    ...contractRoute(routes.listAdminDeliveries),
    handler: async (request, reply) => {
      const { status, channel, type, user_id } = request.query;
      const page = adminPage<'updated_at' | 'created_at' | 'attempts'>(
        request.query,
        '-updated_at',
      );
      const { items, total } = await operations.deliveries(
        { status, channel, type, userId: user_id },
        page,
      );
      setPageHeaders(request, reply, page, total);
      return items;
    },
  });

  app.route({
    ...contractRoute(routes.getDeliveryQueue),
    handler: async () => operations.deliveryQueue(),
  });

  app.route({
    ...contractRoute(routes.getAdminDelivery),
    handler: async (request) => operations.delivery(request.params.id),
  });

  app.route({
    ...contractRoute(routes.retryDelivery),
    handler: async (request, reply) => {
      const delivery = await operations.retryDelivery(
        request.actor,
        request.params.id,
        request.body.reason,
      );
      return reply.code(202).send(delivery);
    },
  });

  app.route({
    ...contractRoute(routes.retryFailedDeliveries),
    handler: async (request, reply) => {
      const result = await operations.retryFailed(request.actor, request.body.channel);
      return reply.code(202).send(result);
    },
  });

  app.route({
    ...contractRoute(routes.listAdminReminders),
    handler: async (request, reply) => {
      const { status, reminder_type, property_id, reservation_id } = request.query;
      const page = adminPage<'scheduled_for' | 'sent_at'>(request.query, 'scheduled_for');
      const { items, total } = await operations.reminders(
        {
          status,
          reminderType: reminder_type,
          propertyId: property_id,
          reservationId: reservation_id,
        },
        page,
      );
      setPageHeaders(request, reply, page, total);
      return items;
    },
  });

  app.route({
    ...contractRoute(routes.runDueReminders),
    handler: async (request) => operations.runDueReminders(request.actor, request.body.reason),
  });

  app.route({
    ...contractRoute(routes.listAdminJobs),
    handler: async (request, reply) => {
      const { state, kind } = request.query;
      const page = adminPage<'run_at' | 'created_at'>(request.query, 'run_at');
      const { items, total } = await operations.jobs({ state, kind }, page);
      setPageHeaders(request, reply, page, total);
      return items;
    },
  });
};
