import { errorBody, syncQuery, syncResult, unreadCount } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SyncService } from './sync.service.ts';

export const syncRoutes: FastifyPluginAsyncZod<{ sync: SyncService }> = async (app, { sync }) => {
  app.get(
    '/api/messaging/sync',
    {
      schema: {
        tags: ['realtime'],
        security: [{ bearerAuth: [] }],
        summary: 'Every change for the caller after a cursor (catch-up after a gap or a reconnect)',
        description:
          'Events are those the socket pushes (`message.created`, `message.read`, `conversation.updated`, ' +
          '`notification.created`, `unread.changed`), oldest first. Cursors are per user and consecutive: ' +
          'a live event whose cursor is more than one above the last applied one means events were missed. ' +
          'Without `since`, the answer is the current cursor and no events.',
        querystring: syncQuery,
        response: { 200: syncResult, 400: errorBody, 401: errorBody, 410: errorBody },
      },
    },
    async (request) => sync.since(request.actor, request.query),
  );

  app.get(
    '/api/messaging/unread-count',
    {
      schema: {
        tags: ['conversations'],
        security: [{ bearerAuth: [] }],
        summary: 'Unread messages and conversations, for badges',
        response: { 200: unreadCount, 401: errorBody },
      },
    },
    async (request) => sync.unreadCount(request.actor),
  );
};
