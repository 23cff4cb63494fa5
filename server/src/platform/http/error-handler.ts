import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '@flexbnb/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, databaseError } from '../errors.ts';

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

// Fastify's own errors for malformed requests, by their code.
const FASTIFY_ERRORS: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'The request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'The request body is empty but says it is JSON'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request body is larger than 1 MB'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Send the body as application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    'validation_failed',
    'Content-Length does not match the body',
  ],
  FST_ERR_CTP_INVALID_TYPE: ['unsupported_media_type', 'Send the body as application/json'],
  FST_ERR_BAD_URL: ['validation_failed', 'The URL is not valid: a part of it cannot be decoded'],
  FST_ERR_MAX_PARAM_LENGTH: ['validation_failed', 'A part of the URL is too long'],
};

// The first documented error code of each status.
const STATUS_CODES = new Map<number, ErrorCode>(
  (Object.entries(ERROR_STATUS) as [ErrorCode, number][])
    .reverse()
    .map(([code, status]) => [status, code]),
);

/** One error shape for every failure; no input reaches the client as a 500. */
export function installErrorHandler(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .send(body('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`));
  });

  app.setErrorHandler(handleError);
}

/**
 * For Fastify's `frameworkErrors` option: the router answers a URL it cannot decode, or a
 * path parameter over `maxParamLength`, before any hook or error handler runs; this sends
 * those through the same mapping (400 validation_failed) instead of Fastify's own shape.
 */
export function frameworkErrors(
  err: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void handleError(err, request, reply);
}

function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    if (err.headers) void reply.headers(err.headers);
    return reply.code(err.status).send(body(err.code, err.message, err.details));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'request';
    const issues = err.validation.map((v) => ({
      field: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'is invalid',
    }));
    const first = issues[0];
    return reply
      .code(400)
      .send(
        body(
          'validation_failed',
          first ? `${first.field}: ${first.message}` : 'The request is not valid',
          issues,
        ),
      );
  }
  const known = FASTIFY_ERRORS[err.code];
  if (known) return reply.code(ERROR_STATUS[known[0]]).send(body(known[0], known[1]));
  if (err.statusCode === 429) {
    return reply
      .code(429)
      .send(body('rate_limited', err.message || 'Too many requests; slow down'));
  }
  const dbError = databaseError(err);
  if (dbError) {
    request.log.warn({ err }, 'database refused the request');
    if (dbError[0] === 'unavailable') void reply.header('retry-after', '1');
    return reply.code(ERROR_STATUS[dbError[0]]).send(body(dbError[0], dbError[1]));
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // A plugin's own client error: keep the code and status of the documented pair.
    const code = STATUS_CODES.get(err.statusCode) ?? 'validation_failed';
    return reply.code(ERROR_STATUS[code]).send(body(code, err.message));
  }
  request.log.error({ err }, 'unhandled error');
  return reply.code(500).send(body('internal', 'Something went wrong on our side'));
}
