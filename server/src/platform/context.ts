import type { Agent } from 'node:https';
import type { ApiKeyScope } from '@flexbnb/contracts';
import type { Config } from '../config.ts';
import type { Db } from './db/connect.ts';
import type { EventBus, UserEvent } from './events/index.ts';
import type { Texts } from './i18n.ts';
import type { ServiceMetrics } from './metrics.ts';

/** What event handlers are built from: a service's dependencies but the event bus itself. */
export type HandlerDeps = Omit<ServiceDeps, 'events'>;

/** What every service is built from; tests build the same with their own database. */
export interface ServiceDeps {
  db: Db;
  config: Config;
  /** The current time; injectable so tests can move it. */
  now: () => Date;
  /**
   * Pushes events, already recorded in the database, to their users' sockets; called after
   * the commit. Absent where no socket listens (CLI, demo seeding): sync still has them.
   */
  publish?: (deliveries: readonly UserEvent[], options?: { exceptSocket?: string }) => void;
  /**
   * Closes the sockets of a user at once, on every node — all of them, or only those of
   * sign-in `sessionId` — each told why with `session.ended` (`unauthorized`, `message`);
   * called after the commit. Absent where no socket listens.
   */
  endSessions?: (userId: string, message: string, sessionId?: string) => void;
  /** Where use cases record their domain events, and handlers react to them. */
  events: EventBus;
  log: Logger;
  /**
   * Messages to every node serving the API, this one included (Redis pub/sub when several
   * nodes run): how a node tells the others to drop what they hold in memory. Absent where no
   * API is served (CLI, workers).
   */
  peers?: Peers;
  /**
   * The agent for HTTPS requests to providers (Web Push services); default Node's. Tests pass
   * one that trusts their loopback service's certificate.
   */
  httpsAgent?: Agent;
  /**
   * The app's counters for `GET /metrics` (see platform/metrics.ts), one set per app; absent
   * where nothing is scraped (CLI, scripts), so use cases count with `?.`.
   */
  metrics?: ServiceMetrics;
  /**
   * The messenger's own texts in every language, for what is written to users (notifications,
   * emails); loaded on first use where absent (CLI, scripts, tests).
   */
  texts?: Texts;
}

/** A fire-and-forget message bus between nodes, by topic; delivery is at most once. */
export interface Peers {
  publish(topic: string, message: string): void;
  subscribe(topic: string, handler: (message: string) => void): void;
}

/** The part of pino's logger the services use. */
export interface Logger {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

/** The user a request or socket acts as, once its token is verified. */
export interface Actor {
  id: string;
  role: 'user' | 'admin';
  name: string;
  email: string;
  /** The sign-in the access token was issued to (its refresh token family), if known. */
  sessionId?: string;
}

/** A rental platform's backend, once its API key is verified: never a user. */
export interface PlatformCaller {
  /** The API key's id. */
  keyId: string;
  keyName: string;
  /** What the key may do (a route checked its own scope already). */
  scopes: readonly ApiKeyScope[];
}
