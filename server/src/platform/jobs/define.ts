import type { Db } from '../db/connect.ts';

/** One attempt of a job, as its handler sees it. */
export interface RunningJob<P> {
  readonly id: string;
  readonly kind: string;
  /** The JSON payload as enqueued. */
  readonly payload: P;
  /** Which attempt this is, from 1; a crashed or timed-out attempt counts. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /**
   * The job's idempotency key (its id when it was enqueued without one). An attempt may run
   * again after a crash, so a side effect outside this database should carry it (an
   * `insert … on conflict do nothing`, a provider's idempotency header) to be done once.
   */
  readonly idempotencyKey: string;
}

/** What a handler gets besides its job. */
export interface JobContext {
  /** The runner's database, outside any transaction: the handler opens its own. */
  readonly db: Db;
  /**
   * Aborted when the attempt should end: the runner is stopping and the grace period is
   * over, or the job's lease ran out (another worker may then take it).
   */
  readonly signal: AbortSignal;
  /** The runner's clock. */
  readonly now: () => Date;
}

export interface Backoff {
  /** The cap of the first retry's delay; each further retry doubles it… */
  baseMs: number;
  /** …up to this. */
  maxMs: number;
}

/** A kind of job and how to run it; made with `defineJob`. */
export interface JobDefinition<P = unknown> {
  readonly kind: string;
  /** Runs one attempt; resolving completes the job, throwing retries it (or fails it). */
  run(job: RunningJob<P>, ctx: JobContext): Promise<void>;
  readonly maxAttempts: number;
  readonly backoff: Backoff;
  /** How long a claimed attempt is this worker's; after that another worker may take it. */
  readonly leaseMs: number;
  /** Recurring: the runner keeps one pending run per period (see `createJobRunner`). */
  readonly every: { ms: number } | undefined;
}

export interface DefineJobOptions<P> {
  /** Dotted lower-case name, unique among the server's jobs, e.g. `sync.prune-change-events`. */
  kind: string;
  run: (job: RunningJob<P>, ctx: JobContext) => Promise<void>;
  /** Default 10. */
  maxAttempts?: number;
  /** Default `{ baseMs: 2_000, maxMs: 600_000 }`. */
  backoff?: Backoff;
  /** Default 30 s. An attempt should finish well within it. */
  leaseMs?: number;
  every?: { ms: number };
}

/**
 * Thrown by a handler for a failure that retrying cannot fix (a malformed payload, say):
 * the job fails at once with this message instead of being retried.
 */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export const DEFAULT_MAX_ATTEMPTS = 10;
export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, maxMs: 600_000 };
export const DEFAULT_LEASE_MS = 30_000;

const KIND = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

const positiveInteger = (value: number) => Number.isSafeInteger(value) && value > 0;

/**
 * Declares a kind of job: what runs it and how it is retried. Pass the definition to
 * `createJobRunner` (every worker runs the same list) and to `enqueue`.
 * Throws a RangeError for a malformed kind or a count or duration that is not a positive
 * integer (or a back-off cap below its base).
 */
export function defineJob<P>(options: DefineJobOptions<P>): JobDefinition<P> {
  const {
    kind,
    run,
    maxAttempts = DEFAULT_MAX_ATTEMPTS,
    backoff = DEFAULT_BACKOFF,
    leaseMs = DEFAULT_LEASE_MS,
    every,
  } = options;
  if (!KIND.test(kind) || kind.length > 100) {
    throw new RangeError(`Invalid job kind ${JSON.stringify(kind)}: use e.g. 'module.do-thing'`);
  }
  if (!positiveInteger(maxAttempts)) throw new RangeError(`${kind}: maxAttempts must be ≥ 1`);
  if (!positiveInteger(backoff.baseMs) || !positiveInteger(backoff.maxMs)) {
    throw new RangeError(`${kind}: backoff.baseMs and backoff.maxMs must be positive integers`);
  }
  if (backoff.maxMs < backoff.baseMs) throw new RangeError(`${kind}: backoff.maxMs < baseMs`);
  if (!positiveInteger(leaseMs))
    throw new RangeError(`${kind}: leaseMs must be a positive integer`);
  if (every && !positiveInteger(every.ms)) {
    throw new RangeError(`${kind}: every.ms must be a positive integer`);
  }
  return { kind, run, maxAttempts, backoff: { ...backoff }, leaseMs, every };
}

/**
 * How long to wait before retrying after failed attempt number `attempt` (from 1):
 * "full jitter", uniformly in [0, min(maxMs, baseMs · 2^(attempt − 1))), so that the jobs of
 * an outage do not all come back at once.
 */
export function backoffDelay(
  attempt: number,
  backoff: Backoff,
  random: () => number = Math.random,
): number {
  const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}
