import { createServer as createHttpServer, type ServerOptions } from 'node:http';
import type { Agent } from 'node:https';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { SOCKET_PATH } from '@flexbnb/contracts';
import type { Config } from './config.ts';
import type { Database } from './platform/db/connect.ts';
import { DOCS_PREFIX, installApiDocs } from './platform/http/api-docs.ts';
import { installAuthentication } from './platform/http/authenticate.ts';
import { frameworkErrors, installErrorHandler } from './platform/http/error-handler.ts';
import { installHealth } from './platform/http/health.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { installTextGuard } from './platform/http/text-guard.ts';
import { installWebApp } from './platform/http/web-app.ts';
import { createMetrics, installMetrics } from './platform/metrics.ts';
import { createRateLimiter } from './platform/rate-limit.ts';
import { createGateway, type Gateway } from './platform/realtime/gateway.ts';
import { createLocalPeers, createRedisPeers } from './platform/realtime/peers.ts';
import { openRedis } from './platform/realtime/redis.ts';
import { adminRoutes } from './modules/admin/index.ts';
import { attachmentsRoutes } from './modules/attachments/index.ts';
import { authRoutes } from './modules/auth/index.ts';
import { conversationsRoutes } from './modules/conversations/index.ts';
import { messagesRoutes } from './modules/messages/index.ts';
import { notificationsRoutes } from './modules/notifications/index.ts';
import { platformSyncRoutes } from './modules/platform-sync/index.ts';
import { demoRoutes } from './modules/demo/index.ts';
import { propertiesRoutes } from './modules/properties/index.ts';
import { quickRepliesRoutes } from './modules/quick-replies/index.ts';
import { remindersRoutes } from './modules/reminders/index.ts';
import { reservationsRoutes } from './modules/reservations/index.ts';
import { scheduledMessagesRoutes } from './modules/scheduled-messages/index.ts';
import { screeningRoutes } from './modules/screening/index.ts';
import { translationRoutes } from './modules/translation/index.ts';
import { searchRoutes } from './modules/search/index.ts';
import { installSocketHandlers, syncRoutes } from './modules/sync/index.ts';
import { webhooksRoutes } from './modules/webhooks/index.ts';
import { loadTexts } from './platform/i18n.ts';
import { createServices, type Services } from './services.ts';

export interface AppDeps {
  database: Database;
  now?: () => Date;
  /** The built web app to serve at `/` (see platform/http/web-app.ts); none when absent. */
  webDir?: string;
  /** See `ServiceDeps.httpsAgent`. */
  httpsAgent?: Agent;
  /** True once the node is stopping: `/readyz` answers 503 so load balancers turn away first. */
  stopping?: () => boolean;
}

function loggerOptions(config: Config) {
  return config.logLevel === 'silent'
    ? false
    : { level: config.logLevel, redact: ['req.headers.authorization'] };
}

/**
 * A node that serves no API (`ROLES=worker`): only the health probes and `/metrics` (its jobs'
 * deliveries and sends are counted where they run) over HTTP, and the services its background
 * jobs run with. Such a node holds no sockets, so what its jobs record reaches clients through
 * sync.
 */
export async function buildWorkerApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    routerOptions: { ignoreTrailingSlash: true },
  });
  installErrorHandler(app);
  const metrics = createMetrics({ database: deps.database, log: app.log });
  installMetrics(app, { metrics, token: config.metricsToken });
  await installHealth(app, { ping: () => deps.database.ping(), stopping: deps.stopping });
  const now = deps.now ?? (() => new Date());
  const services = createServices({
    db: deps.database.db,
    config,
    now,
    log: app.log,
    httpsAgent: deps.httpsAgent,
    metrics,
    texts: await loadTexts(),
  });
  app.addHook('onClose', () => services.notifications.close());
  app.addHook('onClose', () => services.attachments.close());
  app.decorate('services', services);
  return app;
}

/** The HTTP application, ready to `inject` or `listen`; it never listens by itself. */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    serverFactory: (handler) => createHttpServer(httpServerOptions(config), handler),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();

  const now = deps.now ?? (() => new Date());
  const redis = config.redisUrl ? await openRedis(config.redisUrl, app.log) : undefined;
  // One budget per user for sending, whether over REST or the socket, across every node.
  const sendLimiter = createRateLimiter({
    prefix: `${config.redisPrefix}:send`,
    points: config.sendRateLimitPerMinute,
    windowSeconds: 60,
    redis: redis?.pub,
    log: app.log,
  });
  // Login attempts per (address, email), shared by every node like the send budget.
  const loginLimiter = createRateLimiter({
    prefix: `${config.redisPrefix}:login`,
    points: config.loginRateLimitPerMinute,
    windowSeconds: 60,
    redis: redis?.pub,
    log: app.log,
  });
  // Sign-ins, sign-ups and reset requests per address, whatever the email.
  const addressLimiter = createRateLimiter({
    prefix: `${config.redisPrefix}:auth-address`,
    points: config.authRateLimitPerAddressPerMinute,
    windowSeconds: 60,
    redis: redis?.pub,
    log: app.log,
  });
  // Uploads per user, across every node like the send budget.
  const uploadLimiter = createRateLimiter({
    prefix: `${config.redisPrefix}:upload`,
    points: config.attachments.uploadsPerMinute,
    windowSeconds: 60,
    redis: redis?.pub,
    log: app.log,
  });
  const metrics = createMetrics({ database: deps.database, log: app.log });
  // The gateway needs the services (to authenticate) and they need it (to publish).
  const services = createServices({
    db: deps.database.db,
    config,
    now,
    log: app.log,
    publish: (deliveries, options) => gateway.publish(deliveries, options),
    endSessions: (userId, message, sessionId) => gateway.disconnectUser(userId, message, sessionId),
    peers: redis ? createRedisPeers(redis, config.redisPrefix, app.log) : createLocalPeers(),
    httpsAgent: deps.httpsAgent,
    metrics,
    texts: await loadTexts(),
  });
  const gateway = createGateway({
    server: app.server,
    path: SOCKET_PATH,
    allowedOrigins: allowedOrigins(config),
    authenticate: (token) => services.auth.authenticate(token),
    inactiveUsers: (ids) => services.auth.inactiveUsers(ids),
    recheckMs: config.socketAccountCheckSeconds * 1000,
    now,
    adapter: redis?.socketAdapter(`${config.redisPrefix}:socket.io`),
    log: app.log,
    onConnection: (socket) => {
      // The console's "last seen": written behind, off the path of anything the socket does.
      const account = socket.data.actor.id;
      services.auth.seen(account);
      socket.on('disconnect', () => services.auth.seen(account));
      installSocketHandlers(socket, {
        send: (actor, body, origin) => services.messages.send(actor, body, origin),
        otherParticipant: (actor, id) => services.conversations.otherParticipant(actor, id),
        sendLimiter,
        sendToUser: (userId, name, payload) => gateway.sendToUser(userId, name, payload),
        log: app.log,
      });
    },
  });
  // This node's own sockets (after authentication), not the cluster's.
  metrics.countSocketsWith(() => gateway.io.of('/').sockets.size);
  app.addHook('preClose', () => gateway.close());
  app.addHook('onClose', async () => {
    await services.notifications.close();
    await services.attachments.close();
    await services.auth.close();
    await redis?.close();
  });

  // The API speaks JSON only: any other body is a 415, not a string handed to validation.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        // The API docs page loads its own script and styles from this origin.
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        // Attachments need the bearer token, so the app plays voice messages from blob URLs.
        'media-src': ["'self'", 'blob:'],
        // The socket on this origin only ('self' covers ws: and wss: of it in CSP 3); named
        // outright too where PUBLIC_URL says what it is, for browsers that read CSP 2.
        'connect-src': ["'self'", ...socketOrigins(config)],
      },
    },
  });
  installAuthentication(
    app,
    {
      user: (token) => services.auth.authenticate(token),
      apiKey: (key, scope) => services.admin.apiKeys.verify(key, scope),
    },
    [DOCS_PREFIX],
  );
  // Read only by the auth routes (the refresh cookie is scoped to them).
  await app.register(fastifyCookie);
  installTextGuard(app);
  // After the hooks above, so that /metrics gets them too; before the routes it times.
  installMetrics(app, { metrics, token: config.metricsToken });

  await installApiDocs(app);
  await installHealth(app, { ping: () => deps.database.ping(), stopping: deps.stopping });

  await app.register(authRoutes, {
    auth: services.auth,
    loginLimiter,
    addressLimiter,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
  });
  await app.register(propertiesRoutes, { properties: services.properties });
  await app.register(reservationsRoutes, { reservations: services.reservations });
  await app.register(remindersRoutes, { reminders: services.reminders });
  await app.register(conversationsRoutes, {
    conversations: services.conversations,
    sendLimiter,
  });
  await app.register(messagesRoutes, {
    messages: services.messages,
    sendLater: (actor, body) => services.scheduledMessages.sendLater(actor, body),
    sendLimiter,
  });
  await app.register(scheduledMessagesRoutes, { scheduled: services.scheduledMessages });
  await app.register(attachmentsRoutes, {
    attachments: services.attachments,
    uploadLimiter,
    maxBytes: config.attachments.maxBytes,
  });
  await app.register(quickRepliesRoutes, { quickReplies: services.quickReplies });
  await app.register(searchRoutes, { search: services.search });
  await app.register(screeningRoutes, { screening: services.screening });
  await app.register(translationRoutes, { translation: services.translation });
  await app.register(syncRoutes, { sync: services.sync });
  await app.register(notificationsRoutes, { notifications: services.notifications });
  await app.register(demoRoutes, { demo: services.demo });
  await app.register(adminRoutes, { admin: services.admin });
  await app.register(webhooksRoutes, { webhooks: services.webhooks });
  await app.register(platformSyncRoutes, {
    platformSync: services.platformSync,
    platformImport: services.platformImport,
  });
  if (deps.webDir) await installWebApp(app, deps.webDir, { embedOrigins: config.embedOrigins });

  app.decorate('services', services);
  app.decorate('realtime', gateway);
  return app;
}

/**
 * A client must send its request within REQUEST_TIMEOUT_MS, and its headers within 20 s:
 * one that trickles them (slowloris) or stalls mid-body is answered 408 and dropped instead
 * of holding a connection for ever (Fastify's own defaults are no limit). Node checks the
 * limits every `connectionsCheckingInterval`, so that follows the timeout.
 */
function httpServerOptions(config: Config): ServerOptions {
  const requestTimeout = config.requestTimeoutMs;
  return {
    requestTimeout,
    headersTimeout: Math.min(20_000, requestTimeout),
    connectionsCheckingInterval: Math.min(1000, Math.ceil(requestTimeout / 4)),
    keepAliveTimeout: 72_000,
  };
}

/** The WebSocket origin of PUBLIC_URL (`wss://host` for `https://host`), when it is set. */
function socketOrigins(config: Config): string[] {
  if (!config.publicUrl) return [];
  const url = new URL(config.publicUrl);
  return [`${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`];
}

/**
 * The origins a browser may open the socket from: PUBLIC_URL's and CORS_ORIGINS. With neither
 * set, only the origin the request was sent to (the app serving its own pages).
 */
function allowedOrigins(config: Config): string[] {
  const origins = [
    ...(config.publicUrl ? [new URL(config.publicUrl).origin] : []),
    ...config.corsOrigins.map((o) => (o === '*' ? o : new URL(o).origin)),
  ];
  return [...new Set(origins)];
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    realtime: Gateway;
  }
}
