import type { ApiKeyScope } from '@flexbnb/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, PlatformCaller } from '../context.ts';
import { AppError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; set on every route not marked `config: { public: true }`. */
    actor: Actor;
    /** The platform's API key, on the routes that take one instead of a user's token. */
    platform: PlatformCaller;
  }
  interface FastifyContextConfig {
    public?: boolean;
    /** The route takes a platform's API key holding this scope, not a user's token. */
    apiKeyScope?: ApiKeyScope;
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

export interface Verifiers {
  /** A user's access token (ours or the external issuer's). */
  user: (token: string) => Promise<Actor>;
  /** A platform's API key, which must hold `scope`. */
  apiKey: (key: string, scope: ApiKeyScope) => Promise<PlatformCaller>;
}

/**
 * Requires a valid bearer token on every `/api/` route, unless the route says it is public
 * or lies under one of `publicPrefixes` (pages served by plugins, such as the API docs): a
 * user's token, or a platform's API key on the routes that name a scope. Neither is taken
 * where the other is expected.
 */
export function installAuthentication(
  app: FastifyInstance,
  verify: Verifiers,
  publicPrefixes: string[] = [],
) {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('platform', null as unknown as PlatformCaller);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const url = request.routeOptions.url;
    const { config } = request.routeOptions;
    if (!url?.startsWith('/api/') || config.public) return;
    if (publicPrefixes.some((prefix) => url.startsWith(prefix))) return;
    const token = bearerToken(request.headers.authorization);
    if (config.apiKeyScope) {
      if (!token) {
        throw new AppError(
          'unauthorized',
          "Send the platform's API key: Authorization: Bearer <key>",
        );
      }
      request.platform = await verify.apiKey(token, config.apiKeyScope);
      return;
    }
    if (!token) {
      throw new AppError('unauthorized', 'Sign in: send Authorization: Bearer <access_token>');
    }
    request.actor = await verify.user(token);
  });
}
