import { createHash, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
} from 'prom-client';
import { queryRows, type Database } from './db/connect.ts';
import { AppError } from './errors.ts';

/** Where Prometheus scrapes a node; plain text, outside the JSON API. */
export const METRICS_PATH = '/metrics';

/** The counters use cases add to, handed to them in `ServiceDeps.metrics`. */
export interface ServiceMetrics {
  /** Messages committed: sent over REST or a socket, or by a scheduled send. */
  readonly messagesSent: Counter;
  /**
   * Ends of notification delivery attempts by `channel` (email, sms, push) and `outcome`:
   * sent, retry (failed, tried again later), failed (given up), skipped, cancelled, deferred.
   */
  readonly notificationDeliveries: Counter<'channel' | 'outcome'>;
}

/** One application's metrics: its own registry, so that apps built side by side never mix. */
export interface Metrics extends ServiceMetrics {
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>;
  /** Tells the sockets gauge how to count this node's connected sockets (an API node's). */
  countSocketsWith(count: () => number): void;
  /** The exposition text of this app's metrics and the process's, read fresh. */
  render(): Promise<string>;
  readonly contentType: string;
}

export interface MetricsOptions {
  /** Read at scrape time: the jobs table's backlog and, on PostgreSQL, the pool's use. */
  database: Pick<Database, 'db' | 'poolUsage'>;
  log: { warn: (obj: object, msg: string) => void };
}

// Node's process metrics (CPU, memory, event loop, GC) are the same for every app of a
// process, and collecting them starts observers that are never stopped: one set per process.
// They are started with the first app, not its first scrape: the CPU counters count from the
// moment they are registered, and a first scrape would otherwise read (close to) zero.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The metrics of one application: HTTP requests, sockets, messages, notification deliveries,
 * the job queue and the database pool, in a registry of its own; Node's process metrics are
 * added when rendered. Gauges of the database are read when scraped, so they cost nothing
 * between scrapes; a failed read is logged and leaves them out of that scrape.
 */
export function createMetrics(options: MetricsOptions): Metrics {
  const processWide = processMetrics();
  const registry = new Registry();
  const counter = <L extends string>(config: CounterConfiguration<L>) =>
    new Counter<L>({ ...config, registers: [registry] });
  const gauge = <L extends string>(name: string, help: string, labelNames: L[] = []) =>
    new Gauge<L>({ name, help, labelNames, registers: [registry] });

  const httpRequestDuration = new Histogram<'method' | 'route' | 'status_code'>({
    name: 'flexbnb_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status code, and how long they took',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
  const messagesSent = counter({
    name: 'flexbnb_messages_sent_total',
    help: 'Messages committed (REST, socket and scheduled sends)',
  });
  const notificationDeliveries = counter<'channel' | 'outcome'>({
    name: 'flexbnb_notification_deliveries_total',
    help: 'Notification delivery attempts by channel and outcome (sent, retry, failed, skipped, cancelled, deferred)',
    labelNames: ['channel', 'outcome'],
  });
  const sockets = gauge('flexbnb_sockets_connected', 'Sockets connected to this node');
  const jobsDue = gauge('flexbnb_jobs_due', 'Jobs due and waiting for a worker, by kind', ['kind']);
  const jobsRunning = gauge('flexbnb_jobs_running', 'Jobs held by a worker now, by kind', ['kind']);
  const jobsLag = gauge(
    'flexbnb_jobs_lag_seconds',
    'How long the oldest job due and waiting has been due, by kind (0 when none)',
    ['kind'],
  );
  const pool = options.database.poolUsage
    ? {
        total: gauge('flexbnb_db_pool_connections', 'Connections the database pool holds open'),
        idle: gauge('flexbnb_db_pool_idle_connections', 'Open pool connections not in use'),
        waiting: gauge('flexbnb_db_pool_waiting_queries', 'Queries waiting for a pool connection'),
        max: gauge('flexbnb_db_pool_max_connections', 'The most connections the pool opens'),
      }
    : undefined;

  let countSockets = () => 0;
  let rendering: Promise<string> | undefined;
  // A kind seen once keeps a series at 0 once drained, so that alerts see it recover.
  const kindsSeen = new Set<string>();

  async function readJobs() {
    jobsDue.reset();
    jobsRunning.reset();
    jobsLag.reset();
    try {
      // Unfinished rows whose time has come: the partial due index, never the future ones.
      const rows = await queryRows<{ kind: string; due: number; running: number; lag: number }>(
        options.database.db,
        sql`select kind,
                   count(*) filter (where state = 'pending')::int as due,
                   count(*) filter (where state = 'running')::int as running,
                   coalesce(extract(epoch from now() - min(run_at) filter (where state = 'pending')),
                            0)::float8 as lag
            from jobs
            where finished_at is null and run_at <= now()
            group by kind`,
      );
      for (const kind of kindsSeen) {
        jobsDue.set({ kind }, 0);
        jobsRunning.set({ kind }, 0);
        jobsLag.set({ kind }, 0);
      }
      for (const row of rows) {
        kindsSeen.add(row.kind);
        jobsDue.set({ kind: row.kind }, Number(row.due));
        jobsRunning.set({ kind: row.kind }, Number(row.running));
        jobsLag.set({ kind: row.kind }, Math.max(0, Number(row.lag)));
      }
    } catch (err) {
      options.log.warn({ err }, 'metrics: could not read the job queue');
    }
  }

  function readGauges() {
    try {
      sockets.set(countSockets());
    } catch (err) {
      options.log.warn({ err }, 'metrics: could not count the sockets');
    }
    const usage = options.database.poolUsage?.();
    if (pool && usage) {
      pool.total.set(usage.total);
      pool.idle.set(usage.idle);
      pool.waiting.set(usage.waiting);
      pool.max.set(usage.max);
    }
  }

  return {
    httpRequestDuration,
    messagesSent,
    notificationDeliveries,
    contentType: registry.contentType,
    countSocketsWith(count) {
      countSockets = count;
    },
    render() {
      // Two scrapes at once share one reading: each would otherwise reset the other's gauges.
      rendering ??= (async () => {
        readGauges();
        await readJobs();
        return Registry.merge([processWide, registry]).metrics();
      })().finally(() => {
        rendering = undefined;
      });
      return rendering;
    },
  };
}

function sameSecret(given: string, expected: string) {
  // Hashed first: timingSafeEqual needs equal lengths, and the length is no clue then.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Times every request of `app` into `metrics` (labelled by route pattern, never the raw URL,
 * so ids do not make a series each) and serves `GET /metrics` in Prometheus's text format:
 * to anyone when `token` is unset, else only with `Authorization: Bearer <token>` (401
 * `unauthorized` otherwise). Install it before the routes, at the root of the app, so that
 * its hook sees them all.
 */
export function installMetrics(
  app: FastifyInstance,
  { metrics, token }: { metrics: Metrics; token: string | undefined },
): void {
  app.addHook('onResponse', (request, reply, done) => {
    metrics.httpRequestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: reply.statusCode,
      },
      reply.elapsedTime / 1000,
    );
    done();
  });

  app.get(
    METRICS_PATH,
    // Not part of the JSON API (nor under /api/, where authentication applies): kept out of
    // the OpenAPI document.
    { schema: { hide: true } },
    async (request, reply) => {
      if (token !== undefined) {
        const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
        if (given === undefined || !sameSecret(given, token)) {
          throw new AppError('unauthorized', 'Send Authorization: Bearer <METRICS_TOKEN>');
        }
      }
      const text = await metrics.render();
      return reply.type(metrics.contentType).send(text);
    },
  );
}
