import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../context.ts';
import { AppError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; set on every route not marked `config: { public: true }`. */
    actor: Actor;
  }
  interface FastifyContextConfig {
    public?: boolean;
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

/**
 * Requires a valid bearer token on every `/api/` route, unless the route says it is public
 * or lies under one of `publicPrefixes` (pages served by plugins, such as the API docs).
 */
export function installAuthentication(
  app: FastifyInstance,
  verify: (token: string) => Promise<Actor>,
  publicPrefixes: string[] = [],
) {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const url = request.routeOptions.url;
    if (!url?.startsWith('/api/') || request.routeOptions.config.public) return;
    if (publicPrefixes.some((prefix) => url.startsWith(prefix))) return;
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      throw new AppError('unauthorized', 'Sign in: send Authorization: Bearer <access_token>');
    }
    request.actor = await verify(token);
  });
}
