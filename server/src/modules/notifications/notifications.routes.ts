import { isoDateTime, routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { NotificationsService } from './notifications.service.ts';

const cursorShape = z.object({ created_at: isoDateTime, id: z.uuid() });

export const notificationsRoutes: FastifyPluginAsyncZod<{
  notifications: NotificationsService;
}> = async (app, { notifications }) => {
  app.route({
    ...contractRoute(routes.listNotifications),
    handler: async (request, reply) => {
      const page = await notifications.list(request.actor, {
        unread: request.query.unread,
        limit: request.query.limit ?? 50,
        after: decodeCursor(request.query.cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  });

  app.route({
    ...contractRoute(routes.markNotificationRead),
    handler: async (request) => notifications.markRead(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.markAllNotificationsRead),
    handler: async (request) => notifications.markAllRead(request.actor),
  });

  app.route({
    ...contractRoute(routes.listNotificationDeliveries),
    handler: async (request) => notifications.deliveries(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.getMessageDeliveries),
    handler: async (request) => notifications.messageDeliveries(request.actor, request.params.id),
  });

  app.route({
    ...contractRoute(routes.getNotificationSettings),
    handler: async (request) => notifications.settings(request.actor),
  });

  app.route({
    ...contractRoute(routes.updateNotificationSettings),
    handler: async (request) => notifications.updateSettings(request.actor, request.body),
  });

  app.route({
    ...contractRoute(routes.createPushSubscription),
    handler: async (request, reply) => {
      const { subscription, created } = await notifications.subscribePush(
        request.actor,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(subscription);
    },
  });

  app.route({
    ...contractRoute(routes.deletePushSubscription),
    handler: async (request, reply) => {
      await notifications.unsubscribePush(request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...contractRoute(routes.getVapidPublicKey),
    handler: async () => notifications.vapidPublicKey(),
  });

  // Mail clients post the one-click unsubscribe as a form (RFC 8058); its body says nothing
  // the token does not, so this route alone takes a form and ignores it.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, _body, done) => done(null, undefined),
    );
    scope.withTypeProvider<ZodTypeProvider>().route({
      ...contractRoute(routes.unsubscribeEmail),
      handler: async (request) => notifications.unsubscribe(request.query.token),
    });
  });
};
