import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { AuthService } from './auth.service.ts';

export interface AuthRoutesOptions {
  auth: AuthService;
  loginLimiter: RateLimiter;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { auth, loginLimiter },
) => {
  app.route({
    ...contractRoute(routes.registerUser),
    handler: async (request, reply) => reply.code(201).send(await auth.register(request.body)),
  });

  app.route({
    ...contractRoute(routes.login),
    // Per address and email together: guessing one account's password is slowed without
    // one busy address (an office behind NAT) locking everybody out.
    preHandler: (request) =>
      loginLimiter.consume(`${request.ip}:${request.body.email.trim().toLowerCase()}`),
    handler: async (request) => auth.login(request.body.email, request.body.password),
  });

  app.route({
    ...contractRoute(routes.refreshToken),
    handler: async (request) => auth.refresh(request.body.refresh_token),
  });

  app.route({
    ...contractRoute(routes.getCurrentUser),
    handler: async (request) => auth.me(request.actor),
  });
};
