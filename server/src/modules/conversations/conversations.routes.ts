import {
  conversation,
  conversationDetail,
  conversationDetailQuery,
  conversationListQuery,
  createConversationBody,
  errorBody,
  idParams,
  isoDateTime,
} from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { ConversationsService } from './conversations.service.ts';

const tags = ['conversations'];
const security = [{ bearerAuth: [] }];
const cursorShape = z.object({ at: isoDateTime, id: z.uuid() });

export const conversationsRoutes: FastifyPluginAsyncZod<{
  conversations: ConversationsService;
}> = async (app, { conversations }) => {
  app.get(
    '/api/messaging/conversations',
    {
      schema: {
        tags,
        security,
        summary: "The caller's conversations, newest activity first",
        description:
          '`all`: every conversation; `active`: not archived by the caller; `archived`: archived by the caller; ' +
          '`unread`: with messages the caller has not read. `q` searches the property title, the other ' +
          "person's name and the messages. The next page's URL is in the `Link` header.",
        querystring: conversationListQuery,
        response: { 200: z.array(conversation), 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const { cursor, ...query } = request.query;
      const page = await conversations.list(request.actor, {
        ...query,
        after: decodeCursor(cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  );

  app.post(
    '/api/messaging/conversations/create',
    {
      schema: {
        tags,
        security,
        summary: 'Start or reopen a conversation with the host of a property',
        description:
          'One thread per property and guest (per reservation when `reservation_id` is given): an existing ' +
          'thread is returned with 200 instead of a new one with 201. `message`, when given, is sent in it.',
        body: createConversationBody,
        response: {
          200: conversationDetail,
          201: conversationDetail,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
        },
      },
    },
    async (request, reply) => {
      const result = await conversations.create(request.actor, request.body);
      return reply.code(result.created ? 201 : 200).send(result.conversation);
    },
  );

  app.get(
    '/api/messaging/conversations/:id',
    {
      schema: {
        tags,
        security,
        summary: 'A conversation with a page of its messages',
        description:
          'The newest page first; pass `before=<id of the oldest message you have>` for older ones.',
        params: idParams,
        querystring: conversationDetailQuery,
        response: { 200: conversationDetail, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const detail = await conversations.detail(request.actor, request.params.id, request.query);
      const oldest = detail.messages[0];
      setNextLink(
        request,
        reply,
        detail.has_more_messages && oldest ? oldest.id : undefined,
        'before',
      );
      return detail;
    },
  );

  for (const [action, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(
      `/api/messaging/conversations/:id/${action}`,
      {
        schema: {
          tags,
          security,
          summary: archived
            ? 'Archive the conversation for the caller (the other side keeps it)'
            : 'Bring the conversation back to the caller’s inbox',
          params: idParams,
          response: { 200: conversation, 400: errorBody, 401: errorBody, 404: errorBody },
        },
      },
      async (request) => conversations.setArchived(request.actor, request.params.id, archived),
    );
  }
};
