import { routes } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { AuthService } from './auth.service.ts';

export interface AuthRoutesOptions {
  auth: AuthService;
  loginLimiter: RateLimiter;
}

/**
 * The web app's origin, for the links of account emails when PUBLIC_URL is unset: the
 * `Origin` the browser sent, or the address the request came to.
 */
function originOf(request: FastifyRequest): string {
  const origin = request.headers.origin;
  if (origin && /^https?:\/\/[^/\s]+$/.test(origin)) return origin;
  return `${request.protocol}://${request.host}`;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { auth, loginLimiter },
) => {
  // Password guesses through the account routes spend the login budget too, per account.
  const limitPasswordChecks = (request: FastifyRequest) =>
    loginLimiter.consume(`${request.ip}:account:${request.actor.id}`);

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

  app.route({
    ...contractRoute(routes.updateCurrentUser),
    handler: async (request) => auth.updateProfile(request.actor, request.body),
  });

  app.route({
    ...contractRoute(routes.deleteCurrentUser),
    preHandler: limitPasswordChecks,
    handler: async (request, reply) => {
      await auth.deleteAccount(request.actor, request.body.password);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...contractRoute(routes.changePassword),
    preHandler: limitPasswordChecks,
    handler: async (request) =>
      auth.changePassword(request.actor, request.body.current_password, request.body.new_password),
  });

  app.route({
    ...contractRoute(routes.requestPasswordReset),
    // Per address and email, as logins: nobody can flood one inbox with reset emails.
    preHandler: (request) =>
      loginLimiter.consume(`${request.ip}:reset:${request.body.email.trim().toLowerCase()}`),
    handler: async (request, reply) => {
      await auth.requestPasswordReset(request.body.email, originOf(request));
      return reply.code(202).send({ status: 'accepted' as const });
    },
  });

  app.route({
    ...contractRoute(routes.confirmPasswordReset),
    handler: async (request, reply) => {
      await auth.confirmPasswordReset(request.body.token, request.body.password);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...contractRoute(routes.requestEmailChange),
    preHandler: limitPasswordChecks,
    handler: async (request, reply) => {
      await auth.requestEmailChange(
        request.actor,
        request.body.password,
        request.body.new_email,
        originOf(request),
      );
      return reply.code(202).send({ status: 'accepted' as const });
    },
  });

  app.route({
    ...contractRoute(routes.confirmEmailChange),
    handler: async (request) => auth.confirmEmailChange(request.body.token),
  });

  app.route({
    ...contractRoute(routes.logoutAll),
    handler: async (request, reply) => {
      await auth.logoutAll(request.actor);
      return reply.code(204).send(null);
    },
  });
};
