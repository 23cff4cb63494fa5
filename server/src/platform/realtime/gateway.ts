import type { Server as HttpServer } from 'node:http';
import { decodeJwt } from 'jose';
import { Server, type DefaultEventsMap, type ServerOptions, type Socket } from 'socket.io';
import type { Actor } from '../context.ts';
import type { UserEvent } from '../events/index.ts';
import { AppError, databaseError } from '../errors.ts';

/** The room every socket of a user joins; events for the user are sent to it. */
export const userRoom = (userId: string) => `user:${userId}`;

// setTimeout holds at most 2^31 − 1 ms; a longer-lived token is checked again then.
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SocketData {
  actor: Actor;
}

/** A socket before the domain gives its events types (see the contract's event maps). */
export type GatewaySocket = Socket<
  DefaultEventsMap,
  DefaultEventsMap,
  DefaultEventsMap,
  SocketData
>;

export interface GatewayOptions {
  server: HttpServer;
  path: string;
  /** Origins a browser may connect from; empty: only the origin the request was sent to. */
  allowedOrigins: readonly string[];
  /** @throws AppError (unauthorized, token_expired) */
  authenticate: (token: string) => Promise<Actor>;
  /** Of the given users, those whose accounts are disabled or gone; checked every `recheckMs`. */
  inactiveUsers: (userIds: string[]) => Promise<string[]>;
  recheckMs: number;
  now: () => Date;
  /**
   * With an adapter over Redis (see `RedisClients.socketAdapter`), events reach the sockets of
   * every node; without, this node's only.
   */
  adapter?: ServerOptions['adapter'];
  log: { warn: (obj: object, msg: string) => void };
  /** Installs the domain's handlers on a socket that passed authentication. */
  onConnection: (socket: GatewaySocket) => void;
}

export interface Gateway {
  io: Server;
  /**
   * Sends each event to its user's sockets, on every node, but `exceptSocket` (the socket a
   * command came from, answered in its acknowledgement). Fire and forget: sync is the record.
   */
  publish(deliveries: readonly UserEvent[], options?: { exceptSocket?: string }): void;
  /** Sends an ephemeral event (typing) to a user's sockets, on every node. */
  sendToUser(userId: string, name: string, payload: unknown): void;
  /**
   * Closes every socket of a user, on every node (account disabled, password changed), each
   * told why first with `session.ended` (`unauthorized`, `message`); with `sessionId`, only
   * the sockets of that sign-in (signed out, or its refresh token stolen).
   */
  disconnectUser(userId: string, message?: string, sessionId?: string): void;
  /** Closes this node's connections so that their clients reconnect elsewhere; the HTTP server is closed by its owner. */
  close(): Promise<void>;
}

function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
) {
  // Browsers always send Origin on a WebSocket or cross-origin request; an absent one is a
  // native client or a server, which no page can borrow credentials from.
  if (!origin) return true;
  if (allowed.includes('*')) return true;
  if (allowed.length > 0) return allowed.includes(origin);
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function toClientError(err: unknown): Error & { data: { code: string; message: string } } {
  const unavailable = databaseError(err);
  const appError =
    err instanceof AppError
      ? err
      : unavailable
        ? new AppError(unavailable[0], unavailable[1])
        : new AppError('unauthorized', 'Invalid token');
  const error = new Error(appError.message) as Error & { data: { code: string; message: string } };
  error.data = { code: appError.code, message: appError.message };
  return error;
}

/**
 * The Socket.IO endpoint: checks the Origin and the bearer token of each handshake, puts every
 * socket in its user's room, and closes it when its token expires or its account is disabled.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const io = new Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>(
    options.server,
    {
      path: options.path,
      serveClient: false,
      cors: {
        origin: options.allowedOrigins.includes('*')
          ? true
          : options.allowedOrigins.length > 0
            ? [...options.allowedOrigins]
            : false,
      },
      // A slow or dead client is dropped rather than buffered without bound.
      pingInterval: 25_000,
      pingTimeout: 20_000,
      maxHttpBufferSize: 64 * 1024,
      ...(options.adapter ? { adapter: options.adapter } : {}),
    },
  );

  const expiryTimers = new Map<string, NodeJS.Timeout>();

  /** Closes the socket when its token expires (`exp`, seconds since the epoch). */
  function scheduleExpiry(socket: Socket, exp: number) {
    const delay = exp * 1000 - options.now().getTime();
    const timer = setTimeout(
      () => {
        expiryTimers.delete(socket.id);
        if (delay > MAX_TIMER_MS) return scheduleExpiry(socket, exp);
        socket.emit('session.ended', {
          code: 'token_expired',
          message: 'The access token has expired; refresh it and reconnect',
        });
        socket.disconnect(true);
      },
      Math.max(0, Math.min(delay, MAX_TIMER_MS)),
    );
    timer.unref();
    expiryTimers.set(socket.id, timer);
  }

  io.use((socket, next) => {
    const { headers } = socket.handshake;
    if (!isAllowedOrigin(headers.origin, headers.host, options.allowedOrigins)) {
      return next(toClientError(new AppError('forbidden', 'This origin may not connect')));
    }
    const auth = socket.handshake.auth as { token?: unknown };
    const token = typeof auth.token === 'string' ? auth.token.replace(/^Bearer\s+/i, '') : '';
    if (!token) {
      return next(toClientError(new AppError('unauthorized', 'Sign in: connect with auth.token')));
    }
    options.authenticate(token).then(
      (actor) => {
        socket.data.actor = actor;
        const { exp } = decodeJwt(token);
        if (typeof exp === 'number') scheduleExpiry(socket, exp);
        next();
      },
      (err: unknown) => next(toClientError(err)),
    );
  });

  io.on('connection', (socket) => {
    const { actor } = socket.data;
    // Socket.IO keeps the handshake's HTTP request, and the token in it, for the socket's
    // whole life; nothing reads either once the socket is authenticated (the headers stay in
    // `handshake.headers`). About 1 KB less per socket.
    (socket.conn as { request?: unknown }).request = undefined;
    delete (socket.handshake.auth as { token?: unknown }).token;
    void socket.join(userRoom(actor.id));
    socket.on('disconnect', () => {
      clearTimeout(expiryTimers.get(socket.id));
      expiryTimers.delete(socket.id);
    });
    options.onConnection(socket);
  });

  // A disabled account's sockets close at the next sweep (or at once through disconnectUser).
  const sweep = setInterval(() => {
    const sockets = [...io.of('/').sockets.values()];
    const userIds = [...new Set(sockets.map((s) => s.data.actor.id))];
    if (userIds.length === 0) return;
    options.inactiveUsers(userIds).then(
      (inactive) => {
        const gone = new Set(inactive);
        for (const socket of sockets) {
          if (!gone.has(socket.data.actor.id)) continue;
          socket.emit('session.ended', {
            code: 'unauthorized',
            message: 'The account is disabled',
          });
          socket.disconnect(true);
        }
      },
      (err: unknown) => options.log.warn({ err }, 'could not check the accounts of open sockets'),
    );
  }, options.recheckMs);
  sweep.unref();

  return {
    io,
    publish(deliveries, options) {
      for (const { userId, event } of deliveries) {
        const room = io.to(userRoom(userId));
        // Every socket is in a room of its own id, which `except` leaves out, across nodes too.
        (options?.exceptSocket ? room.except(options.exceptSocket) : room).emit(event.type, event);
      }
    },
    sendToUser(userId, name, payload) {
      io.to(userRoom(userId)).emit(name, payload);
    },
    disconnectUser(userId, message = 'The account is disabled', sessionId) {
      const reason = { code: 'unauthorized', message };
      if (sessionId) {
        // One sign-in among the user's: its sockets are found by their data, on every node.
        io.in(userRoom(userId))
          .fetchSockets()
          .then(
            (sockets) => {
              for (const socket of sockets) {
                if (socket.data.actor.sessionId !== sessionId) continue;
                socket.emit('session.ended', reason);
                socket.disconnect(true);
              }
            },
            (err: unknown) => options.log.warn({ err }, 'could not close the sockets of a sign-in'),
          );
        return;
      }
      // The reason first, then the close, both through the adapter to every node: the client
      // told `session.ended` tries a refresh, which fails for a disabled account, and signs out.
      io.to(userRoom(userId)).emit('session.ended', reason);
      io.in(userRoom(userId)).disconnectSockets(true);
    },
    async close() {
      clearInterval(sweep);
      for (const timer of expiryTimers.values()) clearTimeout(timer);
      // The transports close, not the sockets: the clients see a lost connection and
      // reconnect by themselves, to another node behind the load balancer. (A socket the
      // server disconnects is told not to come back.)
      io.engine.close();
    },
  };
}
