import { createServer, type AddressInfo } from 'node:net';
import {
  SOCKET_PATH,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SyncEvent,
  type SyncResult,
} from '@flexbnb/contracts';
import type { FastifyInstance } from 'fastify';
import { io, type Socket } from 'socket.io-client';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Redis for the realtime tests; CI sets TEST_REDIS_URL (vitest.config.ts insists). */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Starts the app on a loopback port and returns its origin. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

export interface Received {
  name: string;
  payload: any;
}

/** A real socket.io client that records every event it receives. */
export class Probe {
  readonly events: Received[] = [];
  private waiters: (() => void)[] = [];

  constructor(readonly socket: ClientSocket) {
    socket.onAny((name: string, payload: unknown) => {
      this.events.push({ name, payload });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  named(name: string) {
    return this.events.filter((e) => e.name === name).map((e) => e.payload);
  }

  /** Resolves with the first event (already received or coming) that matches. */
  async next(
    name: string,
    matches: (payload: any) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find((e) => e.name === name && matches(e.payload));
      if (found) return found.payload;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${name} event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close() {
    this.socket.disconnect();
  }
}

export interface ConnectOptions {
  origin?: string;
  reconnection?: boolean;
  reconnectionDelay?: number;
}

/** Opens a socket with a token and waits until the server accepts or refuses it. */
export function connect(url: string, token: string, options: ConnectOptions = {}): Promise<Probe> {
  const socket: ClientSocket = io(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    auth: { token },
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: options.reconnectionDelay ?? 50,
    reconnectionDelayMax: 2 * (options.reconnectionDelay ?? 50),
    randomizationFactor: 0.5,
    ...(options.origin ? { extraHeaders: { origin: options.origin } } : {}),
  });
  const probe = new Probe(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(probe));
    socket.once('connect_error', (err: Error & { data?: unknown }) => {
      socket.disconnect();
      reject(err);
    });
  });
}

/** The refusal a handshake got: `connect_error`'s data. */
export async function refusal(attempt: Promise<Probe>): Promise<{ code: string; message: string }> {
  try {
    const probe = await attempt;
    probe.close();
  } catch (err) {
    return (err as { data: { code: string; message: string } }).data;
  }
  throw new Error('the server accepted the socket');
}

/** Waits long enough for an event that should not come to have arrived if it were sent. */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

/**
 * The client side of the sync protocol, as a web client would do it: apply events in cursor
 * order; when a live event skips a cursor, or after (re)connecting, fetch what was missed.
 */
export class SyncingClient {
  cursor = 0;
  readonly applied: SyncEvent[] = [];
  appliedFromSync = 0;
  private syncing: Promise<void> = Promise.resolve();
  private queued = false;
  private pending: SyncEvent[] = [];

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  /** Takes the current cursor (before loading state over REST, which this test client skips). */
  async start() {
    const head = await this.fetchSync(undefined);
    this.cursor = Number(head.cursor);
  }

  attach(socket: ClientSocket) {
    for (const name of [
      'message.created',
      'message.read',
      'message.updated',
      'message.reaction',
      'conversation.updated',
      'notification.created',
      'unread.changed',
    ] as const) {
      socket.on(name, (event: SyncEvent) => this.receive(event));
    }
    socket.on('connect', () => void this.catchUp());
  }

  receive(event: SyncEvent) {
    const cursor = Number(event.cursor);
    if (cursor <= this.cursor) return;
    if (cursor === this.cursor + 1) {
      this.apply(event);
      this.drainPending();
      return;
    }
    this.pending.push(event);
    void this.catchUp();
  }

  /** Fetches what was missed; a catch-up already waiting to start covers later requests too. */
  catchUp(): Promise<void> {
    if (this.queued) return this.syncing;
    this.queued = true;
    this.syncing = this.syncing.then(async () => {
      this.queued = false;
      for (;;) {
        const page = await this.fetchSync(String(this.cursor));
        for (const event of page.events) {
          if (Number(event.cursor) === this.cursor + 1) {
            this.apply(event);
            this.appliedFromSync += 1;
          }
        }
        if (!page.has_more) break;
      }
      this.drainPending();
    });
    return this.syncing;
  }

  /** Resolves when no catch-up is running or waiting. */
  idle(): Promise<void> {
    return this.syncing;
  }

  private drainPending() {
    this.pending.sort((a, b) => Number(a.cursor) - Number(b.cursor));
    while (this.pending.length > 0 && Number(this.pending[0]!.cursor) <= this.cursor + 1) {
      const event = this.pending.shift()!;
      if (Number(event.cursor) === this.cursor + 1) this.apply(event);
    }
  }

  private apply(event: SyncEvent) {
    this.applied.push(event);
    this.cursor = Number(event.cursor);
  }

  private async fetchSync(since: string | undefined): Promise<SyncResult> {
    const query = since === undefined ? '' : `?since=${since}&limit=7`;
    const res = await fetch(`${this.url}/api/messaging/sync/${query}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!res.ok) throw new Error(`sync answered ${res.status}`);
    return (await res.json()) as SyncResult;
  }
}

/** A port nothing listens on now, for a server of a test's own (Redis, PostgreSQL). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
