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

/** Requires a valid bearer token on every route unless the route says it is public. */
export function installAuthentication(
  app: FastifyInstance,
  verify: (token: string) => Promise<Actor>,
) {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.routeOptions.config.public || !request.routeOptions.url) return;
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      throw new AppError('unauthorized', 'Sign in: send Authorization: Bearer <access_token>');
    }
    request.actor = await verify(token);
  });
}
