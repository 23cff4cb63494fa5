import { Readable } from 'node:stream';
import { IMPORT_MAX_LINE_BYTES, routes, type ImportSummary } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { contractRoute } from '../../platform/http/contract-route.ts';
import { ndjsonLines } from '../../platform/http/ndjson.ts';
import type { PlatformImport } from './platform-sync.import.ts';
import type { PlatformSyncService } from './platform-sync.service.ts';

const NDJSON = 'application/x-ndjson';

/** The sync API: a platform's API key upserting its records by its own ids (201 created, 200 otherwise). */
export const platformSyncRoutes: FastifyPluginAsyncZod<{
  platformSync: PlatformSyncService;
  platformImport: PlatformImport;
}> = async (app, { platformSync, platformImport }) => {
  // An import's body is read as it arrives, line by line (no body limit: each line has one).
  app.addContentTypeParser(NDJSON, (_request, body, done) => done(null, body));

  app.route({
    ...contractRoute(routes.importPlatformRecords),
    handler: async (request, reply) => {
      const body: unknown = request.body;
      if (!(body instanceof Readable)) {
        throw new AppError(
          'unsupported_media_type',
          `Send the body as ${NDJSON}: one JSON object a line`,
        );
      }
      const results = platformImport.importRecords(
        ndjsonLines(body, IMPORT_MAX_LINE_BYTES),
        request.platform.scopes,
        request.platform.keyId,
      );
      const answer = Readable.from(
        (async function* () {
          try {
            for await (const result of results) yield `${JSON.stringify(result)}\n`;
          } catch (err) {
            // The answer has begun: the lines so far stand, the missing summary says it stopped.
            request.log.error({ err }, 'import stopped');
            throw err;
          }
        })(),
      );
      // A stream goes out as it is, past the serializer the table's schema types the body for.
      return reply.type(NDJSON).send(answer as unknown as ImportSummary);
    },
  });

  app.route({
    ...contractRoute(routes.upsertPlatformUser),
    handler: async (request, reply) => {
      const { value, created } = await platformSync.upsertUser(
        request.params.external_id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(value);
    },
  });

  app.route({
    ...contractRoute(routes.deletePlatformUser),
    handler: async (request, reply) => {
      await platformSync.deleteUser(request.params.external_id);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...contractRoute(routes.upsertPlatformProperty),
    handler: async (request, reply) => {
      const { value, created } = await platformSync.upsertProperty(
        request.params.external_id,
        request.body,
        request.platform.keyId,
      );
      return reply.code(created ? 201 : 200).send(value);
    },
  });

  app.route({
    ...contractRoute(routes.upsertPlatformReservation),
    handler: async (request, reply) => {
      const { value, created } = await platformSync.upsertReservation(
        request.params.external_id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(value);
    },
  });

  app.route({
    ...contractRoute(routes.cancelPlatformReservation),
    handler: async (request) => platformSync.cancelReservation(request.params.external_id),
  });

  app.route({
    ...contractRoute(routes.postPlatformMessage),
    handler: async (request, reply) => {
      const { message, created } = await platformSync.postMessage(request.body);
      return reply.code(created ? 201 : 200).send(message);
    },
  });
};
