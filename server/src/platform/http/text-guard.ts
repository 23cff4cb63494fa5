import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../errors.ts';
import { findUnstorableText } from '../text.ts';

/**
 * Refuses a request whose body, query or path holds text no column can store (a NUL
 * character, a lone surrogate) with 400 validation_failed naming the field, before the
 * schemas run: otherwise it would reach the database and fail there without a field name.
 */
export function installTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const field =
      findUnstorableText(request.params, 'params') ??
      findUnstorableText(request.query, 'query') ??
      findUnstorableText(request.body, 'body');
    if (field) {
      throw badRequest(`${field}: must not contain NUL characters or invalid Unicode`, [
        { field, message: 'must not contain NUL characters or invalid Unicode' },
      ]);
    }
  });
}
