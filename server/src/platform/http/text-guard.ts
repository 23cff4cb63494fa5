import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertStorableText } from '../text.ts';

/**
 * Refuses a request whose body, query or path holds text no column can store (a NUL
 * character, a lone surrogate) with 400 validation_failed naming the field, before the
 * schemas run: otherwise it would reach the database and fail there without a field name.
 */
export function installTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    assertStorableText(request.params, 'params');
    assertStorableText(request.query, 'query');
    assertStorableText(request.body, 'body');
  });
}
