import {
  createQuickReplyBody,
  errorBody,
  idParams,
  QUICK_REPLY_CATEGORIES,
  QUICK_REPLY_RENDERING_RULES,
  quickReply,
  quickReplyList,
  quickReplyListQuery,
  quickReplyPreview,
  quickReplyPreviewQuery,
  replaceQuickReplyBody,
  updateQuickReplyBody,
} from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';
import type { QuickRepliesService } from './quick-replies.service.ts';

const tags = ['quick replies'];
const security = [{ bearerAuth: [] }];
const cursorShape = z.object({
  usage_count: z.number().int(),
  title: z.string(),
  id: z.uuid(),
});
const categories = QUICK_REPLY_CATEGORIES.map((c) => `\`${c}\``).join(', ');
const ownership =
  'Only its owner sees or changes a template: anyone else gets 404. `property_id` must be one of ' +
  "the caller's properties (400 otherwise) or null for a global template usable in every conversation.";

export const quickRepliesRoutes: FastifyPluginAsyncZod<{
  quickReplies: QuickRepliesService;
}> = async (app, { quickReplies }) => {
  app.get(
    '/api/messaging/quick-replies',
    {
      schema: {
        tags,
        security,
        summary: "The caller's quick reply templates, most used first",
        description:
          'Active templates only unless `include_inactive=true`; `category` narrows to one category ' +
          `(${categories}); with \`property_id\` (one of the caller's properties, 400 otherwise) that ` +
          "property's templates plus the global ones. Ties in usage are ordered by title. A host's " +
          "first property brings a starter set of one global template per category. The next page's " +
          'URL is in the `Link` header.',
        querystring: quickReplyListQuery,
        response: { 200: quickReplyList, 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const { cursor, include_inactive, ...query } = request.query;
      const page = await quickReplies.list(request.actor, {
        ...query,
        include_inactive: include_inactive === 'true',
        after: decodeCursor(cursor, cursorShape),
      });
      setNextLink(request, reply, page.next && encodeCursor(page.next));
      return page.items;
    },
  );

  app.post(
    '/api/messaging/quick-replies/create',
    {
      schema: {
        tags,
        security,
        summary: 'Create a quick reply template',
        description:
          `\`title\` is 1–100 characters, \`message\` 1–5000; \`category\` is one of ${categories} ` +
          `(default \`custom\`; anything else is a 400). ${ownership}\n\n${QUICK_REPLY_RENDERING_RULES}`,
        body: createQuickReplyBody,
        response: { 201: quickReply, 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await quickReplies.create(request.actor, request.body)),
  );

  app.get(
    '/api/messaging/quick-replies/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One quick reply template',
        description: ownership,
        params: idParams,
        response: { 200: quickReply, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => quickReplies.get(request.actor, request.params.id),
  );

  app.put(
    '/api/messaging/quick-replies/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Replace a quick reply template',
        description:
          '`title`, `message` and `category` are required; `property_id` and `is_active` keep their ' +
          `value when left out (send \`property_id: null\` to make the template global). ${ownership}`,
        params: idParams,
        body: replaceQuickReplyBody,
        response: { 200: quickReply, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => quickReplies.update(request.actor, request.params.id, request.body),
  );

  app.patch(
    '/api/messaging/quick-replies/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change some fields of a quick reply template',
        description: `Like PUT, with every field optional. ${ownership}`,
        params: idParams,
        body: updateQuickReplyBody,
        response: { 200: quickReply, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => quickReplies.update(request.actor, request.params.id, request.body),
  );

  app.delete(
    '/api/messaging/quick-replies/:id/delete',
    {
      schema: {
        tags,
        security,
        summary: 'Delete a quick reply template',
        description: `Answers 204 with no body. Messages already sent with it stay. ${ownership}`,
        params: idParams,
        response: {
          204: z
            .null()
            .describe('Deleted')
            .meta({ examples: [null] }),
          400: errorBody,
          401: errorBody,
          404: errorBody,
        },
      },
    },
    async (request, reply) => {
      await quickReplies.remove(request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/messaging/quick-replies/:id/preview',
    {
      schema: {
        tags,
        security,
        summary: 'Render a template for a conversation without sending it',
        description:
          'The text `POST /api/messaging/messages/send/` with this `quick_reply_id` (and no `message`) ' +
          'would send in that conversation, so the composer can show it for editing first. 404 when the ' +
          "template or the conversation is not the caller's; 400 when the template belongs to another " +
          `property than the conversation's.\n\n${QUICK_REPLY_RENDERING_RULES}`,
        params: idParams,
        querystring: quickReplyPreviewQuery,
        response: { 200: quickReplyPreview, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) =>
      quickReplies.preview(request.actor, request.params.id, request.query.conversation_id),
  );
};
