import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import { ATTACHMENT_UPLOAD_FIELD, routes } from '@flexbnb/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, badRequest } from '../../platform/errors.ts';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import { contentDisposition, matchesEtag, parseRange } from './attachments.http.ts';
import { tooLarge, type AttachmentsService } from './attachments.service.ts';

export interface AttachmentsRoutesOptions {
  attachments: AttachmentsService;
  /** Uploads per user and minute, shared by every node. */
  uploadLimiter: RateLimiter;
  /** `ATTACHMENT_MAX_BYTES`: the multipart parser stops reading past it. */
  maxBytes: number;
}

const FIELD = ATTACHMENT_UPLOAD_FIELD;
const sendAs = `send the file as multipart/form-data in the field "${FIELD}"`;

/** The multipart parser's refusals, as the API's errors; every other failure is a malformed body. */
function multipartError(err: unknown, maxBytes: number): AppError {
  if (err instanceof AppError) return err;
  switch ((err as { code?: unknown }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return badRequest(`Send one file at a time: ${sendAs}`);
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return badRequest(`Too many parts: ${sendAs}, and nothing else`);
    default:
      return badRequest(
        `The multipart body cannot be read (${err instanceof Error ? err.message : 'malformed'}): ${sendAs}`,
      );
  }
}

/**
 * The one file of a multipart upload, read whole: the parser stops at `maxBytes`, so more is
 * never held, and a file cut there is refused before anything is kept.
 */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', `The body is not multipart/form-data: ${sendAs}`);
  }
  try {
    const part = await request.file({
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
    });
    if (!part) throw badRequest(`No file: ${sendAs}`, [{ field: FIELD, message: 'is missing' }]);
    if (part.fieldname !== FIELD) {
      part.file.resume();
      throw badRequest(`The file is in the field "${part.fieldname}": ${sendAs}`, [
        { field: FIELD, message: 'is missing' },
      ]);
    }
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw tooLarge(maxBytes);
    return { bytes, filename: part.filename };
  } catch (err) {
    throw multipartError(err, maxBytes);
  }
}

export const attachmentsRoutes: FastifyPluginAsyncZod<AttachmentsRoutesOptions> = async (
  app,
  { attachments, uploadLimiter, maxBytes },
) => {
  // Here only: every other route of the API takes JSON alone.
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1 } });

  app.route({
    ...contractRoute(routes.uploadAttachment),
    preHandler: (request) => uploadLimiter.consume(`upload:${request.actor.id}`),
    handler: async (request, reply) => {
      const file = await readUpload(request, maxBytes);
      return reply.code(201).send(await attachments.upload(request.actor, file));
    },
  });

  for (const [route, part] of [
    [routes.getAttachmentContent, 'content'],
    [routes.getAttachmentThumbnail, 'thumbnail'],
  ] as const) {
    app.route({
      ...contractRoute(route),
      handler: async (request, reply) => {
        const file = await attachments.open(request.actor, request.params.id, part);
        // Checked again on every request (no-cache): an unsent message's files stop at once.
        void reply.headers({ etag: file.etag, 'cache-control': 'private, no-cache' });
        if (matchesEtag(request.headers['if-none-match'], file.etag)) {
          return reply.code(304).send(null);
        }
        const ifRange = request.headers['if-range'];
        const wanted =
          ifRange === undefined || ifRange === file.etag
            ? parseRange(request.headers.range, file.size)
            : ({ kind: 'whole' } as const);
        if (wanted.kind === 'unsatisfiable') {
          throw new AppError(
            'range_not_satisfiable',
            `The range is outside the file of ${file.size} bytes`,
            undefined,
            { 'content-range': `bytes */${file.size}` },
          );
        }
        const range = wanted.kind === 'range' ? wanted.range : undefined;
        // HEAD: the headers only, without fetching the file (Fastify would read it to the end).
        const body = request.method === 'HEAD' ? Readable.from([]) : await file.read(range);
        void reply.headers({
          'content-type': file.contentType,
          'content-disposition': contentDisposition(file.name),
          'x-content-type-options': 'nosniff',
          'accept-ranges': 'bytes',
          'content-length': String(range ? range.end - range.start + 1 : file.size),
          ...(range && { 'content-range': `bytes ${range.start}-${range.end}/${file.size}` }),
        });
        // A stream goes out as it is, past the serializer the table's schema types the body for.
        return reply.code(range ? 206 : 200).send(body as unknown as string);
      },
    });
  }
};
