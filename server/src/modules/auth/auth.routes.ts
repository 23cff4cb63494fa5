import { languageOfLocale, routes, type Session } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { contractRoute } from '../../platform/http/contract-route.ts';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { AuthService } from './auth.service.ts';

export interface AuthRoutesOptions {
  auth: AuthService;
  loginLimiter: RateLimiter;
  /** Sign-ins, sign-ups and reset requests per address, whatever the email. */
  addressLimiter: RateLimiter;
  /** How long a refresh token lives: the refresh cookie's Max-Age. */
  refreshTokenTtlSeconds: number;
}

/** The browser's refresh token: out of its scripts' reach, sent only to the auth routes. */
export const REFRESH_COOKIE = 'flexbnb_refresh';
const REFRESH_COOKIE_PATH = '/api/auth';

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
  { auth, loginLimiter, addressLimiter, refreshTokenTtlSeconds },
) => {
  const limitAddress = (request: FastifyRequest) => addressLimiter.consume(request.ip);
  const cookieOptions = (request: FastifyRequest) => ({
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict' as const,
    // Secure only behind HTTPS: a plain-HTTP deployment on a LAN must keep working.
    secure: request.protocol === 'https',
  });

  /** The session as asked: its refresh token in the body, or moved into the cookie. */
  function answerSession(
    request: FastifyRequest,
    reply: FastifyReply,
    session: Session,
    inCookie: boolean | undefined,
  ): Session {
    if (!inCookie || !session.refresh_token) return session;
    void reply.setCookie(REFRESH_COOKIE, session.refresh_token, {
      ...cookieOptions(request),
      maxAge: refreshTokenTtlSeconds,
    });
    return { ...session, refresh_token: undefined };
  }

  const clearRefreshCookie = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(REFRESH_COOKIE, cookieOptions(request));
  // Password guesses through the account routes spend the login budget too, per account.
  const limitPasswordChecks = (request: FastifyRequest) =>
    loginLimiter.consume(`${request.ip}:account:${request.actor.id}`);

  app.route({
    ...contractRoute(routes.registerUser),
    // Each sign-up costs a password hash and an email: one address cannot send thousands.
    preHandler: limitAddress,
    handler: async (request, reply) => {
      // The address has no account to read a language from: the one the sign-up page shows.
      const language = languageOfLocale(
        request.headers['accept-language']?.split(/[,;]/)[0]?.trim(),
      );
      await auth.register(request.body, originOf(request), language ?? 'en');
      return reply.code(202).send({ status: 'accepted' as const });
    },
  });

  app.route({
    ...contractRoute(routes.confirmRegistration),
    preHandler: limitAddress,
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          answerSession(
            request,
            reply,
            await auth.confirmRegistration(request.body.token),
            request.body.refresh_cookie,
          ),
        ),
  });

  app.route({
    ...contractRoute(routes.login),
    // Per address and email together: guessing one account's password is slowed without
    // one busy address (an office behind NAT) locking everybody out of their own account…
    // and per address alone, so that one address cannot try a password on every account.
    preHandler: async (request) => {
      await limitAddress(request);
      await loginLimiter.consume(`${request.ip}:${request.body.email.trim().toLowerCase()}`);
    },
    handler: async (request, reply) =>
      answerSession(
        request,
        reply,
        await auth.login(request.body.email, request.body.password),
        request.body.refresh_cookie,
      ),
  });

  app.route({
    ...contractRoute(routes.refreshToken),
    handler: async (request, reply) => {
      const fromCookie = !request.body.refresh_token;
      const token = request.body.refresh_token ?? request.cookies[REFRESH_COOKIE];
      if (!token) {
        throw new AppError('unauthorized', 'Send refresh_token, or sign in again');
      }
      return answerSession(
        request,
        reply,
        await auth.refresh(token),
        request.body.refresh_cookie ?? fromCookie,
      );
    },
  });

  app.route({
    ...contractRoute(routes.logout),
    handler: async (request, reply) => {
      const token = request.body.refresh_token ?? request.cookies[REFRESH_COOKIE];
      if (token) await auth.logout(token);
      clearRefreshCookie(request, reply);
      return reply.code(204).send(null);
    },
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
    // A browser keeping its refresh token in the cookie gets the new one there too.
    handler: async (request, reply) =>
      answerSession(
        request,
        reply,
        await auth.changePassword(
          request.actor,
          request.body.current_password,
          request.body.new_password,
        ),
        request.cookies[REFRESH_COOKIE] !== undefined,
      ),
  });

  app.route({
    ...contractRoute(routes.requestPasswordReset),
    // Per address and email, as logins: nobody can flood one inbox with reset emails.
    preHandler: async (request) => {
      await limitAddress(request);
      await loginLimiter.consume(`${request.ip}:reset:${request.body.email.trim().toLowerCase()}`);
    },
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
      clearRefreshCookie(request, reply);
      return reply.code(204).send(null);
    },
  });
};
