import { errorBody, loginBody, refreshBody, registerBody, session, user } from '@flexbnb/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { AuthService } from './auth.service.ts';

export interface AuthRoutesOptions {
  auth: AuthService;
  loginLimiter: RateLimiter;
}

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { auth, loginLimiter },
) => {
  app.post(
    '/api/auth/register',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Create an account and sign in',
        body: registerBody,
        response: { 201: session, 400: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await auth.register(request.body)),
  );

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      // Per address and email together: guessing one account's password is slowed without
      // one busy address (an office behind NAT) locking everybody out.
      preHandler: (request) =>
        loginLimiter.consume(`${request.ip}:${request.body.email.trim().toLowerCase()}`),
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: loginBody,
        response: { 200: session, 400: errorBody, 401: errorBody, 429: errorBody },
      },
    },
    async (request) => auth.login(request.body.email, request.body.password),
  );

  app.post(
    '/api/auth/refresh',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Exchange a refresh token for a new token pair',
        description: 'Each refresh token works once; the answer carries its replacement.',
        body: refreshBody,
        response: { 200: session, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => auth.refresh(request.body.refresh_token),
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags,
        summary: 'The signed-in user',
        security: [{ bearerAuth: [] }],
        response: { 200: user, 401: errorBody },
      },
    },
    async (request) => auth.me(request.actor),
  );
};
